using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Training;
using Ponte.Web.Features.Shared;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/Me: a mentor's or mentee's own page. Her processes with the next meeting and, once
/// active, how to reach the others; a mentor's training hours and coming sessions; when she can
/// meet and (a mentor) how many mentees she takes, which the next matching run uses.
/// </summary>
[Authorize(Roles = Roles.Mentor + "," + Roles.Mentee)]
public sealed class MeModel(AppDbContext db, ProcessAccess access, CurrentUser me, TimeProvider clock, IStringLocalizer<MentoringText> text) : PontePageModel
{
    public Participant Participant { get; private set; } = null!;

    public Programme Programme { get; private set; } = null!;

    public IReadOnlyList<MyProcess> Processes { get; private set; } = [];

    public TrainingHours? Hours { get; private set; }

    /// <summary>A mentee's SMILE progress and her latest self-assessment request.</summary>
    public SelfAssessmentTrend? SelfAssessment { get; private set; }

    public IReadOnlyList<TrainingSession> UpcomingSessions { get; private set; } = [];

    [BindProperty]
    public List<string> Slots { get; set; } = [];

    [BindProperty]
    public int? Capacity { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public static string Slot(DayOfWeek day, DayPart part) => $"{day}-{part}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ShowAsync(ct))
            return NotFound();
        Slots = [.. Participant.Profile.Availability.Slots().Select(s => Slot(s.Day, s.Part))];
        Capacity = Participant.IsMentor ? Participant.CapacityIn(Programme) : null;
        Version = Participant.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] UpdateAvailability.Handler update, CancellationToken ct)
    {
        var slots = new List<(DayOfWeek, DayPart)>();
        foreach (var value in Slots)
        {
            var parts = value.Split('-');
            if (parts.Length != 2 || !Enum.TryParse<DayOfWeek>(parts[0], out var day) || !Enum.TryParse<DayPart>(parts[1], out var part)
                || !Enum.IsDefined(day) || !Enum.IsDefined(part))
            {
                ModelState.AddModelError(nameof(Slots), T["Error.Invalid"]);
                break;
            }

            slots.Add((day, part));
        }

        if (ModelState.IsValid)
        {
            try
            {
                var changed = await update.HandleAsync(new UpdateAvailability.Request(WeeklyAvailability.Of(slots), Capacity, Version), ct);
                Flash(changed ? text["Me.Saved"] : text["Flash.Unchanged"]);
                return Redirect("/Mentoring/Me");
            }
            catch (Exception e) when (ModelState.TryAdd(e, new FirstFoundLocalizer(text, T), string.Empty))
            {
                // Shown beside the field.
            }
        }
        else
        {
            Forms.LocalizeBindingErrors(ModelState, T);
        }

        // Profile.Availability and MentorCapacity are the domain's field names; the form's are Slots and Capacity.
        Rename("Availability", nameof(Slots));
        Rename(nameof(Participant.MentorCapacity), nameof(Capacity));
        db.ChangeTracker.Clear();
        return await ShowAsync(ct) ? Page() : NotFound();
    }

    private void Rename(string from, string to)
    {
        if (ModelState.TryGetValue(from, out var entry))
        {
            foreach (var error in entry.Errors)
                ModelState.AddModelError(to, error.ErrorMessage);
            ModelState.Remove(from);
        }
    }

    private async Task<bool> ShowAsync(CancellationToken ct)
    {
        if (me.ParticipantId is not { } id)
            return false;
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == id && p.UserId == me.UserId, ct);
        if (participant is null)
            return false;
        Participant = participant;
        Programme = await db.Programmes.SingleAsync(p => p.Id == participant.ProgrammeId, ct);
        var now = clock.GetUtcNow();

        var processes = await access.Visible().OrderByDescending(p => p.StartedAt).ToListAsync(ct);
        var list = new List<MyProcess>();
        foreach (var process in processes)
        {
            var view = await ProcessViews.ViewAsync(db, process, access, T, ct);
            var next = await db.Meetings.Where(m => m.ProcessId == process.Id && m.Status == MeetingStatus.Scheduled && m.StartsAt >= now)
                .OrderBy(m => m.StartsAt).FirstOrDefaultAsync(ct);
            var waiting = await db.CheckIns.AsNoTracking()
                .Where(c => c.ProcessId == process.Id && c.ParticipantId == participant.Id && c.State == CheckInState.Sent && c.Kind != CheckInKind.SelfAssessment)
                .OrderBy(c => c.SentAt).ToListAsync(ct);
            // A follow-up after leaving waits while unanswered, silent ones too: a late answer still counts.
            var followUps = await db.FollowUps.AsNoTracking()
                .Where(f => f.ProcessId == process.Id && f.ParticipantId == participant.Id && f.State != FollowUpState.Answered)
                .OrderBy(f => f.SentAt).ToListAsync(ct);
            list.Add(new MyProcess(view, next, waiting, followUps));
        }

        Processes = list;
        if (!participant.IsMentor)
            SelfAssessment = await SelfAssessmentTrends.ReadAsync(db, new ParticipantAccess(db, me), participant.Id, ct);
        if (participant.IsMentor)
        {
            var snapshot = await MentorReadiness.LoadAsync(db, participant, now, ct);
            Hours = snapshot.Attended;
            UpcomingSessions = await db.TrainingSessions.Where(s => s.ProgrammeId == participant.ProgrammeId && s.StartsAt > now)
                .OrderBy(s => s.StartsAt).Take(5).ToListAsync(ct);
        }

        return true;
    }

    /// <param name="WaitingCheckIns">Her check-ins not yet answered, so one is found without its mail.</param>
    /// <param name="WaitingFollowUps">Her follow-ups after leaving not yet answered.</param>
    public sealed record MyProcess(ProcessView View, Meeting? NextMeeting, IReadOnlyList<CheckIn> WaitingCheckIns, IReadOnlyList<FollowUp> WaitingFollowUps);
}
