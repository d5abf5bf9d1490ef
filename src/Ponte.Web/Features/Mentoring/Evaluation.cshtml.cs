using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/{id}/Evaluation: a participant's own final form once the process is closed (private
/// to her and the managers). A manager is sent to the list of all the process's forms.
/// </summary>
[Authorize]
public sealed class EvaluationModel(AppDbContext db, ProcessAccess access, IStringLocalizer<ClosingText> text) : ClosingFormPage
{
    public MentoringProcess Process { get; private set; } = null!;

    public ProcessRole Role { get; private set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public FormInput Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var process = await access.Visible().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null)
            return NotFound();
        if (access.Me(process) is null)
            return Redirect($"/Mentoring/{id}/Evaluations");
        await ShowAsync(process, ct);
        if (await EvaluationAccess.IndividualAsync(db, id, access.Me(process)!.ParticipantId, ct) is { } form)
        {
            Input = new FormInput { Experience = form.Experience, Satisfaction = form.Satisfaction, WhatChanged = form.WhatChanged };
            Version = form.Version;
            Saved = true;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] SubmitEvaluation.Handler submit, CancellationToken ct)
    {
        var process = await access.Visible().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null || access.Me(process) is null)
            return NotFound();
        return await SaveAsync(async () =>
        {
            await submit.HandleAsync(new SubmitEvaluation.Request(id, Input.Experience, Input.Satisfaction, Input.WhatChanged, Version), ct);
            return (text["Form.Saved"], $"/Mentoring/{id}");
        }, "Input", async () =>
        {
            db.ChangeTracker.Clear();
            await ShowAsync(await access.GetAsync(id, ct), ct);
        });
    }

    private Task ShowAsync(MentoringProcess process, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Process = process;
        Role = access.Me(process)!.Role;
        return Task.CompletedTask;
    }

    public sealed class FormInput
    {
        public string? Experience { get; set; }

        public int? Satisfaction { get; set; }

        public string? WhatChanged { get; set; }
    }
}
