using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/{id}/Meetings/{meetingId}: one meeting. A participant moves or cancels it while it
/// is scheduled (after a confirmation), and logs it once it happened.
/// </summary>
[Authorize]
public sealed class MeetingModel(AppDbContext db, ProcessAccess access, LocalTime local, IStringLocalizer<MentoringText> text) : PontePageModel
{
    public ProcessView Process { get; private set; } = null!;

    public MeetingView Meeting { get; private set; } = null!;

    public bool IsParticipant { get; private set; }

    public IReadOnlyDictionary<Guid, string> GoalNames { get; private set; } = new Dictionary<Guid, string>();

    [BindProperty]
    public MeetingsModel.MeetingInput Input { get; set; } = new();

    [BindProperty]
    public string? CancelReason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId, CancellationToken ct)
    {
        if (!await ShowAsync(id, meetingId, ct))
            return NotFound();
        Version = Meeting.Version;
        Input = new MeetingsModel.MeetingInput
        {
            StartsAt = local.Input(Meeting.StartsAt), Minutes = Meeting.Minutes, Mode = Meeting.Mode, Place = Meeting.Place, Link = Meeting.Link,
        };
        return Page();
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, Guid meetingId, [FromServices] RescheduleMeeting.Handler reschedule, CancellationToken ct) =>
        RunAsync(id, meetingId, "Input", async () =>
        {
            var startsAt = local.Instant(Input.StartsAt, nameof(Domain.Mentoring.Meeting.StartsAt));
            var (_, changed) = await reschedule.HandleAsync(new RescheduleMeeting.Request(id, meetingId, startsAt, Input.Minutes, Input.Mode, Input.Place, Input.Link, Version), ct);
            return changed ? text["Meetings.Moved"] : text["Flash.Unchanged"];
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, Guid meetingId, [FromServices] CancelMeeting.Handler cancel, CancellationToken ct) =>
        RunAsync(id, meetingId, string.Empty, async () =>
        {
            await cancel.HandleAsync(new CancelMeeting.Request(id, meetingId, CancelReason, Version), ct);
            return text["Meetings.CancelledFlash"];
        }, ct);

    private async Task<IActionResult> RunAsync(Guid id, Guid meetingId, string prefix, Func<Task<string>> action, CancellationToken ct)
    {
        if (!await access.Visible().AnyAsync(p => p.Id == id, ct))
            return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                Flash(await action());
                return Redirect($"/Mentoring/{id}/Meetings/{meetingId}");
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), prefix))
            {
                // Shown beside the field, with what she typed.
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        db.ChangeTracker.Clear();
        return await ShowAsync(id, meetingId, ct) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(Guid id, Guid meetingId, CancellationToken ct)
    {
        var process = await access.Visible().FirstOrDefaultAsync(p => p.Id == id, ct);
        var meeting = process is null ? null : await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ProcessId == process.Id, ct);
        if (process is null || meeting is null)
            return false;
        Process = await ProcessViews.ViewAsync(db, process, access, T, ct);
        Meeting = (await MeetingViews.ViewAsync(db, process, [meeting], access, T, ct))[0];
        IsParticipant = access.Me(process) is not null;
        var plans = await db.SupportPlans.Where(p => p.ProcessId == process.Id).ToListAsync(ct);
        GoalNames = plans.SelectMany(p => p.Goals).ToDictionary(g => g.Id, g => g.What);
        return true;
    }
}
