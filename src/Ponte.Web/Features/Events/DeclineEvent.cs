using Ponte.Domain.Events;

namespace Ponte.Web.Features.Events;

/// <summary>An invited mentor or mentee declines a programme event before it starts; if she had registered, her place is free again.</summary>
public static class DeclineEvent
{
    public sealed record Request(Guid EventId);

    public sealed record Result(ProgrammeEvent Event, bool Changed);

    public sealed class Handler(HandlerContext context, EventAccess access) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var programmeEvent = await access.ProgrammeEventAsync(request.EventId, ct);
            var self = access.ParticipantId ?? throw EventAccess.Forbidden();
            var changed = programmeEvent.Decline(self, context.Actor, context.Now);
            if (changed)
                await context.Db.SaveChangesAsync(ct);
            return new Result(programmeEvent, changed);
        }
    }
}
