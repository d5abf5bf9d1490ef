using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Account;

/// <summary>The signed-in person chooses the time zone Ponte shows and reads her times in, or goes back to her organisation's.</summary>
public sealed class TimeZoneModel(AppDbContext db, UserManager<ApplicationUser> users, IStringLocalizer<AccountText> own) : PontePageModel
{
    [BindProperty]
    public ZoneInput Input { get; set; } = new();

    /// <summary>The zone she has when she sets none: her organisation's, else UTC.</summary>
    public string DefaultZone { get; private set; } = TimeZoneInfo.Utc.Id;

    public bool HasOrganisation { get; private set; }

    public IReadOnlyList<string> Zones { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        Input.TimeZone = user.TimeZone;
        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] SetTimeZone.Handler set, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        string? saved;
        try
        {
            saved = await set.HandleAsync(new SetTimeZone.Request(Input.TimeZone), ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(own, T)))
        {
            await LoadAsync(user, ct);
            return Page();
        }

        await LoadAsync(user, ct);
        Flash(own["TimeZone.Saved", saved ?? DefaultZone]);
        return RedirectToPage();
    }

    private async Task LoadAsync(ApplicationUser user, CancellationToken ct)
    {
        var organisationZone = user.OrganisationId is { } id
            ? await db.Organisations.Where(o => o.Id == id).Select(o => o.TimeZone).SingleOrDefaultAsync(ct)
            : null;
        HasOrganisation = organisationZone is not null;
        DefaultZone = LocalTime.Resolve(organisationZone).Id;
        Zones = TimeZoneChoices.With(Input.TimeZone);
    }

    public sealed class ZoneInput
    {
        /// <summary>An IANA zone; empty for her organisation's.</summary>
        public string? TimeZone { get; set; }
    }
}
