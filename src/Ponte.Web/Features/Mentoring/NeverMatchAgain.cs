using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Safeguarding;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A manager adds the person who raised a concern and someone on the other side of its process
/// (a mentee's mentor or co-mentor; a mentor's mentee) to the match board's exclusions, so the
/// board never proposes them to each other again. A pair excluded already stays as it was; the
/// concern's log records the step either way.
/// </summary>
public static class NeverMatchAgain
{
    /// <summary><paramref name="ParticipantId"/> names the other side; it may be left out when there is only one.</summary>
    public sealed record Request(Guid ConcernId, Guid? ParticipantId, Guid? Version);

    public sealed record Outcome(Concern Concern, MatchExclusion Exclusion, bool Created);

    public sealed class Handler(HandlerContext context, ConcernAccess access) : IHandler
    {
        public async Task<Outcome> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var concern = await access.GetAsync(request.ConcernId, ct);
            db.ExpectVersion(concern, request.Version);
            var process = await ConcernProcess.LoadAsync(db, concern, ct);
            var others = OtherSide(process, concern.RaisedByParticipantId);
            var otherId = request.ParticipantId ?? (others.Count == 1 ? others[0] : throw new DomainValidationException(
                nameof(Request.ParticipantId), "NotInProcess", "Choose someone from the other side of this process."));
            if (!others.Contains(otherId))
                throw new DomainValidationException(nameof(Request.ParticipantId), "NotInProcess", "Choose someone from the other side of this process.");

            var pair = await db.Participants.Where(p => p.Id == otherId || p.Id == concern.RaisedByParticipantId).ToListAsync(ct);
            var mentee = pair.Single(p => p.Role == Domain.Profiles.ParticipantRole.Mentee);
            var mentor = pair.Single(p => p.Role == Domain.Profiles.ParticipantRole.Mentor);
            concern.RecordNeverMatchAgain(process.Id, context.Actor, context.Now);
            var (exclusion, created) = await MatchExclusions.ExcludeAsync(db, mentee, mentor, ExclusionReason.EndedBadly, null, context.Actor, context.Now, ct);
            await db.SaveChangesAsync(ct);
            return new Outcome(concern, exclusion, created);
        }
    }

    /// <summary>Who could be the other half of the pair: for a mentee, her mentor and co-mentor; for a mentor or co-mentor, the mentees.</summary>
    public static IReadOnlyList<Guid> OtherSide(MentoringProcess process, Guid raiserId)
    {
        var raiser = process.Members.FirstOrDefault(m => m.ParticipantId == raiserId);
        if (raiser is null)
            return [];
        return raiser.Role == ProcessRole.Mentee
            ? process.Members.Where(m => m.Role != ProcessRole.Mentee).Select(m => m.ParticipantId).ToList()
            : process.MenteeIds;
    }
}
