using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Organisations;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Organisations;

/// <summary>
/// Changes an organisation against the version she read. What is left out (null) stays as it is;
/// an empty text is sent, and refused where the organisation must have one.
/// </summary>
public static class EditOrganisation
{
    public sealed record Request(
        Guid OrganisationId, Guid? Version, string? Name, string? CountryCode, string? City, IReadOnlyList<string>? StaffLanguages, string? TimeZone = null);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Organisation> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == request.OrganisationId, ct) ?? throw new NotFoundException();
            db.ExpectVersion(organisation, request.Version);
            organisation.Update(
                request.Name ?? organisation.Name, request.CountryCode ?? organisation.CountryCode, request.City ?? organisation.City,
                request.StaffLanguages ?? organisation.StaffLanguages, request.TimeZone);
            await db.SaveChangesAsync(ct);
            return organisation;
        }
    }
}
