using Ponte.Domain.Common;
using Ponte.Domain.Participants;

namespace Ponte.Domain.Training;

public enum TrainingKind
{
    Theory = 0,
    Practice = 1,
}

public sealed class Attendance
{
    private Attendance()
    {
    }

    public int Id { get; private set; }

    public Guid ParticipantId { get; private set; }

    public bool Attended { get; private set; }

    internal static Attendance For(Guid participantId, bool attended) => new() { ParticipantId = participantId, Attended = attended };

    internal void Set(bool attended) => Attended = attended;
}

/// <summary>A mentor training session of a programme, with its hours and who attended.</summary>
public sealed class TrainingSession : VersionedEntity, IOrganisationOwned
{
    private readonly List<Attendance> _attendance = [];

    private TrainingSession()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public DateTimeOffset StartsAt { get; private set; }

    public TrainingKind Kind { get; private set; }

    public decimal Hours { get; private set; }

    public string? Location { get; private set; }

    public string? Trainer { get; private set; }

    public IReadOnlyList<Attendance> Attendance => _attendance;

    public static TrainingSession Plan(Guid organisationId, Guid programmeId, string? title, DateTimeOffset startsAt, TrainingKind kind, decimal hours, string? location, string? trainer)
    {
        if (startsAt.UtcDateTime.Year is < 2000 or > 2100)
            throw new DomainValidationException(nameof(StartsAt), "DateOutOfRange", "Choose a date between the years 2000 and 2100.");
        if (hours <= 0)
            throw new DomainValidationException(nameof(Hours), "HoursPositive", "Hours must be more than 0.");
        return new TrainingSession
        {
            OrganisationId = organisationId,
            ProgrammeId = programmeId,
            Title = Guard.Required(title, nameof(Title), 200),
            StartsAt = startsAt,
            Kind = Guard.Defined(kind, nameof(Kind)),
            Hours = Guard.Hours(hours, nameof(Hours), 24),
            Location = Guard.Optional(location, nameof(Location), 200),
            Trainer = Guard.Optional(trainer, nameof(Trainer), 200),
        };
    }

    /// <summary>Whether the session has begun at <paramref name="now"/>: only then can anyone have attended it.</summary>
    public bool HasStarted(DateTimeOffset now) => StartsAt <= now;

    /// <summary>
    /// Records whether a mentor of this programme attended. Refused before the session starts,
    /// so hours are never counted for training that has not happened.
    /// </summary>
    public void RecordAttendance(Participant mentor, bool attended, DateTimeOffset now)
    {
        RequireStarted(now);
        if (mentor.Role != Profiles.ParticipantRole.Mentor)
            throw new DomainException("MentorsOnly", "Training attendance is recorded for mentors only.");
        if (mentor.ProgrammeId != ProgrammeId || mentor.OrganisationId != OrganisationId)
            throw new DomainException("ProgrammeMismatch", "The mentor is not in this session's programme.");

        var existing = _attendance.FirstOrDefault(a => a.ParticipantId == mentor.Id);
        if (existing is null)
            _attendance.Add(Training.Attendance.For(mentor.Id, attended));
        else
            existing.Set(attended);
    }

    /// <summary>Refuses anything about attendance before the session has started.</summary>
    public void RequireStarted(DateTimeOffset now)
    {
        if (!HasStarted(now))
            throw new DomainException("SessionNotStarted", "Attendance can be recorded once the session has started.");
    }

    public bool WasAttendedBy(Guid participantId) => _attendance.Any(a => a.ParticipantId == participantId && a.Attended);

    /// <summary>
    /// The hours a mentor has attended across sessions. With <paramref name="asOf"/>, a session
    /// that has not started by then never counts (attendance is refused on such sessions anyway).
    /// </summary>
    public static TrainingHours HoursAttended(IEnumerable<TrainingSession> sessions, Guid participantId, DateTimeOffset? asOf = null)
    {
        decimal theory = 0, practice = 0;
        foreach (var s in sessions.Where(s => s.WasAttendedBy(participantId) && (asOf is null || s.HasStarted(asOf.Value))))
        {
            if (s.Kind == TrainingKind.Theory)
                theory += s.Hours;
            else
                practice += s.Hours;
        }

        return new TrainingHours(theory, practice);
    }
}
