using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Features.Participants;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Persistence;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Screening;

/// <summary>
/// The manager sets a mentee's target group with one of her screenings as evidence. The form
/// sits on the participant page; this page handles it and shows it again with any mistake.
/// </summary>
[Authorize(Policy = Policies.Manager)]
public sealed class TargetGroupModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<ScreeningText> text) : PontePageModel
{
    [BindProperty]
    public TargetGroupInput Input { get; set; } = new();

    public Participant Participant { get; private set; } = null!;

    public TargetGroupForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (participant, programme, views) = await LoadAsync(id, ct);
        Form = TargetGroupForm.For(participant, programme, views);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var (participant, programme, views) = await LoadAsync(id, ct);
        ModelState.Clear();

        TargetGroup? group = null;
        if (string.IsNullOrWhiteSpace(Input.TargetGroup))
            ModelState.AddModelError("Input.TargetGroup", T["Error.Required"]);
        else if (Enum.TryParse<TargetGroup>(Input.TargetGroup, out var g) && Enum.IsDefined(g) && !int.TryParse(Input.TargetGroup, out _))
            group = g;
        else
            ModelState.AddModelError("Input.TargetGroup", T["Error.Invalid"]);

        var evidence = views.Count == 0 ? null : await Evidence.FindAsync(db, participant, Input.AssessmentId, ct);
        if (views.Count == 0)
            ModelState.AddModelError("Input.AssessmentId", T["Error.ScreeningRequired"]);
        else if (evidence is null)
            ModelState.AddModelError("Input.AssessmentId", text["Error.EvidenceNotFound"]);

        if (ModelState.IsValid && group is { } chosen && evidence is not null)
        {
            try
            {
                db.ExpectVersion(participant, Input.Version);
                participant.SetTargetGroup(chosen, evidence, programme, me.Actor, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                Flash(text["TargetGroup.Saved", T.Enum(chosen)]);
                return Redirect($"/Participants/{id}");
            }
            catch (Exception e) when (ModelState.TryAdd(e, T))
            {
                // Shown with the form, with what she chose; the rest of the page shows what is saved.
                db.ChangeTracker.Clear();
                (participant, programme, views) = await LoadAsync(id, ct);
            }
        }

        Form = TargetGroupForm.For(participant, programme, views, Input.TargetGroup, Input.AssessmentId, Input.Version);
        return Page();
    }

    private async Task<(Participant Participant, Programme Programme, IReadOnlyList<AssessmentView> Views)> LoadAsync(Guid id, CancellationToken ct)
    {
        var access = new ParticipantAccess(db, me);
        Participant = await access.GetAsync(id, ct);
        if (!access.MaySetTargetGroup(Participant))
            throw new Infrastructure.Errors.NotFoundException();
        var programme = await db.Programmes.FirstAsync(p => p.Id == Participant.ProgrammeId, ct);
        var assessments = await db.Assessments.Where(a => a.ParticipantId == id).ToListAsync(ct);
        return (Participant, programme, ScreeningViews.Views(assessments, Participant, access, await db.UserNamesAsync(assessments.Select(a => a.AssessedById), ct)));
    }

    public sealed class TargetGroupInput
    {
        public string? TargetGroup { get; set; }

        public string? AssessmentId { get; set; }

        public Guid? Version { get; set; }
    }
}

/// <summary>Shared by the page and the API: the screening named as evidence, if it is one of hers.</summary>
public static class Evidence
{
    public static async Task<Domain.Screening.Assessment?> FindAsync(AppDbContext db, Participant participant, string? assessmentId, CancellationToken ct) =>
        Guid.TryParse(assessmentId, out var id) ? await FindAsync(db, participant, id, ct) : null;

    /// <summary>The id is looked up among her own screenings (and, by the query filter, her organisation's): any other id is not evidence.</summary>
    public static Task<Domain.Screening.Assessment?> FindAsync(AppDbContext db, Participant participant, Guid? assessmentId, CancellationToken ct) =>
        assessmentId is { } id
            ? db.Assessments.FirstOrDefaultAsync(a => a.Id == id && a.ParticipantId == participant.Id && a.OrganisationId == participant.OrganisationId, ct)
            : Task.FromResult<Domain.Screening.Assessment?>(null);
}
