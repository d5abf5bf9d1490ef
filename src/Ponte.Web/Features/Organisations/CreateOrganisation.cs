using Ponte.Domain.Organisations;

namespace Ponte.Web.Features.Organisations;

/// <summary>Adds a partner organisation to the network (the coordinator's work); without a time zone it gets its country's usual one.</summary>
public static class CreateOrganisation
{
    public sealed record Request(string? Name, string? CountryCode, string? City, IReadOnlyList<string> StaffLanguages, string? TimeZone = null);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Organisation> HandleAsync(Request request, CancellationToken ct)
        {
            var organisation = Organisation.Create(request.Name, request.CountryCode, request.City, request.StaffLanguages, request.TimeZone);
            context.Db.Organisations.Add(organisation);
            await context.Db.SaveChangesAsync(ct);
            return organisation;
        }
    }
}
