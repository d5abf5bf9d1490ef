using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Persistence;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Programmes;

/// <summary>Creates a programme (from a template or from scratch) or edits one.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class EditModel(AppDbContext db, CurrentUser me) : PontePageModel
{
    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, ProgrammeTemplate? template, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            var t = template is { } chosen && Enum.IsDefined(chosen) ? chosen : ProgrammeTemplate.Custom;
            Input = ProgrammeInput.From(t, ProgrammeTemplates.Defaults(t));
            return Page();
        }

        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null)
            return NotFound();
        Input = ProgrammeInput.From(programme.Template, programme.Settings, programme.ApplicationsOpen, programme.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        Programme? programme = null;
        if (id is not null)
        {
            programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct);
            if (programme is null)
                return NotFound();
        }

        if (!ModelState.IsValid)
            return Page();

        try
        {
            if (programme is null)
            {
                programme = Programme.Create(me.OrganisationId ?? throw new DomainException("NoOrganisation", "Only an organisation's manager can create programmes."), Input.Template, Input.ToSettings());
                db.Programmes.Add(programme);
            }
            else
            {
                db.ExpectVersion(programme, Input.Version);
                programme.Update(Input.ToSettings());
            }

            if (Input.ApplicationsOpen)
                programme.OpenApplications();
            else
                programme.CloseApplications();
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, T))
        {
            return Page();
        }

        Flash(T["Common.Saved"]);
        return Redirect($"/Programmes/{programme.Id}");
    }
}
