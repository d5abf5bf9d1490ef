using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Events;

/// <summary>
/// A manager invites participants of the event's programme (mentor training only mentors,
/// mentee training only mentees); each newly invited one is emailed the invitation with the
/// calendar entry. Someone invited already is left as she is.
/// </summary>
public static class InviteToEvent
{
    public const int MaxAtOnce = 500;

    public sealed record Request(Guid EventId, IReadOnlyList<Guid>? ParticipantIds, Guid? Version);

    /// <summary>The event as saved and the participants this invited (not those invited before).</summary>
    public sealed record Result(ProgrammeEvent Event, IReadOnlyList<Guid> Invited);

    public sealed class Handler(HandlerContext context, EventAccess access, EventMessages messages) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programmeEvent = await access.ManagedProgrammeEventAsync(request.EventId, ct);
            var ids = request.ParticipantIds?.Where(id => id != Guid.Empty).Distinct().ToList() ?? [];
            if (ids.Count == 0)
                throw new DomainValidationException(nameof(Request.ParticipantIds), "Required", "Choose who to invite.");
            if (ids.Count > MaxAtOnce)
                throw new DomainValidationException(nameof(Request.ParticipantIds), "Range", $"Invite at most {MaxAtOnce} people at once.", 1, MaxAtOnce);
            var participants = await db.Participants.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
            if (participants.Count != ids.Count)
                throw new NotFoundException(); // of another organisation, or of nobody

            db.ExpectVersion(programmeEvent, request.Version);
            var invited = participants.Where(p => programmeEvent.Invite(p, context.Actor, context.Now)).Select(p => p.Id).ToList();
            if (invited.Count == 0)
                return new Result(programmeEvent, invited);

            await messages.TellAsync(db, programmeEvent, invited, EventMessages.Invitation, context.Actor.Name, ct);
            await db.SaveChangesAsync(ct);
            return new Result(programmeEvent, invited);
        }
    }
}
