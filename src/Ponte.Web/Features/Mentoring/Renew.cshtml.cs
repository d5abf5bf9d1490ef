using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentoring;

/// <summary>/Mentoring/{id}/Renew/{menteeId}: a manager chooses a mentee's unmet goals of a closed process and who continues with her.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class RenewModel(AppDbContext db, ProcessAccess access, IStringLocalizer<ClosingText> text) : ClosingFormPage
{
    public MentoringProcess Process { get; private set; } = null!;

    public string MenteeName { get; private set; } = string.Empty;

    /// <summary>Her goals not achieved: not started, in progress or dropped.</summary>
    public IReadOnlyList<PlanGoal> Unmet { get; private set; } = [];

    [BindProperty]
    public List<Guid> GoalIds { get; set; } = [];

    [BindProperty]
    public RenewalMentor? Mentor { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid menteeId, CancellationToken ct)
    {
        if (!await ShowAsync(id, menteeId, ct))
            return NotFound();
        GoalIds = [.. Unmet.Select(g => g.Id)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid menteeId, [FromServices] RenewProcess.Handler renew, CancellationToken ct)
    {
        if (!await ShowAsync(id, menteeId, ct))
            return NotFound();
        return await SaveAsync(async () =>
        {
            var renewal = await renew.HandleAsync(new RenewProcess.Request(id, menteeId, GoalIds, Mentor), ct);
            return (text["Renew.Done"], $"/Mentoring/{renewal.ToProcessId ?? id}");
        }, string.Empty);
    }

    private async Task<bool> ShowAsync(Guid id, Guid menteeId, CancellationToken ct)
    {
        var process = await access.Visible().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null || !process.MenteeIds.Contains(menteeId))
            return false;
        Process = process;
        MenteeName = await db.Participants.Where(p => p.Id == menteeId).Select(p => p.Profile.FullName).SingleAsync(ct);
        var plan = await db.SupportPlans.AsNoTracking().SingleOrDefaultAsync(p => p.ProcessId == id && p.MenteeId == menteeId, ct);
        Unmet = plan?.Goals.Where(g => g.Status != GoalStatus.Achieved).ToList() ?? [];
        return true;
    }
}
