using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Matching;

/// <summary>
/// Matches the two of a proposal: the hard rules are checked again on today's data, the
/// relationship starts (both move to matched) and each is told by email in her language, in the
/// same save.
/// </summary>
public static class ApproveProposal
{
    /// <summary><paramref name="ProgrammeId"/> is the board's programme when the decision is made on it; the API names the run alone.</summary>
    public sealed record Request(Guid RunId, Guid ProposalId, Guid? ProgrammeId = null);

    public sealed class Handler(HandlerContext context, Notifier notifier) : IHandler
    {
        public async Task<MatchProposal> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var run = await MatchBoard.FindRunAsync(db, request.RunId, request.ProgrammeId, ct);
            var proposal = run.FindProposal(request.ProposalId).OrNotFound();
            await MatchBoard.RequireLatestAsync(db, run, ct);
            if (proposal.Status != ProposalStatus.Proposed)
                throw new DomainException("ProposalDecided", "This proposal has been decided already.");
            MatchBoard.Checked pair;
            try
            {
                pair = await MatchBoard.CheckTodayAsync(db, run, proposal.MenteeId, proposal.MentorId, ct);
            }
            catch (DomainValidationException e)
            {
                // Approving is not a choice of mentor: a rule that now forbids the pair is a conflict with today's data.
                throw new DomainException(e.Code, e.Message, [.. e.Args]);
            }

            var (programme, mentee, mentor, _) = pair;
            var relationship = MentoringRelationship.Start(mentor, mentee, context.Actor, context.Now);
            db.Relationships.Add(relationship);
            run.Approve(proposal, relationship.Id, context.Actor, context.Now);
            await TellAsync(programme, mentee, mentor, "Match.Approved.Mentee", ct);
            await TellAsync(programme, mentor, mentee, "Match.Approved.Mentor", ct);
            await db.SaveChangesAsync(ct);
            return proposal;
        }

        /// <summary>Her news is worded for her side of the pair: who her mentor is, or whom she mentors.</summary>
        private Task TellAsync(Programme programme, Participant to, Participant other, string news, CancellationToken ct) =>
            notifier.QueueAsync(context.Db, new Recipient(to.Profile.Email, to.Profile.FullName, to.Profile.PreferredLanguage, programme.OrganisationId),
                "Match.Approved", [programme.Name, to.Profile.FullName, new MailFragment(news, other.Profile.FullName, programme.Name)], ct: ct);
    }
}
