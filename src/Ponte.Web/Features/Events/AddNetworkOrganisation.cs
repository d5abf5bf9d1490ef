using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Events;

/// <summary>The coordinator adds a partner organisation to a network event: its managers can then register their people.</summary>
public static class AddNetworkOrganisation
{
    public sealed record Request(Guid EventId, Guid? OrganisationId, Guid? Version);

    /// <summary>The event as saved, and whether the organisation was not taking part before.</summary>
    public sealed record Result(NetworkEvent Event, bool Added);

    public sealed class Handler(HandlerContext context, EventAccess access) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var networkEvent = await access.CoordinatedNetworkEventAsync(request.EventId, ct);
            var id = request.OrganisationId is { } given && given != Guid.Empty
                ? given
                : throw new DomainValidationException(nameof(Request.OrganisationId), "Required", "Choose the organisation.");
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException();
            db.ExpectVersion(networkEvent, request.Version);
            var added = networkEvent.AddOrganisation(organisation, context.Actor, context.Now);
            if (added)
                await db.SaveChangesAsync(ct);
            return new Result(networkEvent, added);
        }
    }
}
