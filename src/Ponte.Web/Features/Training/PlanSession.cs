using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Training;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Training;

/// <summary>Plans a training session of one of the organisation's programmes.</summary>
public static class PlanSession
{
    /// <summary>What to plan; the kind is its name (Theory or Practice), read here for the page and the API alike.</summary>
    public sealed record Request(Guid? ProgrammeId, string? Title, DateTimeOffset? StartsAt, string? Kind, decimal? Hours, string? Location, string? Trainer);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<TrainingSession> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programmeId = ProgrammeOf(request.ProgrammeId);
            var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, ct) ?? throw new NotFoundException();
            var startsAt = request.StartsAt ?? throw new DomainValidationException(nameof(TrainingSession.StartsAt), "Required", "Enter when the session starts.");
            var hours = request.Hours ?? throw new DomainValidationException(nameof(TrainingSession.Hours), "Required", "Enter the hours.");
            var kind = KindOf(request.Kind);

            var session = TrainingSession.Plan(programme.OrganisationId, programme.Id, request.Title, startsAt, kind, hours, request.Location, request.Trainer);
            db.TrainingSessions.Add(session);
            await db.SaveChangesAsync(ct);
            return session;
        }
    }

    /// <summary>The chosen programme; none chosen is refused against the field.</summary>
    public static Guid ProgrammeOf(Guid? programmeId) =>
        programmeId is { } id && id != Guid.Empty
            ? id
            : throw new DomainValidationException(nameof(Request.ProgrammeId), "Required", "Choose the programme.");

    /// <summary>A kind by its name ("Theory", "practice"); numbers and unknown names are refused.</summary>
    public static TrainingKind KindOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainValidationException(nameof(TrainingSession.Kind), "Required", "Choose theory or practice.");
        return Forms.ParseEnum<TrainingKind>(value)
            ?? throw new DomainValidationException(nameof(TrainingSession.Kind), "Invalid", "Choose theory or practice.");
    }
}
