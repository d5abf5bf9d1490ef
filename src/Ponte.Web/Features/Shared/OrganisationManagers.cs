using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Email;

namespace Ponte.Web.Features.Shared;

/// <summary>The active managers of an organisation as mail recipients, each in her own language.</summary>
public static class OrganisationManagers
{
    public static async Task<IReadOnlyList<Recipient>> RecipientsAsync(AppDbContext db, Guid organisationId, CancellationToken ct) =>
        (await db.Users
            .Where(u => u.OrganisationId == organisationId && u.DeactivatedAt == null && u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.OrganisationManager)))
            .OrderBy(u => u.Email)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture })
            .ToListAsync(ct))
        .Select(u => new Recipient(u.Email!, u.DisplayName, u.PreferredCulture, organisationId))
        .ToList();
}
