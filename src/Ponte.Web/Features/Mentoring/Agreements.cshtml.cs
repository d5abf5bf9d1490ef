using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/Agreements/{programmeId}: the programme's commitment agreement, written per
/// language (goals, meeting rhythm, duration, roles, confidentiality, how to end early). Each
/// saved change is a new text version; drafted agreements keep theirs until a manager updates them.
/// </summary>
[Authorize(Policy = Policies.Manager)]
public sealed class AgreementsModel(AppDbContext db, IStringLocalizer<MentoringText> text) : PontePageModel
{
    public Programme Programme { get; private set; } = null!;

    public IReadOnlyList<AgreementTemplate> Templates { get; private set; } = [];

    /// <summary>The template being edited; null when the language has none yet.</summary>
    public AgreementTemplate? Current { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty]
    public SectionsInput Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct)
    {
        if (!await LoadAsync(programmeId, ct))
            return NotFound();
        if (Current is { } t)
        {
            Version = t.Version;
            Input = new SectionsInput
            {
                Goals = t.Sections.Goals, MeetingRhythm = t.Sections.MeetingRhythm, Duration = t.Sections.Duration,
                Roles = t.Sections.Roles, Confidentiality = t.Sections.Confidentiality, EndingEarly = t.Sections.EndingEarly,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid programmeId, [FromServices] SaveAgreementTemplate.Handler save, CancellationToken ct)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, ct))
            return NotFound();
        if (!WorldLists.IsLanguage(Language?.Trim().ToLowerInvariant()))
            ModelState.AddModelError(nameof(Language), text["Error.LanguageCode"]);
        if (ModelState.IsValid)
        {
            try
            {
                var (template, created) = await save.HandleAsync(new SaveAgreementTemplate.Request(
                    programmeId, Language, Input.Goals, Input.MeetingRhythm, Input.Duration, Input.Roles, Input.Confidentiality, Input.EndingEarly, Version), ct);
                Flash(created ? text["Templates.Created"] : text["Templates.Saved", template.TextVersion]);
                return Redirect($"/Mentoring/Agreements/{programmeId}?language={template.Language}");
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), "Input"))
            {
                // Shown below, beside the field.
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(programmeId, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid programmeId, CancellationToken ct)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, ct);
        if (programme is null)
            return false;
        Programme = programme;
        Templates = await db.AgreementTemplates.Where(t => t.ProgrammeId == programmeId).OrderBy(t => t.Language).ToListAsync(ct);
        Language = string.IsNullOrWhiteSpace(Language) ? Templates.FirstOrDefault()?.Language ?? "en" : Language.Trim().ToLowerInvariant();
        Current = Templates.FirstOrDefault(t => t.Language == Language);
        return true;
    }

    public sealed class SectionsInput
    {
        public string? Goals { get; set; }

        public string? MeetingRhythm { get; set; }

        public string? Duration { get; set; }

        public string? Roles { get; set; }

        public string? Confidentiality { get; set; }

        public string? EndingEarly { get; set; }
    }
}
