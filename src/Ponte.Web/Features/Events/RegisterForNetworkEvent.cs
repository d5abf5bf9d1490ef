using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Events;

/// <summary>
/// A manager registers people of her own organisation for a network event it takes part in,
/// before the event starts; each is emailed that she is registered. Someone registered already
/// is left as she is.
/// </summary>
public static class RegisterForNetworkEvent
{
    public const int MaxAtOnce = 500;

    public sealed record Request(Guid EventId, IReadOnlyList<Guid>? ParticipantIds);

    /// <summary>Her organisation's registrations for the event after this, and the participants this registered.</summary>
    public sealed record Result(NetworkEvent Event, IReadOnlyList<NetworkEventRegistration> Registrations, IReadOnlyList<Guid> Registered);

    public sealed class Handler(HandlerContext context, EventAccess access, EventMessages messages) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var networkEvent = await access.TakingPartNetworkEventAsync(request.EventId, ct);
            var ids = request.ParticipantIds?.Where(id => id != Guid.Empty).Distinct().ToList() ?? [];
            if (ids.Count == 0)
                throw new DomainValidationException(nameof(Request.ParticipantIds), "Required", "Choose who to register.");
            if (ids.Count > MaxAtOnce)
                throw new DomainValidationException(nameof(Request.ParticipantIds), "Range", $"Register at most {MaxAtOnce} people at once.", 1, MaxAtOnce);
            // Through the organisation filter: another organisation's participant is nobody here.
            var participants = await db.Participants.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
            if (participants.Count != ids.Count || participants.Any(p => p.OrganisationId != access.OrganisationId))
                throw new NotFoundException();

            var existing = await db.NetworkEventRegistrations.Where(r => r.NetworkEventId == networkEvent.Id).ToListAsync(ct);
            var added = new List<NetworkEventRegistration>();
            foreach (var participant in participants.Where(p => existing.All(r => r.ParticipantId != p.Id)))
                added.Add(NetworkEventRegistration.Register(networkEvent, participant, context.Actor, context.Now));
            if (added.Count == 0)
                return new Result(networkEvent, existing, []);

            db.NetworkEventRegistrations.AddRange(added);
            // The event's version moves with every registration: a removal of her organisation
            // counted before this save then fails as a conflict, and this fails if one was saved first.
            db.Entry(networkEvent).State = EntityState.Modified;
            var registered = added.Select(r => r.ParticipantId).ToList();
            await messages.TellAsync(db, networkEvent, access.OrganisationId!.Value, registered, EventMessages.Registered, context.Actor.Name, ct);
            await db.SaveChangesAsync(ct);
            return new Result(networkEvent, [.. existing, .. added], registered);
        }
    }
}
