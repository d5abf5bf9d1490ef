using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Data.Jobs;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Every hour: each participant of an active process is asked the check-in of the round due at her
/// programme's rhythm, and the fit check once the process's first meeting is logged; an unanswered
/// one is reminded once, then counts as silence; a quiet pair is nudged (the mentor at 10 days, both
/// at 21) and at 90 days the managers are asked to close or pause it; each mentee is asked to take the
/// SMILE self-assessment again at her programme's interval. One item per question, reminder and nudge,
/// so each goes out once however many sites run the job.
/// </summary>
public sealed class CheckInsJob(AppDbContext db, CheckInMessages messages) : IJob
{
    public static string Name => "check-ins";

    private const string Ask = "ask";
    private const string Fit = "fit";
    private const string Remind = "remind";
    private const string Silent = "silent";
    private const string Nudge = "nudge";
    private const string Smile = "smile";

    /// <summary>The fit check is asked while the process's first logged meeting is at most this old.</summary>
    public static readonly TimeSpan FitCheckWindow = TimeSpan.FromDays(28);

    public DateTimeOffset NextRun(DateTimeOffset after) =>
        new DateTimeOffset(after.Year, after.Month, after.Day, after.Hour, 0, 0, after.Offset).AddHours(1);

    public async Task<IReadOnlyList<DueItem>> FindDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = new List<DueItem>();
        var active = await db.MentoringProcesses.AsNoTracking().Where(p => p.Status == ProcessStatus.Active).ToListAsync(ct);
        var ids = active.Select(p => p.Id).ToList();
        var programmes = await db.Programmes.AsNoTracking().Select(p => new { p.Id, p.CheckInRhythm, p.SelfAssessmentIntervalWeeks }).ToDictionaryAsync(p => p.Id, ct);
        var asked = (await db.CheckIns.AsNoTracking().Where(c => ids.Contains(c.ProcessId))
                .Select(c => new { c.ProcessId, c.ParticipantId, c.Kind, c.Round }).ToListAsync(ct))
            .Select(c => (c.ProcessId, c.ParticipantId, c.Kind, c.Round)).ToHashSet();
        var held = await HeldAsync(db, ids, ct);
        var smile = await SelfAssessmentFactsAsync(db, active.SelectMany(p => p.MenteeIds).Distinct().ToList(), ct);

        foreach (var process in active)
        {
            if (ProcessMoments.ActiveSince(process) is not { } since)
                continue;
            var programme = programmes[process.ProgrammeId];
            var round = CheckInSchedule.LatestRoundDue(since, programme.CheckInRhythm, now);
            var meetings = held.TryGetValue(process.Id, out var h) ? h : ((DateTimeOffset First, DateTimeOffset Last)?)null;
            // The fit check follows a first meeting; a process whose first meeting is long past is not asked late.
            var fitDue = meetings is { } m && m.First >= now - FitCheckWindow;
            foreach (var participant in process.ParticipantIds)
            {
                if (round > 0 && !asked.Contains((process.Id, participant, CheckInKind.Periodic, round)))
                    due.Add(new(Key(Ask, process.Id, participant, round), process.OrganisationId, "Check-in"));
                if (fitDue && !asked.Contains((process.Id, participant, CheckInKind.FitCheck, 0)))
                    due.Add(new(Key(Fit, process.Id, participant), process.OrganisationId, "Fit check"));
            }

            foreach (var mentee in process.MenteeIds)
            {
                var facts = smile.For(process.Id, mentee);
                if (SelfAssessmentSchedule.IsDue(since, facts.LatestScreening, facts.LastAsked, programme.SelfAssessmentIntervalWeeks, now))
                    due.Add(new(Key(Smile, process.Id, mentee, facts.Asked + 1), process.OrganisationId, "Self-assessment"));
            }

            // Only the furthest nudge of a quiet spell: a site that starts on old data does not send all three at once.
            if (ProcessMoments.QuietSince(process, meetings?.Last) is { } quiet && QuietNudges.Due(quiet, now) is [.., var nudge])
                due.Add(new(Key(Nudge, process.Id, (int)nudge, quiet.UtcTicks), process.OrganisationId, "Quiet process"));
        }

        var open = await db.CheckIns.AsNoTracking().Where(c => c.State == CheckInState.Sent).ToListAsync(ct);
        due.AddRange(open.Where(c => c.ReminderDue(now)).Select(c => new DueItem(Key(Remind, c.Id), c.OrganisationId, "Check-in reminder")));
        due.AddRange(open.Where(c => c.SilenceDue(now)).Select(c => new DueItem(Key(Silent, c.Id), c.OrganisationId, "Check-in unanswered")));
        return due;
    }

    public async Task HandleAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        var parts = key.Split(':');
        switch (parts[0])
        {
            case Ask or Fit:
                await AskAsync(parts, now, ct);
                break;
            case Remind:
                var reminded = await db.CheckIns.SingleOrDefaultAsync(c => c.Id == Guid.Parse(parts[1]), ct);
                if (reminded is not null && reminded.Remind(now))
                    await messages.AskAsync(db, reminded, reminder: true, ct);
                break;
            case Silent:
                var silent = await db.CheckIns.SingleOrDefaultAsync(c => c.Id == Guid.Parse(parts[1]), ct);
                silent?.FallSilent(now);
                break;
            case Nudge:
                await NudgeAsync(parts, now, ct);
                break;
            case Smile:
                await AskSelfAssessmentAsync(parts, now, ct);
                break;
        }
    }

    /// <summary>When each process's first and last logged meetings were held.</summary>
    public static async Task<Dictionary<Guid, (DateTimeOffset First, DateTimeOffset Last)>> HeldAsync(AppDbContext db, IReadOnlyCollection<Guid> processIds, CancellationToken ct) =>
        (await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Logged && m.HeldAt != null && processIds.Contains(m.ProcessId))
            .Select(m => new { m.ProcessId, HeldAt = m.HeldAt!.Value }).ToListAsync(ct))
        .GroupBy(m => m.ProcessId)
        .ToDictionary(g => g.Key, g => (g.Min(m => m.HeldAt), g.Max(m => m.HeldAt)));

    private async Task AskAsync(string[] parts, DateTimeOffset now, CancellationToken ct)
    {
        var fit = parts[0] == Fit;
        var processId = Guid.Parse(parts[1]);
        var participantId = Guid.Parse(parts[2]);
        var round = fit ? 0 : int.Parse(parts[3], CultureInfo.InvariantCulture);
        var process = await db.MentoringProcesses.SingleOrDefaultAsync(p => p.Id == processId, ct);
        // Paused, closed or left since it was found: nobody is asked.
        if (process is not { Status: ProcessStatus.Active } || !process.ParticipantIds.Contains(participantId))
            return;
        var kind = fit ? CheckInKind.FitCheck : CheckInKind.Periodic;
        if (await db.CheckIns.AnyAsync(c => c.ProcessId == processId && c.ParticipantId == participantId && c.Kind == kind && c.Round == round, ct))
            return;
        var checkIn = CheckIn.Ask(process, participantId, kind, round, now);
        db.CheckIns.Add(checkIn);
        await messages.AskAsync(db, checkIn, reminder: false, ct);
    }

    /// <summary>Her latest screening (any mode) and her self-assessment requests, as the due rule reads them.</summary>
    public sealed record SelfAssessmentFacts(
        IReadOnlyDictionary<Guid, DateTimeOffset> LatestScreening,
        IReadOnlyList<(Guid ProcessId, Guid ParticipantId, DateTimeOffset SentAt)> Requests)
    {
        public (DateTimeOffset? LatestScreening, DateTimeOffset? LastAsked, int Asked) For(Guid processId, Guid menteeId)
        {
            var hers = Requests.Where(r => r.ParticipantId == menteeId).ToList();
            return (LatestScreening.TryGetValue(menteeId, out var latest) ? latest : null,
                hers.Count == 0 ? null : hers.Max(r => r.SentAt),
                hers.Count(r => r.ProcessId == processId));
        }
    }

    // Grouped here, not in SQL: SQLite cannot take the largest of date-and-time-with-offset values.
    public static async Task<SelfAssessmentFacts> SelfAssessmentFactsAsync(AppDbContext db, IReadOnlyCollection<Guid> menteeIds, CancellationToken ct)
    {
        var screenings = (await db.Assessments.AsNoTracking().Where(a => menteeIds.Contains(a.ParticipantId))
                .Select(a => new { a.ParticipantId, a.TakenAt }).ToListAsync(ct))
            .GroupBy(a => a.ParticipantId).ToDictionary(g => g.Key, g => g.Max(a => a.TakenAt));
        var requests = (await db.CheckIns.AsNoTracking().Where(c => c.Kind == CheckInKind.SelfAssessment && menteeIds.Contains(c.ParticipantId))
                .Select(c => new { c.ProcessId, c.ParticipantId, c.SentAt }).ToListAsync(ct))
            .Select(c => (c.ProcessId, c.ParticipantId, c.SentAt)).ToList();
        return new SelfAssessmentFacts(screenings, requests);
    }

    private async Task AskSelfAssessmentAsync(string[] parts, DateTimeOffset now, CancellationToken ct)
    {
        var processId = Guid.Parse(parts[1]);
        var menteeId = Guid.Parse(parts[2]);
        var round = int.Parse(parts[3], CultureInfo.InvariantCulture);
        var process = await db.MentoringProcesses.SingleOrDefaultAsync(p => p.Id == processId, ct);
        if (process is not { Status: ProcessStatus.Active } || !process.MenteeIds.Contains(menteeId) || ProcessMoments.ActiveSince(process) is not { } since)
            return;
        // Looked at again: a screening recorded, or a request sent, since it was found makes it not due.
        var facts = (await SelfAssessmentFactsAsync(db, [menteeId], ct)).For(processId, menteeId);
        var weeks = await db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.SelfAssessmentIntervalWeeks).SingleAsync(ct);
        if (facts.Asked + 1 != round || !SelfAssessmentSchedule.IsDue(since, facts.LatestScreening, facts.LastAsked, weeks, now))
            return;
        var request = CheckIn.Ask(process, menteeId, CheckInKind.SelfAssessment, round, now);
        db.CheckIns.Add(request);
        await messages.AskAsync(db, request, reminder: false, ct);
    }

    private async Task NudgeAsync(string[] parts, DateTimeOffset now, CancellationToken ct)
    {
        var process = await db.MentoringProcesses.SingleOrDefaultAsync(p => p.Id == Guid.Parse(parts[1]), ct);
        if (process is not { Status: ProcessStatus.Active })
            return;
        var nudge = (QuietNudge)int.Parse(parts[2], CultureInfo.InvariantCulture);
        var last = (await HeldAsync(db, [process.Id], ct)).TryGetValue(process.Id, out var held) ? held.Last : (DateTimeOffset?)null;
        // A meeting logged since it was found ended that quiet spell.
        if (ProcessMoments.QuietSince(process, last) is not { } quiet || quiet.UtcTicks.ToString(CultureInfo.InvariantCulture) != parts[3] || !QuietNudges.Due(quiet, now).Contains(nudge))
            return;
        switch (nudge)
        {
            case QuietNudge.Mentor:
                await messages.NudgeAsync(db, process, (int)nudge, [process.MentorId], ct);
                break;
            case QuietNudge.Both:
                await messages.NudgeAsync(db, process, (int)nudge, process.ParticipantIds.ToList(), ct);
                break;
            case QuietNudge.Manager:
                await messages.AlertManagersAsync(db, process, "Attention.LongQuiet", ct, (int)nudge);
                break;
        }
    }

    private static string Key(string kind, params object[] parts) =>
        string.Join(':', [kind, .. parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))]);
}
