using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Relationships;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A manager closes a process — completed, or ended early with a reason — recording each mentee's
/// situation on leaving. The pairs' relationships end, which frees the mentor's places for the next
/// matching run; each mentee is completed (or back on the waiting list when she asked for a new
/// mentor), a mentor with no other mentee is ready to match again; everyone is invited to her final form.
/// </summary>
public static class CloseProcess
{
    public sealed record Request(
        Guid ProcessId, ClosingOutcome? Outcome, EndReason? Reason, string? Note, IReadOnlyList<LeavingSituationInput>? Situations, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ClosingMessages messages) : IHandler
    {
        public async Task<MentoringProcess> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            var outcome = request.Outcome ?? throw new DomainValidationException(nameof(ProcessClosure.Outcome), "Required", "Choose how the process ends.");
            db.ExpectVersion(process, request.Version);
            var change = process.Close(outcome, request.Reason, request.Note, request.Situations ?? [], context.Actor, context.Now);

            var ids = process.ParticipantIds.ToList();
            var people = await db.Participants.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
            var mentees = process.MenteeIds;
            var relationships = await db.Relationships
                .Where(r => r.MentorId == process.MentorId && mentees.Contains(r.MenteeId) && r.Status == RelationshipStatus.Active)
                .ToListAsync(ct);
            foreach (var relationship in relationships)
                relationship.Close(context.Now);
            foreach (var person in people)
                person.CopyToTimeline(change.Lines);
            foreach (var mentee in people.Where(p => mentees.Contains(p.Id)))
            {
                if (process.AskedForNewMentor(mentee.Id))
                    mentee.ReturnToWaitingList(context.Actor, context.Now);
                else
                    mentee.CompleteMentoring(context.Actor, context.Now);
            }

            var mentor = people.Single(p => p.Id == process.MentorId);
            var others = await db.Relationships.CountAsync(r => r.MentorId == mentor.Id && r.Status == RelationshipStatus.Active && !mentees.Contains(r.MenteeId), ct);
            if (others == 0 && mentor.Status == ParticipantStatus.Matched)
                mentor.ReturnToWaitingList(context.Actor, context.Now);

            await messages.InviteToFormsAsync(db, process, ct);
            await db.SaveChangesAsync(ct);
            return process;
        }
    }
}
