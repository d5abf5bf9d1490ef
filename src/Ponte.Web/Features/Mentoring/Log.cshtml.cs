using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/{id}/Meetings/Log/{meetingId?}: a participant writes down a meeting that happened —
/// a scheduled one, or one never scheduled — in under a minute on a phone: when, how long, how,
/// the topics and goals, shared notes, her private note, next steps, and in a group who came.
/// </summary>
[Authorize]
public sealed class LogModel(AppDbContext db, ProcessAccess access, TimeProvider clock, LocalTime local, IStringLocalizer<MentoringText> text) : PontePageModel
{
    public ProcessView Process { get; private set; } = null!;

    public Meeting? Scheduled { get; private set; }

    public IReadOnlyList<(Guid Id, string What)> Goals { get; private set; } = [];

    /// <summary>Whether the programme lets its managers read private notes (the hint says who reads hers).</summary>
    public bool ManagersRead { get; private set; }

    [BindProperty]
    public LogInput Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? meetingId, CancellationToken ct)
    {
        if (await ShowAsync(id, meetingId, ct) is { } refused)
            return refused;
        var start = Scheduled?.StartsAt ?? clock.GetUtcNow().AddHours(-1);
        Input = new LogInput
        {
            HeldAt = local.Input(start),
            Minutes = Scheduled?.Minutes ?? 60,
            Mode = Scheduled?.Mode ?? MeetingMode.InPerson,
            Came = Process.Members.Where(m => m.Role == ProcessRole.Mentee).Select(m => m.ParticipantId).ToList(),
        };
        Version = Scheduled?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? meetingId, [FromServices] LogMeeting.Handler log, CancellationToken ct)
    {
        if (await ShowAsync(id, meetingId, ct) is { } refused)
            return refused;
        if (ModelState.IsValid)
        {
            try
            {
                var heldAt = local.Instant(Input.HeldAt, nameof(HeldMeeting.HeldAt));
                var mentees = Process.Members.Where(m => m.Role == ProcessRole.Mentee).Select(m => m.ParticipantId).ToList();
                var attendance = mentees.Count > 1 ? mentees.Select(m => new LogMeeting.Attendance(m, Input.Came.Contains(m))).ToList() : null;
                var topics = Input.Topics.Aggregate(MeetingTopic.None, (all, t) => all | t);
                var meeting = await log.HandleAsync(new LogMeeting.Request(
                    id, meetingId, heldAt, Input.Minutes, Input.Mode, topics, Input.GoalIds, Input.SharedNotes, Input.PrivateNote, Input.NextSteps,
                    attendance, Version), ct);
                Flash(text["Meetings.LoggedFlash"]);
                return Redirect($"/Mentoring/{id}/Meetings/{meeting.Id}");
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), "Input"))
            {
                // Shown beside the field, with what she typed.
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        return Page();
    }

    private async Task<IActionResult?> ShowAsync(Guid id, Guid? meetingId, CancellationToken ct)
    {
        var process = await access.Visible().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null)
            return NotFound();
        if (meetingId is { } mid)
        {
            Scheduled = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mid && m.ProcessId == process.Id, ct);
            if (Scheduled is null)
                return NotFound();
        }

        if (access.Me(process) is null)
            return Forbid();
        Process = await ProcessViews.ViewAsync(db, process, access, T, ct);
        ManagersRead = await db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.ManagersReadPrivateNotes).SingleAsync(ct);
        var plans = await db.SupportPlans.AsNoTracking().Where(p => p.ProcessId == process.Id).ToListAsync(ct);
        Goals = [.. plans.SelectMany(p => p.Goals).Where(g => !g.IsClosed).Select(g => (g.Id, g.What))];
        return null;
    }

    public sealed class LogInput
    {
        public string? HeldAt { get; set; }

        public int? Minutes { get; set; }

        public MeetingMode? Mode { get; set; }

        public List<MeetingTopic> Topics { get; set; } = [];

        public List<Guid> GoalIds { get; set; } = [];

        public string? SharedNotes { get; set; }

        public string? PrivateNote { get; set; }

        public string? NextSteps { get; set; }

        /// <summary>In a group: the mentees who came.</summary>
        public List<Guid> Came { get; set; } = [];
    }
}
