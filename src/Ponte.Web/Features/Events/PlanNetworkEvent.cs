using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Events;

/// <summary>The network coordinator plans an event for several partner organisations, with the organisations taking part (more can be added later).</summary>
public static class PlanNetworkEvent
{
    /// <summary><paramref name="StartsAt"/> is the instant (a page turns what she typed in her zone into it).</summary>
    public sealed record Request(
        string? Title, string? Description, DateTimeOffset? StartsAt, int? Minutes, string? Place, string? OnlineLink, IReadOnlyList<Guid>? OrganisationIds);

    public sealed class Handler(HandlerContext context, EventAccess access) : IHandler
    {
        public async Task<NetworkEvent> HandleAsync(Request request, CancellationToken ct)
        {
            if (!access.IsCoordinator)
                throw EventAccess.Forbidden();
            var db = context.Db;
            var ids = request.OrganisationIds?.Where(id => id != Guid.Empty).Distinct().ToList() ?? [];
            var organisations = await db.Organisations.Where(o => ids.Contains(o.Id)).ToListAsync(ct);
            if (organisations.Count != ids.Count)
                throw new NotFoundException();

            var planned = NetworkEvent.Plan(
                request.Title,
                request.Description,
                request.StartsAt ?? throw new DomainValidationException(nameof(NetworkEvent.StartsAt), "Required", "Enter when the event starts."),
                request.Minutes ?? throw new DomainValidationException(nameof(NetworkEvent.Minutes), "Required", "Enter how long it lasts."),
                request.Place,
                request.OnlineLink,
                context.Actor,
                context.Now);
            foreach (var organisation in organisations.OrderBy(o => o.CountryCode, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal))
                planned.AddOrganisation(organisation, context.Actor, context.Now);
            db.NetworkEvents.Add(planned);
            await db.SaveChangesAsync(ct);
            return planned;
        }
    }
}
