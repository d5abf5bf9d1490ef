using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Matching;

/// <summary>
/// Matches the two of a proposal: the hard rules are checked again on today's data, the
/// relationship starts (both move to matched), the mentoring process starts (or, in a group
/// programme, the mentee joins her mentor's group while it has room) and each is told by email in
/// her language, in the same save.
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
            await StartOrJoinProcessAsync(programme, mentor, mentee, proposal, ct);
            await TellAsync(programme, mentee, mentor, "Match.Approved.Mentee", ct);
            await TellAsync(programme, mentor, mentee, "Match.Approved.Mentor", ct);
            await db.SaveChangesAsync(ct);
            return proposal;
        }

        /// <summary>A group with room takes her; otherwise a process of the two starts. Every line goes on each participant's timeline too.</summary>
        private async Task StartOrJoinProcessAsync(Programme programme, Participant mentor, Participant mentee, MatchProposal proposal, CancellationToken ct)
        {
            var db = context.Db;
            var groups = programme.MentoringType == MentoringType.Group
                ? await db.MentoringProcesses.WithParticipant(mentor.Id, ProcessRole.Mentor)
                    .Where(p => p.ProgrammeId == programme.Id && p.Status != ProcessStatus.Closed && p.Status != ProcessStatus.Paused)
                    .OrderBy(p => p.StartedAt).ToListAsync(ct)
                : [];
            var group = groups.FirstOrDefault(g => g.HasRoomFor(programme));
            ProcessChange change;
            MentoringProcess target;
            if (group is null)
            {
                target = MentoringProcess.Start(programme, mentor, [mentee], null, [proposal], context.Actor, context.Now);
                db.MentoringProcesses.Add(target);
                change = new ProcessChange(target.Timeline, target.ParticipantIds);
            }
            else
            {
                target = group;
                change = group.AddMentee(programme, mentee, proposal, context.Actor, context.Now);
            }

            await CarryRenewedGoalsAsync(mentee, target, group is null, ct);
            var others = change.ParticipantIds.Except([mentor.Id, mentee.Id]).ToList();
            List<Participant> everyone = others.Count == 0 ? [] : await db.Participants.Where(p => others.Contains(p.Id)).ToListAsync(ct);
            foreach (var participant in everyone.Append(mentor).Append(mentee))
                participant.CopyToTimeline(change.Lines);
        }

        /// <summary>A mentee sent back to the board by a renewal takes her waiting goals into this process's plan for her; a new process links to the one it renews.</summary>
        private async Task CarryRenewedGoalsAsync(Participant mentee, MentoringProcess process, bool isNew, CancellationToken ct)
        {
            var db = context.Db;
            var pending = await db.Renewals.Where(r => r.MenteeId == mentee.Id && r.ToProcessId == null).OrderBy(r => r.RenewedAt).FirstOrDefaultAsync(ct);
            if (pending is null)
                return;
            if (isNew)
                process.LinkRenewal(await db.MentoringProcesses.SingleAsync(p => p.Id == pending.FromProcessId, ct));
            db.SupportPlans.Add(pending.CarryInto(process, context.Actor, context.Now));
        }

        /// <summary>Her news is worded for her side of the pair: who her mentor is, or whom she mentors.</summary>
        private Task TellAsync(Programme programme, Participant to, Participant other, string news, CancellationToken ct) =>
            notifier.QueueAsync(context.Db, new Recipient(to.Profile.Email, to.Profile.FullName, to.Profile.PreferredLanguage, programme.OrganisationId),
                "Match.Approved", [programme.Name, to.Profile.FullName, new MailFragment(news, other.Profile.FullName, programme.Name)], ct: ct);
    }
}
