using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Relationships;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A manager carries a mentee's unmet goals from a closed process into a new one: with the same
/// mentor (a new relationship and a new process at matched, the goals in her new plan) or back to
/// the match board (she is ready to match; the goals wait for the process her next match starts).
/// Both processes keep their history and link to each other.
/// </summary>
public static class RenewProcess
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, IReadOnlyList<Guid>? GoalIds, RenewalMentor? Mentor);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<Renewal> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            var mode = request.Mentor ?? throw new DomainValidationException(nameof(Renewal.Mentor), "Required", "Choose who continues with her.");
            if (!process.MenteeIds.Contains(request.MenteeId))
                throw new Infrastructure.Errors.NotFoundException();
            if (await db.Renewals.AnyAsync(r => r.FromProcessId == process.Id && r.MenteeId == request.MenteeId, ct))
                throw new DomainException("AlreadyRenewed", "The goals of this mentee have been carried over from this process already.");
            var plan = await db.SupportPlans.SingleOrDefaultAsync(p => p.ProcessId == process.Id && p.MenteeId == request.MenteeId, ct)
                ?? throw new DomainValidationException("GoalIds", "GoalsRequired", "Choose at least one goal to carry over.");
            var renewal = Renewal.Of(process, plan, request.GoalIds ?? [], mode, context.Now);
            if (await db.MentoringProcesses.WithParticipant(request.MenteeId).AnyAsync(p => p.Id != process.Id && p.Status != ProcessStatus.Closed, ct))
                throw new DomainException("MenteeBusy", "This mentee is in another open process already.");

            var mentee = await db.Participants.SingleAsync(p => p.Id == request.MenteeId, ct);
            mentee.ReturnToWaitingList(context.Actor, context.Now);
            db.Renewals.Add(renewal);
            if (mode == RenewalMentor.MatchBoard)
            {
                mentee.CopyToTimeline([process.RecordRenewal(mentee.Id, null, context.Actor, context.Now)]);
                await db.SaveChangesAsync(ct);
                return renewal;
            }

            var mentor = await db.Participants.SingleAsync(p => p.Id == process.MentorId, ct);
            var programme = await db.Programmes.SingleAsync(p => p.Id == process.ProgrammeId, ct);
            if (mentor.Status is ParticipantStatus.Completed or ParticipantStatus.Withdrawn)
                throw new DomainException("MentorInactive", "The mentor no longer takes part in the programme.");
            var taken = await db.Relationships.CountAsync(r => r.MentorId == mentor.Id && r.Status == RelationshipStatus.Active, ct);
            if (taken >= mentor.CapacityIn(programme))
                throw new DomainException("MentorFull", "The mentor has no place left in this programme.");

            db.Relationships.Add(MentoringRelationship.Start(mentor, mentee, context.Actor, context.Now));
            var renewed = process.Renew(programme, mentor, mentee, context.Actor, context.Now);
            db.MentoringProcesses.Add(renewed);
            db.SupportPlans.Add(renewal.CarryInto(renewed, context.Actor, context.Now));
            var line = process.RecordRenewal(mentee.Id, renewed.Id, context.Actor, context.Now);
            foreach (var person in new[] { mentor, mentee })
                person.CopyToTimeline([line, .. renewed.Timeline]);
            await db.SaveChangesAsync(ct);
            return renewal;
        }
    }
}
