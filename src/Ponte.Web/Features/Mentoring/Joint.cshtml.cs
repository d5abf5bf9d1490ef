using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/{id}/Joint/{menteeId}: the joint final form of a mentee's plan — each goal achieved,
/// partly or not achieved, with the evidence. The mentee and her mentors fill it in; managers read it.
/// </summary>
[Authorize]
public sealed class JointModel(AppDbContext db, ProcessAccess access, IStringLocalizer<ClosingText> text) : ClosingFormPage
{
    public MentoringProcess Process { get; private set; } = null!;

    public string MenteeName { get; private set; } = string.Empty;

    public IReadOnlyList<PlanGoal> Goals { get; private set; } = [];

    public bool MayEdit { get; private set; }

    [BindProperty]
    public List<RatingInput> Ratings { get; set; } = [];

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid menteeId, CancellationToken ct)
    {
        if (!await ShowAsync(id, menteeId, ct))
            return NotFound();
        var form = await EvaluationAccess.JointAsync(db, id, menteeId, ct);
        Ratings = [.. Goals.Select(g => form?.Ratings.FirstOrDefault(r => r.GoalId == g.Id) is { } r
            ? new RatingInput { GoalId = g.Id, Achievement = r.Achievement, Evidence = r.Evidence }
            : new RatingInput { GoalId = g.Id })];
        Summary = form?.Summary;
        Version = form?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid menteeId, [FromServices] SubmitJointEvaluation.Handler submit, CancellationToken ct)
    {
        if (!await ShowAsync(id, menteeId, ct))
            return NotFound();
        return await SaveAsync(async () =>
        {
            await submit.HandleAsync(new SubmitJointEvaluation.Request(id, menteeId,
                Ratings.Select(r => new GoalRatingInput(r.GoalId, r.Achievement, r.Evidence)).ToList(), Summary, Version), ct);
            return (text["Joint.Saved"], $"/Mentoring/{id}");
        }, string.Empty);
    }

    private async Task<bool> ShowAsync(Guid id, Guid menteeId, CancellationToken ct)
    {
        var process = await access.Visible().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null || !EvaluationAccess.MayReadJoint(access, process, menteeId))
            return false;
        Process = process;
        MenteeName = await db.Participants.Where(p => p.Id == menteeId).Select(p => p.Profile.FullName).SingleAsync(ct);
        Goals = (await db.SupportPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ProcessId == id && p.MenteeId == menteeId, ct))?.Goals ?? [];
        MayEdit = process.Status == ProcessStatus.Closed && access.Me(process) is not null;
        return true;
    }

    public sealed class RatingInput
    {
        public Guid GoalId { get; set; }

        public GoalAchievement? Achievement { get; set; }

        public string? Evidence { get; set; }
    }
}
