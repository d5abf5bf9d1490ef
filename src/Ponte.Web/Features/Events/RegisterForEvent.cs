using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Events;

/// <summary>
/// Registers a participant for a programme event while there is a place, before it starts. An
/// invited mentor or mentee registers herself; a manager registers anyone of the programme,
/// inviting her first if she was not (she is then emailed that she is registered).
/// </summary>
public static class RegisterForEvent
{
    /// <summary><paramref name="ParticipantId"/> is whom a manager registers; a participant registers herself and may leave it out.</summary>
    public sealed record Request(Guid EventId, Guid? ParticipantId);

    /// <summary>The event as saved, whom it registered, and whether she was registered already.</summary>
    public sealed record Result(ProgrammeEvent Event, Guid ParticipantId, bool Changed);

    public sealed class Handler(HandlerContext context, EventAccess access, EventMessages messages) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programmeEvent = await access.ProgrammeEventAsync(request.EventId, ct);
            if (access.IsManager)
            {
                var id = request.ParticipantId is { } given && given != Guid.Empty
                    ? given
                    : throw new Ponte.Domain.Common.DomainValidationException(nameof(Request.ParticipantId), "Required", "Choose who to register.");
                var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
                var wasInvited = programmeEvent.Invitations.Any(i => i.ParticipantId == id);
                if (!programmeEvent.Register(participant, context.Actor, context.Now))
                    return new Result(programmeEvent, id, false);
                // Someone invited was told already; someone registered without an invitation learns of it now.
                if (!wasInvited)
                    await messages.TellAsync(db, programmeEvent, [id], EventMessages.Registered, context.Actor.Name, ct);
                await db.SaveChangesAsync(ct);
                return new Result(programmeEvent, id, true);
            }

            var self = access.ParticipantId ?? throw EventAccess.Forbidden();
            if (request.ParticipantId is { } other && other != Guid.Empty && other != self)
                throw EventAccess.Forbidden();
            var changed = programmeEvent.Register(self, context.Actor, context.Now);
            if (changed)
                await db.SaveChangesAsync(ct);
            return new Result(programmeEvent, self, changed);
        }
    }
}
