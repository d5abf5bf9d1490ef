using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Organisations;

[Authorize(Policy = Policies.Coordinator)]
public sealed class EditModel(AppDbContext db) : PontePageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is null)
            return Page();
        var o = await db.Organisations.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
            return NotFound();
        Input = new OrganisationInput { Name = o.Name, CountryCode = o.CountryCode, City = o.City, StaffLanguages = [.. o.StaffLanguages], TimeZone = o.TimeZone, Version = o.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        Guid? id, [FromServices] CreateOrganisation.Handler create, [FromServices] EditOrganisation.Handler edit, CancellationToken ct)
    {
        Id = id;
        if (id is not null && !await db.Organisations.AnyAsync(x => x.Id == id, ct))
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        try
        {
            // The form sends every field: one emptied is refused, never kept as it was.
            if (id is { } existing)
            {
                await edit.HandleAsync(new EditOrganisation.Request(
                    existing, Input.Version, Input.Name ?? string.Empty, Input.CountryCode ?? string.Empty, Input.City ?? string.Empty, Input.StaffLanguages, Input.TimeZone), ct);
            }
            else
            {
                await create.HandleAsync(new CreateOrganisation.Request(Input.Name, Input.CountryCode, Input.City, Input.StaffLanguages, Input.TimeZone), ct);
            }
        }
        catch (Exception e) when (ModelState.TryAdd(e, T))
        {
            return Page();
        }

        Flash(T["Common.Saved"]);
        return Redirect("/Organisations");
    }
}

public sealed class OrganisationInput
{
    public string? Name { get; set; }

    public string? CountryCode { get; set; }

    public string? City { get; set; }

    public List<string> StaffLanguages { get; set; } = [];

    /// <summary>An IANA zone; empty on a new organisation for the country's usual one.</summary>
    public string? TimeZone { get; set; }

    public Guid? Version { get; set; }
}
