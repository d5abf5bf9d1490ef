using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Screening;

/// <summary>
/// The manager sets a mentee's target group with one of her screenings as evidence. The form
/// sits on the participant page; this page handles it and shows it again with any mistake.
/// </summary>
[Authorize(Policy = Policies.Manager)]
public sealed class TargetGroupModel(AppDbContext db, CurrentUser me, IStringLocalizer<ScreeningText> text) : PontePageModel
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

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] SetTargetGroup.Handler setTargetGroup, CancellationToken ct)
    {
        var (participant, programme, views) = await LoadAsync(id, ct);
        ModelState.Clear();

        // Reading the form is this page's; what the choice must be is the handler's (shared with the API).
        var group = Forms.ParseEnum<TargetGroup>(Input.TargetGroup);
        if (group is null && !string.IsNullOrWhiteSpace(Input.TargetGroup))
            ModelState.AddModelError("Input.TargetGroup", T["Error.Invalid"]);

        // Whatever is not an id names none of her screenings: the handler refuses it as evidence.
        var evidence = Guid.TryParse(Input.AssessmentId, out var assessmentId) ? assessmentId : Guid.Empty;
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await setTargetGroup.HandleAsync(new SetTargetGroup.Request(id, Input.Version, group, evidence), ct);
                Flash(text["TargetGroup.Saved", T.Enum(saved.TargetGroup!.Value)]);
                return Redirect($"/Participants/{id}");
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T)))
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
            throw new NotFoundException();
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
