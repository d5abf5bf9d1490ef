using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Programmes;

/// <summary>Creates a programme (from a template or from scratch) or edits one.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class EditModel(AppDbContext db) : PontePageModel
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
        Input = ProgrammeInput.From(programme.Template, programme.Settings, programme.ApplicationsOpen, programme.Version, programme.ManagersReadPrivateNotes, programme.NoMeetingAlertDays, programme.SelfAssessmentIntervalWeeks);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        Guid? id, [FromServices] CreateProgramme.Handler create, [FromServices] EditProgramme.Handler edit, CancellationToken ct)
    {
        Id = id;
        if (id is not null && !await db.Programmes.AnyAsync(p => p.Id == id, ct))
            return NotFound();
        if (!ModelState.IsValid)
            return Page();

        Programme programme;
        try
        {
            programme = id is { } existing
                ? await edit.HandleAsync(new EditProgramme.Request(existing, Input.Version, Input.ToChanges(), Input.ApplicationsOpen, Input.ManagersReadPrivateNotes, Input.NoMeetingAlertDays ?? Domain.Mentoring.NeedsAttention.DefaultNoMeetingDays,
                    Input.SelfAssessmentIntervalWeeks ?? Domain.Mentoring.SelfAssessmentSchedule.DefaultIntervalWeeks), ct)
                : await create.HandleAsync(new CreateProgramme.Request(Input.Template, Input.ToChanges(), Input.ApplicationsOpen), ct);
        }
        catch (Exception e) when (ModelState.TryAdd(e, T))
        {
            return Page();
        }

        Flash(T["Common.Saved"]);
        return Redirect($"/Programmes/{programme.Id}");
    }
}
