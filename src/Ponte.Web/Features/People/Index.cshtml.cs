using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Data;

using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.People;

/// <summary>
/// Accounts and invitations. A manager invites managers and trainers of her own organisation;
/// the coordinator invites the first manager of any organisation.
/// </summary>
[Authorize(Roles = Roles.OrganisationManager + "," + Roles.NetworkCoordinator)]
public sealed class IndexModel(
    AppDbContext db,
    CurrentUser me,
    Invitations invitations,
    UserManager<ApplicationUser> users,
    TimeProvider clock,
    SecurityEvents events) : PontePageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public Paged<PersonRow> People { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public string? Q { get; private set; }

    public IEnumerable<string> InvitableRoles => me.IsCoordinator ? [Roles.OrganisationManager] : [Roles.OrganisationManager, Roles.Trainer];

    public async Task OnGetAsync(string? q, CancellationToken ct = default)
    {
        Input.Culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await LoadAsync(q, PageNumber, ct);
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var organisationId = me.IsCoordinator ? Input.OrganisationId : me.OrganisationId;
        if (me.IsCoordinator && (organisationId is null || !await db.Organisations.AnyAsync(o => o.Id == organisationId, ct)))
            ModelState.AddModelError("Input.OrganisationId", T["Error.Required"]);
        if (!InvitableRoles.Contains(Input.Role))
            ModelState.AddModelError("Input.Role", T["Error.Invalid"]);
        if (Input.Name is { } name && TextRules.NameProblem(name.Trim()) is { } nameProblem)
            ModelState.AddModelError("Input.Name", T["Error." + nameProblem]);
        if (Input.Email is { } email && !Profile.IsEmail(email.Trim()))
            ModelState.AddModelError("Input.Email", T["Error.Email"]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(null, 1, ct);
            return Page();
        }

        var (user, errors) = await invitations.InviteAsync(db, Input.Email!.Trim(), Input.Name!.Trim(), Input.Role!, organisationId, null, Input.Culture ?? "en", ct);
        if (user is null)
        {
            ModelState.AddModelError("Input.Email", errors.Any(e => e.Contains("Duplicate", StringComparison.Ordinal)) ? T["Error.DuplicateEmail"] : T["Error.Invalid"]);
            await LoadAsync(null, 1, ct);
            return Page();
        }

        await db.SaveChangesAsync(ct);
        Flash(T["People.Invited", user.Email!]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid userId, CancellationToken ct)
    {
        var user = await VisibleUsers().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
            return NotFound();
        if (user.PasswordHash is null && !user.IsDeactivated)
        {
            await invitations.SendAsync(db, user, ct);
            await db.SaveChangesAsync(ct);
            Flash(T["People.Invited", user.Email!]);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid userId, CancellationToken ct)
    {
        var user = await VisibleUsers().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
            return NotFound();
        var outcome = await AccountStatus.DeactivateAsync(users, user, me.UserId!.Value, clock, events, HttpContext.Connection.RemoteIpAddress?.ToString());
        return await AfterStatusChangeAsync(outcome, T["People.Deactivated", user.Email!], ct);
    }

    public async Task<IActionResult> OnPostReactivateAsync(Guid userId, CancellationToken ct)
    {
        var user = await VisibleUsers().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
            return NotFound();
        var outcome = await AccountStatus.ReactivateAsync(users, user, me.UserId!.Value, events, HttpContext.Connection.RemoteIpAddress?.ToString());
        return await AfterStatusChangeAsync(outcome, T["People.Reactivated", user.Email!], ct);
    }

    private async Task<IActionResult> AfterStatusChangeAsync(AccountStatus.Outcome outcome, string done, CancellationToken ct)
    {
        if (outcome == AccountStatus.Outcome.Yourself)
        {
            ModelState.AddModelError(string.Empty, T["People.NotYourself"]);
            await LoadAsync(null, 1, ct);
            return new Microsoft.AspNetCore.Mvc.RazorPages.PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        Flash(done);
        return RedirectToPage();
    }

    private IQueryable<ApplicationUser> VisibleUsers() => me.IsCoordinator
        ? users.Users.Where(u => u.OrganisationId != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.OrganisationManager)))
        : users.Users.Where(u => u.OrganisationId == me.OrganisationId);

    private async Task LoadAsync(string? q, int page, CancellationToken ct)
    {
        Q = q?.Trim();
        var query = VisibleUsers();
        if (!string.IsNullOrEmpty(Q))
            query = query.Where(u => u.DisplayName.ToLower().Contains(Q.ToLower()) || u.Email!.ToLower().Contains(Q.ToLower()));
        var rows = from u in query
                   orderby u.DisplayName
                   select new PersonRow(
                       u.Id, u.DisplayName, u.Email!, u.OrganisationId,
                       db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).FirstOrDefault() ?? string.Empty,
                       u.PasswordHash != null,
                       u.DeactivatedAt != null);
        People = await Paged<PersonRow>.Of(rows, page, 25, ct);
        if (me.IsCoordinator)
            Organisations = (await db.Organisations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
    }

    public sealed record PersonRow(Guid Id, string Name, string Email, Guid? OrganisationId, string Role, bool Active, bool Deactivated);

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Error.Required")]
        [StringLength(200, ErrorMessage = "Error.Invalid")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        [StringLength(254, ErrorMessage = "Error.Invalid")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public string? Role { get; set; }

        public Guid? OrganisationId { get; set; }

        public string? Culture { get; set; }
    }
}
