using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.People;

/// <summary>
/// Accounts and invitations. A manager invites managers and trainers of her own organisation;
/// the coordinator invites the first manager of any organisation.
/// </summary>
[Authorize(Roles = Roles.OrganisationManager + "," + Roles.NetworkCoordinator)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, UserManager<ApplicationUser> users, IStringLocalizer<PeopleText> own) : PontePageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public Paged<PersonRow> People { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public string? Q { get; private set; }

    public IEnumerable<string> InvitableRoles => Invite.RolesFor(me);

    public async Task OnGetAsync(string? q, CancellationToken ct = default)
    {
        Input.Culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await LoadAsync(q, PageNumber, ct);
    }

    public async Task<IActionResult> OnPostInviteAsync([FromServices] Invite.Handler invite, CancellationToken ct)
    {
        var request = new Invite.Request(Input.Name, Input.Email, Input.Role, Input.OrganisationId, Input.Culture);

        // Every refusal at once, beside its field; a field the form's own checks refused is not told twice.
        foreach (var refusal in await invite.RefusalsAsync(request, ct))
        {
            if (ModelState.GetFieldValidationState("Input." + refusal.Field) != ModelValidationState.Invalid)
                ModelState.TryAdd(refusal, T);
        }

        if (!ModelState.IsValid)
            return await InvalidAsync(ct);

        ApplicationUser user;
        try
        {
            user = await invite.HandleAsync(request, ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, T))
        {
            return await InvalidAsync(ct);
        }

        Flash(T["People.Invited", user.Email!]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid userId, [FromServices] ResendInvitation.Handler resend, CancellationToken ct)
    {
        if (await resend.HandleAsync(new ResendInvitation.Request(userId), ct) is { } sentTo)
            Flash(T["People.Invited", sentTo]);
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid userId, [FromServices] Deactivate.Handler deactivate, CancellationToken ct) =>
        ChangeStatusAsync(async () => T["People.Deactivated", (await deactivate.HandleAsync(new Deactivate.Request(userId, Address), ct)).Email!], ct);

    public Task<IActionResult> OnPostReactivateAsync(Guid userId, [FromServices] Reactivate.Handler reactivate, CancellationToken ct) =>
        ChangeStatusAsync(async () => T["People.Reactivated", (await reactivate.HandleAsync(new Reactivate.Request(userId, Address), ct)).Email!], ct);

    private string? Address => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<IActionResult> ChangeStatusAsync(Func<Task<string>> change, CancellationToken ct)
    {
        string done;
        try
        {
            done = await change();
        }
        catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(own, T)))
        {
            await LoadAsync(null, 1, ct);
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        Flash(done);
        return RedirectToPage();
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken ct)
    {
        await LoadAsync(null, 1, ct);
        return Page();
    }

    private async Task LoadAsync(string? q, int page, CancellationToken ct)
    {
        Q = q?.Trim();
        var query = VisibleAccounts.Of(users, db, me);
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
        [StringLength(Invite.Handler.NameMax, ErrorMessage = "Error.Invalid")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        [StringLength(Invite.Handler.EmailMax, ErrorMessage = "Error.Invalid")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Error.Required")]
        public string? Role { get; set; }

        public Guid? OrganisationId { get; set; }

        public string? Culture { get; set; }
    }
}
