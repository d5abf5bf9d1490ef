using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A meeting as the caller may read it: private notes only for their author (and managers where the programme allows it).</summary>
public sealed record MeetingView(
    Guid Id,
    Guid ProcessId,
    MeetingStatus Status,
    bool WasScheduled,
    DateTimeOffset StartsAt,
    int Minutes,
    MeetingMode Mode,
    string? Place,
    string? Link,
    string? CancelReason,
    DateTimeOffset? HeldAt,
    int? HeldMinutes,
    MeetingMode? HeldMode,
    IReadOnlyList<MeetingTopic> Topics,
    IReadOnlyList<Guid> GoalIds,
    string? SharedNotes,
    string? PrivateNote,
    string? NextSteps,
    string? LoggedBy,
    IReadOnlyList<AttendanceView> Attendance,
    int Sequence,
    Guid Version);

public sealed record AttendanceView(Guid MenteeId, string Name, bool? Attended);

public static class MeetingViews
{
    public static IReadOnlyList<MeetingTopic> Topics(MeetingTopic topics) =>
        [.. Enum.GetValues<MeetingTopic>().Where(t => t != MeetingTopic.None && topics.HasFlag(t))];

    public static async Task<IReadOnlyList<MeetingView>> ViewAsync(
        AppDbContext db, MentoringProcess process, IReadOnlyList<Meeting> meetings, ProcessAccess access, IStringLocalizer text, CancellationToken ct)
    {
        var ids = process.ParticipantIds.ToList();
        var names = await db.Participants.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.FullName, ct);
        var shares = await db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.ManagersReadPrivateNotes).SingleAsync(ct);
        var me = access.Me(process);
        var userId = me?.UserId;
        // A manager who is also in the process reads as a participant: never the other side's private note.
        var asManager = access.IsManager && me is null;
        return meetings.Select(m => new MeetingView(
            m.Id, m.ProcessId, m.Status, m.WasScheduled, m.StartsAt, m.Minutes, m.Mode, m.Place, m.Link, m.CancelReason,
            m.HeldAt, m.HeldMinutes, m.HeldMode, Topics(m.Topics), m.GoalIds,
            m.SharedNotesFor(process, userId, asManager),
            m.PrivateNoteFor(userId, asManager, shares),
            m.Status == MeetingStatus.Logged ? m.NextSteps : null,
            m.LoggedByParticipantId is { } by ? names.GetValueOrDefault(by) ?? text["Who.FormerAccount"] : null,
            m.Attendance.Select(a => new AttendanceView(a.ParticipantId, names.GetValueOrDefault(a.ParticipantId, string.Empty), a.Attended)).ToList(),
            m.Sequence, m.Version)).ToList();
    }

    /// <summary>The process's meetings: the coming ones first (soonest first), then the rest, newest first.</summary>
    public static async Task<IReadOnlyList<Meeting>> OfAsync(AppDbContext db, Guid processId, DateTimeOffset now, CancellationToken ct)
    {
        var all = await db.Meetings.Where(m => m.ProcessId == processId).ToListAsync(ct);
        return
        [
            .. all.Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= now).OrderBy(m => m.StartsAt),
            .. all.Where(m => !(m.Status == MeetingStatus.Scheduled && m.StartsAt >= now)).OrderByDescending(m => m.HeldAt ?? m.StartsAt),
        ];
    }
}
