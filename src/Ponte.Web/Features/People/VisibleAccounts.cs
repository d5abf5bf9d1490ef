using Microsoft.AspNetCore.Identity;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.People;

/// <summary>
/// The accounts the caller may see and act on: a manager those of her organisation, the
/// coordinator the organisations' managers. Identity's store reads accounts across organisations
/// (they are looked up before anyone's organisation is known), so this is the check: every page and
/// handler of the area starts here.
/// </summary>
public static class VisibleAccounts
{
    public static IQueryable<ApplicationUser> Of(UserManager<ApplicationUser> users, AppDbContext db, CurrentUser me) => me.IsCoordinator
        ? users.Users.Where(u => u.OrganisationId != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.OrganisationManager)))
        : users.Users.Where(u => u.OrganisationId == me.OrganisationId);
}
