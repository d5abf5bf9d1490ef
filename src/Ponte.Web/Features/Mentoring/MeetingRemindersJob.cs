using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Data.Jobs;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Every quarter of an hour: each scheduled meeting that starts within a day gets its reminder to
/// everyone in the process, and each one not logged two days after its end asks its mentor to log
/// it. An item per meeting and start (a moved meeting is reminded again), so each goes out once
/// however many sites run the job.
/// </summary>
public sealed class MeetingRemindersJob(AppDbContext db, MeetingMessages messages) : IJob
{
    public static string Name => "meeting-reminders";

    private const string Reminder = "reminder";
    private const string LogRequest = "log";

    public DateTimeOffset NextRun(DateTimeOffset after)
    {
        var quarter = new DateTimeOffset(after.Year, after.Month, after.Day, after.Hour, after.Minute / 15 * 15, 0, after.Offset);
        return quarter.AddMinutes(15);
    }

    public async Task<IReadOnlyList<DueItem>> FindDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var soon = now + Meeting.ReminderLead;
        var lateEnd = now - Meeting.LogRequestDelay;
        var reminders = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Scheduled && m.ReminderSentAt == null && m.StartsAt > now && m.StartsAt <= soon)
            .Select(m => new { m.Id, m.OrganisationId, m.StartsAt }).ToListAsync(ct);
        // A meeting ends at its start plus its length; the query takes those started long enough ago and the domain decides.
        var unlogged = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Scheduled && m.LogRequestedAt == null && m.StartsAt <= lateEnd)
            .ToListAsync(ct);
        return
        [
            .. reminders.Select(m => new DueItem(Key(Reminder, m.Id, m.StartsAt), m.OrganisationId, "Meeting reminder")),
            .. unlogged.Where(m => m.LogRequestDue(now)).Select(m => new DueItem(Key(LogRequest, m.Id, m.StartsAt), m.OrganisationId, "Meeting not logged")),
        ];
    }

    public async Task HandleAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        var parts = key.Split(':');
        var kind = parts[0];
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == Guid.Parse(parts[1]), ct);
        // Moved, cancelled or logged since it was found: this item has nothing left to say.
        if (meeting is null || Key(kind, meeting.Id, meeting.StartsAt) != key)
            return;
        var process = await db.MentoringProcesses.SingleAsync(p => p.Id == meeting.ProcessId, ct);
        if (process.Status != ProcessStatus.Active)
            return; // paused: nobody is reminded of a meeting that will not happen as planned
        var context = await MeetingMessages.ContextAsync(db, process, ct);
        if (kind == Reminder && meeting.ReminderDue(now))
        {
            meeting.MarkReminderSent(now);
            await messages.TellAsync(db, process, meeting, context, "Meeting.Reminder", Actor.System.Name, withCalendar: false, ct);
        }
        else if (kind == LogRequest && meeting.LogRequestDue(now))
        {
            meeting.MarkLogRequested(now);
            await messages.TellAsync(db, process, meeting, context, "Meeting.LogRequest", Actor.System.Name, withCalendar: false, ct,
                only: [process.MentorId]);
        }
    }

    private static string Key(string kind, Guid meetingId, DateTimeOffset startsAt) =>
        $"{kind}:{meetingId}:{startsAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
}
