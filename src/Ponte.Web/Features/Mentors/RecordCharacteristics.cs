using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;

namespace Ponte.Web.Features.Mentors;

/// <summary>Records the blueprint's characteristics a mentor has (by name) and her experience with vulnerable groups.</summary>
public static class RecordCharacteristics
{
    public sealed record Request(Guid MentorId, Guid? Version, IReadOnlyList<string?>? Characteristics, bool ExperiencedWithVulnerableGroups);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Participant> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var mentor = await MentorQueries.FindParticipantAsync(db, request.MentorId, ct);
            var chosen = Parse(request.Characteristics);
            db.ExpectVersion(mentor, request.Version);
            mentor.RecordCharacteristics(chosen, request.ExperiencedWithVulnerableGroups);
            await db.SaveChangesAsync(ct);
            return mentor;
        }
    }

    /// <summary>The characteristics by name, in any casing; a group's name, a number or an unknown name is refused against the field.</summary>
    public static MentorCharacteristics Parse(IReadOnlyList<string?>? names)
    {
        if (names is null)
            throw new DomainValidationException(nameof(Participant.Characteristics), "Required", "List the characteristics (an empty list for none).");
        var chosen = MentorCharacteristics.None;
        foreach (var name in names)
        {
            if (Forms.ParseEnum<MentorCharacteristics>(name) is not { } flag || !ReadinessDisplay.IsSingleTrait(flag))
                throw new DomainValidationException(nameof(Participant.Characteristics), "Invalid", $"Unknown characteristic: {name}.");
            chosen |= flag;
        }

        return chosen;
    }
}
