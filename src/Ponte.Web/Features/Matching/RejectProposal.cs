using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Matching;

/// <summary>Rejects a proposal of the programme's latest run; the mentee stays on the waiting list.</summary>
public static class RejectProposal
{
    /// <summary><paramref name="ProgrammeId"/> is the board's programme when the decision is made on it; the API names the run alone.</summary>
    public sealed record Request(Guid RunId, Guid ProposalId, Guid? ProgrammeId = null);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Domain.Matching.MatchProposal> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var run = await MatchBoard.FindRunAsync(db, request.RunId, request.ProgrammeId, ct);
            var proposal = run.FindProposal(request.ProposalId).OrNotFound();
            await MatchBoard.RequireLatestAsync(db, run, ct);
            run.Reject(proposal, context.Actor, context.Now);
            await db.SaveChangesAsync(ct);
            return proposal;
        }
    }
}
