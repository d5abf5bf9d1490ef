using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Events;

namespace Ponte.Web.Features.Events;

/// <summary>A manager moves a programme event before it starts, or changes where it is; everyone invited who has not declined gets the updated calendar entry.</summary>
public static class RescheduleEvent
{
    public sealed record Request(Guid EventId, DateTimeOffset? StartsAt, int? Minutes, string? Place, string? OnlineLink, Guid? Version);

    /// <summary>The event as saved, and whether anything changed (nothing changed sends nothing).</summary>
    public sealed record Result(ProgrammeEvent Event, bool Changed);

    public sealed class Handler(HandlerContext context, EventAccess access, EventMessages messages) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programmeEvent = await access.ManagedProgrammeEventAsync(request.EventId, ct);
            db.ExpectVersion(programmeEvent, request.Version);
            var changed = programmeEvent.Reschedule(
                request.StartsAt ?? throw new DomainValidationException(nameof(ProgrammeEvent.StartsAt), "Required", "Enter when the event starts."),
                request.Minutes ?? throw new DomainValidationException(nameof(ProgrammeEvent.Minutes), "Required", "Enter how long it lasts."),
                request.Place, request.OnlineLink, context.Actor, context.Now);
            if (!changed)
                return new Result(programmeEvent, false);

            await messages.TellAsync(db, programmeEvent, EventMessages.NotDeclined(programmeEvent), EventMessages.Rescheduled, context.Actor.Name, ct);
            await db.SaveChangesAsync(ct);
            return new Result(programmeEvent, true);
        }
    }
}
