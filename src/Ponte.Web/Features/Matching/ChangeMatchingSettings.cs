using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Programmes;

namespace Ponte.Web.Features.Matching;

/// <summary>Sets the programme's weights of the matching criteria, its interpreter languages and the largest distance that scores.</summary>
public static class ChangeMatchingSettings
{
    /// <summary>
    /// A weight refused is reported against <c>Weights.{Criterion}</c>; a missing largest distance
    /// is the default one.
    /// </summary>
    public sealed record Request(Guid ProgrammeId, Guid? Version, WeightsBody? Weights, IReadOnlyList<string?>? InterpreterLanguages, int? MaxDistanceKm);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Programme> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programme = await MatchBoard.FindProgrammeAsync(db, request.ProgrammeId, ct);
            var weights = request.Weights ?? throw new DomainValidationException(nameof(Request.Weights), "Required", "Give the weights.");
            var languages = request.InterpreterLanguages ?? [];
            if (languages.Any(code => !WorldLists.IsLanguage(code)))
                throw new DomainValidationException(nameof(Request.InterpreterLanguages), "LanguageCode", "Choose a language from the list.");

            db.ExpectVersion(programme, request.Version);
            programme.SetMatching(weights.ToDomain(), languages.Select(l => l!), request.MaxDistanceKm ?? ProgrammeMatchingSettings.DefaultMaxDistanceKm);
            await db.SaveChangesAsync(ct);
            return programme;
        }
    }
}
