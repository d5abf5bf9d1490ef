using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Events;

/// <summary>A manager records which of her organisation's registered people attended a network event, once it has started; recording again corrects it.</summary>
public static class RecordNetworkAttendance
{
    public sealed record Item(Guid ParticipantId, bool Attended);

    public sealed record Request(Guid EventId, IReadOnlyList<Item?>? Attendance);

    /// <summary>Her organisation's registrations for the event, as saved.</summary>
    public sealed record Result(NetworkEvent Event, IReadOnlyList<NetworkEventRegistration> Registrations, int Changed);

    public sealed class Handler(HandlerContext context, EventAccess access) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var networkEvent = await access.TakingPartNetworkEventAsync(request.EventId, ct);
            var items = request.Attendance ?? throw new DomainValidationException(nameof(Request.Attendance), "Required", "List who attended.");
            // Her organisation's registrations only: the filter hides every other one.
            var registrations = await db.NetworkEventRegistrations.Where(r => r.NetworkEventId == networkEvent.Id).ToDictionaryAsync(r => r.ParticipantId, ct);
            var ids = items.Select(i => i?.ParticipantId ?? Guid.Empty).ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var field = $"{nameof(Request.Attendance)}[{i}].{nameof(Item.ParticipantId)}";
                if (ids[i] == Guid.Empty)
                    throw new DomainValidationException(field, "Required", "Give the participant's id.");
                if (ids.IndexOf(ids[i]) != i)
                    throw new DomainValidationException(field, "Duplicate", "Each participant is listed once.");
                if (!registrations.ContainsKey(ids[i]))
                    throw new NotFoundException(); // not registered, or of another organisation
            }

            var changed = items.Count(item => registrations[item!.ParticipantId].RecordAttendance(networkEvent, item.Attended, context.Actor, context.Now));
            if (changed > 0)
                await db.SaveChangesAsync(ct);
            return new Result(networkEvent, [.. registrations.Values], changed);
        }
    }
}
