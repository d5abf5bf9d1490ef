using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Events;

namespace Ponte.Web.Features.Events;

/// <summary>
/// The coordinator takes an organisation off a network event; one whose people have registered
/// is refused. The registrations are the organisations' own, so she counts them acting for the
/// network, and counts and removes in one transaction. A registration saved meanwhile changes the
/// event's version (see <see cref="RegisterForNetworkEvent"/>), so the removal then fails as a
/// conflict instead of going through on a count that no longer holds.
/// </summary>
public static class RemoveNetworkOrganisation
{
    public sealed record Request(Guid EventId, Guid OrganisationId, Guid? Version);

    /// <summary>The event as saved, and whether the organisation was taking part.</summary>
    public sealed record Result(NetworkEvent Event, bool Removed);

    public sealed class Handler(HandlerContext context, EventAccess access) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var networkEvent = await access.CoordinatedNetworkEventAsync(request.EventId, ct);
            db.ExpectVersion(networkEvent, request.Version);
            int registrations;
            using (db.Acting.ForNetwork())
            {
                registrations = await db.NetworkEventRegistrations
                    .CountAsync(r => r.NetworkEventId == networkEvent.Id && r.OrganisationId == request.OrganisationId, ct);
            }

            var removed = networkEvent.RemoveOrganisation(request.OrganisationId, registrations, context.Actor, context.Now);
            if (removed)
                await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new Result(networkEvent, removed);
        }
    }
}
