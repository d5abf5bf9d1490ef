using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Participants;

namespace Ponte.Web.Features.Shared;

/// <summary>Adds a pair to the exclusions the match board respects: the match board's own declaration and a safeguarding concern's "never match again".</summary>
public static class MatchExclusions
{
    /// <summary>
    /// The pair's exclusion: the one already declared (<c>Created</c> false), or a new one added to
    /// the context with the latest run's open proposal of the pair rejected. The caller saves.
    /// </summary>
    public static async Task<(MatchExclusion Exclusion, bool Created)> ExcludeAsync(
        AppDbContext db, Participant mentee, Participant mentor, ExclusionReason reason, string? note, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.MatchExclusions.SingleOrDefaultAsync(x => x.MenteeId == mentee.Id && x.MentorId == mentor.Id, ct);
        if (existing is not null)
            return (existing, false);

        var exclusion = MatchExclusion.Declare(mentee, mentor, reason, note, actor, now);
        db.MatchExclusions.Add(exclusion);
        var run = await db.MatchingRuns.Where(r => r.ProgrammeId == mentee.ProgrammeId)
            .OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run?.Proposals.FirstOrDefault(p => p.MenteeId == mentee.Id && p.MentorId == mentor.Id && p.Status == ProposalStatus.Proposed) is { } open)
            run.Reject(open, actor, now);
        return (exclusion, true);
    }
}
