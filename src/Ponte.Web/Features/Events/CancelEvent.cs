using Ponte.Data;
using Ponte.Domain.Events;

namespace Ponte.Web.Features.Events;

/// <summary>A manager cancels a programme event before it starts; everyone invited who has not declined gets the cancellation, which takes it out of her calendar.</summary>
public static class CancelEvent
{
    public sealed record Request(Guid EventId, string? Reason, Guid? Version);

    public sealed class Handler(HandlerContext context, EventAccess access, EventMessages messages) : IHandler
    {
        public async Task<ProgrammeEvent> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programmeEvent = await access.ManagedProgrammeEventAsync(request.EventId, ct);
            db.ExpectVersion(programmeEvent, request.Version);
            programmeEvent.Cancel(request.Reason, context.Actor, context.Now);
            await messages.TellAsync(db, programmeEvent, EventMessages.NotDeclined(programmeEvent), EventMessages.Cancelled, context.Actor.Name, ct);
            await db.SaveChangesAsync(ct);
            return programmeEvent;
        }
    }
}
