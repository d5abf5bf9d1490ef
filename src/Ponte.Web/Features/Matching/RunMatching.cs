using System.Diagnostics;
using Ponte.Domain.Matching;

namespace Ponte.Web.Features.Matching;

/// <summary>
/// Runs the engine over the programme's waiting list and records the run: a proposal for each
/// mentee it places (with the next-best mentors kept beside it) and the reason for each it cannot.
/// </summary>
public static class RunMatching
{
    public sealed record Request(Guid ProgrammeId);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<MatchingRun> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programme = await MatchBoard.FindProgrammeAsync(db, request.ProgrammeId, ct);
            var clock = Stopwatch.StartNew();
            var list = await MatchBoard.LoadWaitingListAsync(db, programme, ct);
            var outcome = new MatchingEngine(list.Input).Run();
            var proposals = outcome.Proposals.Where(p => !p.Approved).Select(p => MatchProposal.Create(
                Guid.Parse(p.MenteeId),
                Guid.Parse(p.MentorId),
                p.Score.Cents,
                MatchBoard.Serialize(p.Breakdown, programme.Weights),
                MatchBoard.ToJson(
                    outcome.Alternatives(p.MenteeId, MatchBoard.AlternativesKept + 1).Where(a => a.MentorId != p.MentorId).Take(MatchBoard.AlternativesKept)
                        .Select(a => new StoredAlternative(Guid.Parse(a.MentorId), a.Score.Cents, MatchBoard.Breakdown(a.Breakdown, programme.Weights)))))).ToList();
            var unmatched = outcome.Unmatched.Select(u => UnmatchedEntry.Create(
                Guid.Parse(u.MenteeId), u.Reason, MatchBoard.ToJson(u.Facts.ToDictionary(f => f.Key, f => f.Value))));
            var run = MatchingRun.Record(programme.OrganisationId, programme.Id, context.Actor, context.Now, list.MenteesWaiting, list.MentorsAvailable,
                list.AlreadyMatched, (int)clock.ElapsedMilliseconds, proposals, unmatched);
            db.MatchingRuns.Add(run);
            await db.SaveChangesAsync(ct);
            return run;
        }
    }
}
