using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;
using FollowUpEntity = Ponte.Domain.Mentoring.FollowUp;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/FollowUp/{id}: "what is your situation now?", answered by the mentee on a phone in her
/// language four weeks or six months after she left; a manager of her organisation reads the answer
/// here or records it for her (a phone call). Anyone else finds no such page.
/// </summary>
[Authorize]
public sealed class FollowUpModel(AppDbContext db, ProcessAccess access, IStringLocalizer<FollowUpText> text) : PontePageModel
{
    public FollowUpEntity FollowUp { get; private set; } = null!;

    public string Programme { get; private set; } = string.Empty;

    public string Person { get; private set; } = string.Empty;

    /// <summary>Whether the caller is the mentee asked; otherwise a manager.</summary>
    public bool Mine { get; private set; }

    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await ShowAsync(id, ct);
        Input = new AnswerInput { Situation = FollowUp.Situation, Qualification = FollowUp.Qualification, LanguageLevel = FollowUp.LanguageLevel, Version = FollowUp.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] AnswerFollowUp.Handler answer, CancellationToken ct)
    {
        await ShowAsync(id, ct);
        if (ModelState.IsValid)
        {
            try
            {
                await answer.HandleAsync(new AnswerFollowUp.Request(id, null, Input.Situation, Input.Qualification, Input.LanguageLevel, Input.Version), ct);
                Flash(Mine ? text["Flash.Thanks"] : text["Flash.Recorded"]);
                return Redirect(Mine ? FollowUpLinks.Form(id) : $"/Mentoring/{FollowUp.ProcessId}#follow-ups");
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), "Input"))
            {
                // Shown beside the field, with what she chose.
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        return Page();
    }

    private async Task ShowAsync(Guid id, CancellationToken ct)
    {
        (FollowUp, var process) = await FollowUpAccess.LoadAsync(db, access, id, ct);
        Mine = access.Me(process)?.ParticipantId == FollowUp.ParticipantId;
        Programme = await db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        Person = await db.Participants.Where(p => p.Id == FollowUp.ParticipantId).Select(p => p.Profile.FullName).SingleAsync(ct);
    }

    public sealed class AnswerInput
    {
        public LabourMarketSituation? Situation { get; set; }

        public string? Qualification { get; set; }

        public CefrLevel? LanguageLevel { get; set; }

        public Guid? Version { get; set; }
    }
}
