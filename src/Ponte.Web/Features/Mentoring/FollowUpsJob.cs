using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Data.Jobs;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Every hour: each mentee of a closed process is asked "what is your situation now?" 28 days and
/// 182 days after the local date (her organisation's zone) her process closed — only the latest
/// due, never after 213 days — even when she has started a new process since. An unanswered one is
/// reminded once a week later, then counts as silence a week after that. One item per question and
/// reminder, so each goes out once however many sites run the job.
/// </summary>
public sealed class FollowUpsJob(AppDbContext db, FollowUpMessages messages) : IJob
{
    public static string Name => "follow-ups";

    private const string Ask = "ask";
    private const string Remind = "remind";
    private const string Silent = "silent";

    public DateTimeOffset NextRun(DateTimeOffset after) =>
        new DateTimeOffset(after.Year, after.Month, after.Day, after.Hour, 0, 0, after.Offset).AddHours(1);

    public async Task<IReadOnlyList<DueItem>> FindDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        // A day either side of the window for the zones; the local dates decide.
        var since = now - TimeSpan.FromDays(FollowUpSchedule.LastDay + 2);
        var until = now - TimeSpan.FromDays(FollowUpSchedule.FourWeeksDays - 2);
        var closed = await ClosedAsync(db, p => p.Closure!.ClosedAt >= since && p.Closure!.ClosedAt <= until, ct);
        var ids = closed.Select(p => p.Id).ToList();
        var asked = (await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.ProcessId))
                .Select(f => new { f.ProcessId, f.ParticipantId, f.Kind }).ToListAsync(ct))
            .Select(f => (f.ProcessId, f.ParticipantId, f.Kind)).ToHashSet();
        var zones = await ZonesAsync(db, ct);

        var due = new List<DueItem>();
        foreach (var process in closed)
        {
            var zone = zones.TryGetValue(process.OrganisationId, out var z) ? z : TimeZoneInfo.Utc;
            if (FollowUpSchedule.Due(LeftOn(process.ClosedAt, zone), Today(now, zone)) is not { } kind)
                continue;
            foreach (var mentee in process.MenteeIds.Where(m => !asked.Contains((process.Id, m, kind))))
                due.Add(new(Key(Ask, process.Id, mentee, (int)kind), process.OrganisationId, "Follow-up"));
        }

        var open = await db.FollowUps.AsNoTracking().Where(f => f.State == FollowUpState.Sent).ToListAsync(ct);
        due.AddRange(open.Where(f => f.ReminderDue(now)).Select(f => new DueItem(Key(Remind, f.Id), f.OrganisationId, "Follow-up reminder")));
        due.AddRange(open.Where(f => f.SilenceDue(now)).Select(f => new DueItem(Key(Silent, f.Id), f.OrganisationId, "Follow-up unanswered")));
        return due;
    }

    public async Task HandleAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        var parts = key.Split(':');
        switch (parts[0])
        {
            case Ask:
                await AskAsync(parts, now, ct);
                break;
            case Remind:
                var reminded = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == Guid.Parse(parts[1]), ct);
                if (reminded is not null && reminded.Remind(now))
                    await messages.AskAsync(db, reminded, reminder: true, ct);
                break;
            case Silent:
                var silent = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == Guid.Parse(parts[1]), ct);
                silent?.FallSilent(now);
                break;
        }
    }

    /// <summary>The local date an instant falls on in <paramref name="zone"/>: the day she left, the day it is.</summary>
    public static DateOnly LeftOn(DateTimeOffset closedAt, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closedAt, zone).DateTime);

    private static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => LeftOn(now, zone);

    /// <summary>Each organisation's zone, as its people read dates.</summary>
    public static async Task<Dictionary<Guid, TimeZoneInfo>> ZonesAsync(AppDbContext db, CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.TimeZone }).ToListAsync(ct))
        .ToDictionary(o => o.Id, o => LocalTime.Resolve(o.TimeZone));

    public sealed record ClosedProcess(Guid Id, Guid OrganisationId, DateTimeOffset ClosedAt, IReadOnlyList<Guid> MenteeIds);

    /// <summary>Closed processes with when they closed and their mentees, without loading the rest of each.</summary>
    public static async Task<List<ClosedProcess>> ClosedAsync(AppDbContext db, System.Linq.Expressions.Expression<Func<MentoringProcess, bool>> filter, CancellationToken ct) =>
        (await db.MentoringProcesses.AsNoTracking()
            .Where(p => p.Status == ProcessStatus.Closed && p.Closure != null)
            .Where(filter)
            .Select(p => new
            {
                p.Id,
                p.OrganisationId,
                p.Closure!.ClosedAt,
                Mentees = EF.Property<List<ProcessMember>>(p, "_members").Where(m => m.Role == ProcessRole.Mentee).Select(m => m.ParticipantId).ToList(),
            }).ToListAsync(ct))
        .Select(p => new ClosedProcess(p.Id, p.OrganisationId, p.ClosedAt, p.Mentees)).ToList();

    private async Task AskAsync(string[] parts, DateTimeOffset now, CancellationToken ct)
    {
        var processId = Guid.Parse(parts[1]);
        var menteeId = Guid.Parse(parts[2]);
        var kind = (FollowUpKind)int.Parse(parts[3], CultureInfo.InvariantCulture);
        var process = await db.MentoringProcesses.AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId, ct);
        if (process is not { IsClosed: true, Closure: { } closure } || !process.MenteeIds.Contains(menteeId))
            return;
        var zone = (await ZonesAsync(db, ct)).GetValueOrDefault(process.OrganisationId, TimeZoneInfo.Utc);
        var leftOn = LeftOn(closure.ClosedAt, zone);
        // Looked at again: a follow-up sent since it was found, or a window passed, makes it not due.
        if (FollowUpSchedule.Due(leftOn, Today(now, zone)) != kind
            || await db.FollowUps.AnyAsync(f => f.ProcessId == processId && f.ParticipantId == menteeId && f.Kind == kind, ct))
            return;
        var followUp = FollowUp.Ask(process, menteeId, kind, leftOn, now);
        db.FollowUps.Add(followUp);
        await messages.AskAsync(db, followUp, reminder: false, ct);
    }

    private static string Key(string kind, params object[] parts) =>
        string.Join(':', [kind, .. parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))]);
}
