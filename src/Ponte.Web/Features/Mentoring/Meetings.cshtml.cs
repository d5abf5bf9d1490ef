using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/{id}/Meetings: the process's meetings (coming, then past) and, for its
/// participants while it is active, the form to schedule one. Times are typed and read in her zone.
/// </summary>
[Authorize]
public sealed class MeetingsModel(AppDbContext db, ProcessAccess access, TimeProvider clock, LocalTime local, IStringLocalizer<MentoringText> text) : PontePageModel
{
    public ProcessView Process { get; private set; } = null!;

    public IReadOnlyList<MeetingView> Meetings { get; private set; } = [];

    public bool MayAct { get; private set; }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct))
            return NotFound();
        Input = new MeetingInput { Minutes = 60, Mode = MeetingMode.InPerson };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] ScheduleMeeting.Handler schedule, CancellationToken ct)
    {
        if (!await access.Visible().AnyAsync(p => p.Id == id, ct))
            return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                var startsAt = local.Instant(Input.StartsAt, nameof(Meeting.StartsAt));
                var meeting = await schedule.HandleAsync(new ScheduleMeeting.Request(id, startsAt, Input.Minutes, Input.Mode, Input.Place, Input.Link), ct);
                Flash(text["Meetings.Scheduled"]);
                return Redirect($"/Mentoring/{id}/Meetings/{meeting.Id}");
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), "Input"))
            {
                // Shown beside the field.
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        db.ChangeTracker.Clear();
        await ShowAsync(id, ct);
        return Page();
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        var process = await access.Visible().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null)
            return false;
        Process = await ProcessViews.ViewAsync(db, process, access, T, ct);
        Meetings = await MeetingViews.ViewAsync(db, process, await MeetingViews.OfAsync(db, id, clock.GetUtcNow(), ct), access, T, ct);
        MayAct = access.Me(process) is not null && process.Status == ProcessStatus.Active;
        return true;
    }

    public sealed class MeetingInput
    {
        /// <summary>What a datetime-local input sends, in her zone.</summary>
        public string? StartsAt { get; set; }

        public int? Minutes { get; set; }

        public MeetingMode? Mode { get; set; }

        public string? Place { get; set; }

        public string? Link { get; set; }
    }
}
