using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Training;
using Ponte.Data;

namespace Ponte.Web.Features.Shared;

/// <summary>Where a mentor stands against the programme's rule for matching, as of one moment.</summary>
public sealed record ReadinessSnapshot(
    Participant Mentor,
    Programme Programme,
    TrainingHours Attended,
    IReadOnlyList<string> Gaps,
    IReadOnlyList<TrainingSession> Sessions,
    IReadOnlyList<ProgrammeEvent> Events)
{
    public bool Ready => Gaps.Count == 0;
}

/// <summary>
/// Loads what the readiness rule needs (the programme, and the training sessions and mentor
/// training events a mentor attended: both count as training hours) and re-evaluates mentors
/// after a safety check or an attendance change. The rule itself lives in
/// <see cref="Participant.ReadinessGaps"/>; this only gathers its inputs. Mentor readiness,
/// training attendance and event attendance use it.
/// </summary>
public static class MentorReadiness
{
    /// <summary>The statuses of mentors who take part in training (and so appear on attendance lists).</summary>
    public static readonly ParticipantStatus[] TrainingStatuses =
        [ParticipantStatus.Accepted, ParticipantStatus.InTraining, ParticipantStatus.ReadyToMatch, ParticipantStatus.Matched];

    /// <summary>
    /// The mentor's readiness now. <paramref name="changed"/> is a session whose attendance was
    /// just edited and not yet saved: its in-memory state counts instead of the stored one.
    /// </summary>
    public static async Task<ReadinessSnapshot> LoadAsync(AppDbContext db, Participant mentor, DateTimeOffset now, CancellationToken ct, TrainingSession? changed = null)
    {
        var programme = await db.Programmes.SingleAsync(p => p.Id == mentor.ProgrammeId, ct);
        var mentorId = mentor.Id;
        var sessions = await db.TrainingSessions
            .Where(s => s.ProgrammeId == mentor.ProgrammeId
                && EF.Property<List<Attendance>>(s, "_attendance").Any(a => a.ParticipantId == mentorId && a.Attended))
            .ToListAsync(ct);
        if (changed is not null)
            sessions = [.. sessions.Where(s => s.Id != changed.Id), changed];
        var events = await AttendedEventsAsync(db, mentor.ProgrammeId, mentorId, now, ct);

        var counted = sessions.Where(s => s.HasStarted(now) && s.WasAttendedBy(mentorId)).OrderBy(s => s.StartsAt).ToList();
        var hours = Sum(TrainingSession.HoursAttended(counted, mentorId, now), ProgrammeEvent.HoursAttended(events, mentorId, now));
        return new ReadinessSnapshot(mentor, programme, hours, mentor.ReadinessGaps(programme, hours), counted, events);
    }

    /// <summary>Re-evaluates a mentor after a check or attendance change: she moves on (or back) by herself.</summary>
    public static async Task<ReadinessSnapshot> ReevaluateAsync(AppDbContext db, Participant mentor, Actor actor, DateTimeOffset now, CancellationToken ct, TrainingSession? changed = null)
    {
        var snapshot = await LoadAsync(db, mentor, now, ct, changed);
        mentor.UpdateReadiness(snapshot.Programme, snapshot.Attended, actor, now);
        return snapshot;
    }

    /// <summary>
    /// Re-evaluates every mentor whose attendance of <paramref name="changed"/> was just edited,
    /// reading the programme, its sessions and its mentor training events once.
    /// </summary>
    public static async Task ReevaluateAfterAttendanceAsync(AppDbContext db, TrainingSession changed, IEnumerable<Participant> mentors, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var programme = await db.Programmes.SingleAsync(p => p.Id == changed.ProgrammeId, ct);
        var others = await db.TrainingSessions.Where(s => s.ProgrammeId == changed.ProgrammeId && s.Id != changed.Id && s.StartsAt <= now).ToListAsync(ct);
        List<TrainingSession> sessions = [.. others, changed];
        var events = await StartedMentorTrainingAsync(db, changed.ProgrammeId, null, now, ct);
        foreach (var mentor in mentors)
            mentor.UpdateReadiness(programme, Sum(TrainingSession.HoursAttended(sessions, mentor.Id, now), ProgrammeEvent.HoursAttended(events, mentor.Id, now)), actor, now);
    }

    /// <summary>
    /// The same after the attendance of a programme event was edited (not yet saved): its
    /// in-memory state counts instead of the stored one. Only mentor training gives hours, so
    /// another kind of event changes nobody's readiness.
    /// </summary>
    public static async Task ReevaluateAfterEventAttendanceAsync(AppDbContext db, ProgrammeEvent changed, IEnumerable<Participant> mentors, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (changed.Kind != EventKind.MentorTraining)
            return;
        var programme = await db.Programmes.SingleAsync(p => p.Id == changed.ProgrammeId, ct);
        var sessions = await db.TrainingSessions.Where(s => s.ProgrammeId == changed.ProgrammeId && s.StartsAt <= now).ToListAsync(ct);
        var events = await StartedMentorTrainingAsync(db, changed.ProgrammeId, changed.Id, now, ct);
        events.Add(changed);
        foreach (var mentor in mentors.Where(m => m.Role == ParticipantRole.Mentor))
            mentor.UpdateReadiness(programme, Sum(TrainingSession.HoursAttended(sessions, mentor.Id, now), ProgrammeEvent.HoursAttended(events, mentor.Id, now)), actor, now);
    }

    /// <summary>The mentor training events of the programme she attended that have started, oldest first.</summary>
    private static async Task<List<ProgrammeEvent>> AttendedEventsAsync(AppDbContext db, Guid programmeId, Guid mentorId, DateTimeOffset now, CancellationToken ct)
    {
        var events = await db.ProgrammeEvents
            .Where(e => e.ProgrammeId == programmeId && e.Kind == EventKind.MentorTraining && e.Status != EventStatus.Cancelled && e.StartsAt <= now
                && EF.Property<List<EventInvitation>>(e, "_invitations").Any(i => i.ParticipantId == mentorId && i.Attended == true))
            .ToListAsync(ct);
        return [.. events.OrderBy(e => e.StartsAt)];
    }

    private static Task<List<ProgrammeEvent>> StartedMentorTrainingAsync(AppDbContext db, Guid programmeId, Guid? except, DateTimeOffset now, CancellationToken ct) =>
        db.ProgrammeEvents
            .Where(e => e.ProgrammeId == programmeId && e.Kind == EventKind.MentorTraining && e.Status != EventStatus.Cancelled && e.StartsAt <= now && e.Id != except)
            .ToListAsync(ct);

    private static TrainingHours Sum(TrainingHours sessions, TrainingHours events) =>
        new(sessions.Theory + events.Theory, sessions.Practice + events.Practice);

    /// <summary>Hours as people write them: "12", "1.5" (or "1,5").</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>How readiness and training pages mark a mentor's status (times: <see cref="Infrastructure.Localization.LocalTime"/>).</summary>
    public static string StatusClass(ParticipantStatus status) => status switch
    {
        ParticipantStatus.ReadyToMatch or ParticipantStatus.Matched => "ok",
        ParticipantStatus.Withdrawn => "bad",
        ParticipantStatus.Accepted or ParticipantStatus.InTraining => "warn",
        _ => string.Empty,
    };
}
