using Ponte.Domain.Common;
using Ponte.Domain.Matching;

namespace Ponte.Web.Features.Matching;

/// <summary>
/// The manager's own choice of mentor for a mentee of the run: scored like any pair, replacing
/// her proposal, or refused with the hard rule it breaks (against the MentorId field).
/// </summary>
public static class ChooseMentor
{
    /// <summary><paramref name="ProgrammeId"/> is the board's programme when the choice is made on it; the API names the run alone.</summary>
    public sealed record Request(Guid RunId, Guid? MenteeId, Guid? MentorId, Guid? ProgrammeId = null);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<MatchProposal> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var run = await MatchBoard.FindRunAsync(db, request.RunId, request.ProgrammeId, ct);
            if (request.MenteeId is not { } menteeId)
                throw new DomainValidationException(nameof(Request.MenteeId), "Required", "Choose a mentee.");
            if (request.MentorId is not { } mentorId || mentorId == Guid.Empty)
                throw new DomainValidationException(nameof(Request.MentorId), "ChooseMentor", "Choose a mentor.");
            if (!run.HasMentee(menteeId))
                throw new DomainValidationException(nameof(Request.MenteeId), "NotInRun", "This mentee was not on the waiting list of this run.");
            await MatchBoard.RequireLatestAsync(db, run, ct);
            var (programme, _, mentor, pair) = await MatchBoard.CheckTodayAsync(db, run, menteeId, mentorId, ct);
            var proposal = run.Choose(menteeId, mentor.Id, pair.Score.Cents, MatchBoard.Serialize(pair.Breakdown, programme.Weights), context.Actor, context.Now);
            await db.SaveChangesAsync(ct);
            return proposal;
        }
    }
}
