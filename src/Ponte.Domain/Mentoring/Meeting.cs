using System.Globalization;
using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

public enum MeetingMode
{
    InPerson = 0,
    Online = 1,
}

public enum MeetingStatus
{
    /// <summary>Planned: its invitation is out and it waits to happen.</summary>
    Scheduled = 0,

    Cancelled = 1,

    /// <summary>It happened and a participant wrote it down.</summary>
    Logged = 2,
}

/// <summary>What a meeting talked about: the blueprint's five topic areas, and anything else.</summary>
[Flags]
public enum MeetingTopic
{
    None = 0,
    LabourMarketOrientation = 1 << 0,
    HealthAndHabits = 1 << 1,
    ParentingAndFamily = 1 << 2,
    RightsAndObligations = 1 << 3,
    CityOrientation = 1 << 4,
    Other = 1 << 5,
}

/// <summary>The keys of the lines a meeting writes on its history.</summary>
public static class MeetingEvents
{
    public const string Scheduled = "MeetingScheduled";
    public const string Rescheduled = "MeetingRescheduled";
    public const string Cancelled = "MeetingCancelled";
    public const string Logged = "MeetingLogged";
}

/// <summary>
/// What a participant writes down about a meeting that happened: when it started (UTC) and how
/// long it took, how they met, the topics and the goals of the support plan they worked on, the
/// notes both sides see, her own private note and the next steps.
/// </summary>
public sealed record HeldMeeting(
    DateTimeOffset HeldAt,
    int Minutes,
    MeetingMode Mode,
    MeetingTopic Topics,
    IReadOnlyList<Guid> GoalIds,
    string? SharedNotes = null,
    string? PrivateNote = null,
    string? NextSteps = null);

/// <summary>Whether one mentee of the process came to a logged meeting; null until someone records it.</summary>
public sealed class MeetingAttendance
{
    private MeetingAttendance()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ParticipantId { get; private set; }

    public bool? Attended { get; private set; }

    internal static MeetingAttendance Of(Guid menteeId) => new() { ParticipantId = menteeId };

    internal void Record(bool attended) => Attended = attended;
}

/// <summary>
/// One meeting of a mentoring process: scheduled by one of its participants and sent as a
/// calendar invitation, moved or cancelled, and logged once it
/// happened; or logged afterwards without ever being scheduled. Its own root, so that meetings
/// are saved without touching the process. <see cref="Sequence"/> is the invitation's iCalendar
/// SEQUENCE: every change the participants must be told about raises it.
/// </summary>
public sealed class Meeting : VersionedEntity, IOrganisationOwned
{
    public const int PlaceMax = 300;
    public const int LinkMax = 500;
    public const int MinMinutes = 15;
    public const int MaxMinutes = 480;
    public const int MinHeldMinutes = 5;
    public const int MaxHeldMinutes = 600;
    public const int MaxGoals = 30;
    public const int SharedNotesMax = 4000;
    public const int PrivateNoteMax = 4000;
    public const int NextStepsMax = 2000;
    public const int CancelReasonMax = 500;
    public const int CalendarUidMax = 100;

    /// <summary>The longest detail a history line can have (a cancellation with its reason).</summary>
    public const int HistoryDetailMax = CancelReasonMax;

    /// <summary>How long before its start a meeting's reminder goes out.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(24);

    /// <summary>How long after its end a meeting nobody logged has its participants asked to log it.</summary>
    public static readonly TimeSpan LogRequestDelay = TimeSpan.FromHours(48);

    private const MeetingTopic AllTopics = MeetingTopic.LabourMarketOrientation | MeetingTopic.HealthAndHabits | MeetingTopic.ParentingAndFamily
        | MeetingTopic.RightsAndObligations | MeetingTopic.CityOrientation | MeetingTopic.Other;

    private readonly List<Guid> _goalIds = [];
    private readonly List<MeetingAttendance> _attendance = [];
    private readonly List<StatusChange> _history = [];

    private Meeting()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid ProcessId { get; private set; }

    public MeetingStatus Status { get; private set; }

    /// <summary>The invitation's UID: the same for every update and the cancellation, so calendars replace the event.</summary>
    public string CalendarUid { get; private set; } = string.Empty;

    /// <summary>0 when scheduled, one more on every change and on the cancellation.</summary>
    public int Sequence { get; private set; }

    /// <summary>False for a meeting logged after the fact: its start, length and mode are then those logged.</summary>
    public bool WasScheduled { get; private set; }

    /// <summary>UTC.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public int Minutes { get; private set; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);

    public MeetingMode Mode { get; private set; }

    /// <summary>Where they meet in person; null online.</summary>
    public string? Place { get; private set; }

    /// <summary>The absolute http(s) address of an online meeting; null in person.</summary>
    public string? Link { get; private set; }

    public string? CancelReason { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>When the reminder of the current start went out; cleared when the start moves.</summary>
    public DateTimeOffset? ReminderSentAt { get; private set; }

    /// <summary>When the participants were asked to log it; cleared when the end moves.</summary>
    public DateTimeOffset? LogRequestedAt { get; private set; }

    /// <summary>When it really started (UTC), as logged.</summary>
    public DateTimeOffset? HeldAt { get; private set; }

    public int? HeldMinutes { get; private set; }

    public MeetingMode? HeldMode { get; private set; }

    public MeetingTopic Topics { get; private set; }

    /// <summary>Goals of the mentee's support plan the meeting worked on.</summary>
    public IReadOnlyList<Guid> GoalIds => _goalIds;

    /// <summary>Notes the process's participants and its managers see; read them through <see cref="SharedNotesFor"/>.</summary>
    public string? SharedNotes { get; private set; }

    /// <summary>The author's own note; show it only through <see cref="PrivateNoteFor"/>.</summary>
    public string? PrivateNote { get; private set; }

    public string? NextSteps { get; private set; }

    /// <summary>The account of the participant who logged it.</summary>
    public Guid? LoggedById { get; private set; }

    public Guid? LoggedByParticipantId { get; private set; }

    public DateTimeOffset? LoggedAt { get; private set; }

    /// <summary>One line per mentee of the process once the meeting is logged.</summary>
    public IReadOnlyList<MeetingAttendance> Attendance => _attendance;

    /// <summary>Oldest first, in the order of the record as <see cref="MentoringProcess.Timeline"/>.</summary>
    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    private Slot CurrentSlot => new(StartsAt, Minutes, Mode, Place, Link);

    /// <summary>
    /// A participant of an active process (either side) plans a meeting that starts at
    /// <paramref name="startsAt"/> or later than <paramref name="now"/>, lasting
    /// <see cref="MinMinutes"/>–<see cref="MaxMinutes"/> minutes, in person at a place or online at a link.
    /// </summary>
    public static Meeting Schedule(
        MentoringProcess process,
        DateTimeOffset startsAt,
        int minutes,
        MeetingMode mode,
        string? place,
        string? link,
        Actor actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        ParticipantOf(process, actor);
        RequireActive(process);
        var slot = Slot.Of(startsAt, minutes, mode, place, link);
        slot.RequireAhead(now);

        var meeting = New(process, wasScheduled: true);
        meeting.Apply(slot);
        meeting._history.Add(StatusChange.Record(now, actor, MeetingEvents.Scheduled, null, nameof(MeetingStatus.Scheduled), meeting.SlotDetail()));
        return meeting;
    }

    /// <summary>A participant logs a meeting that happened without being scheduled here.</summary>
    public static Meeting LogUnscheduled(MentoringProcess process, HeldMeeting held, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(held);
        var member = ParticipantOf(process, actor);
        RequireActive(process);
        var record = Validated(held, now);

        var meeting = New(process, wasScheduled: false);
        meeting.Apply(new Slot(record.HeldAt, record.Minutes, record.Mode, null, null));
        meeting.Write(process, member, record, actor, now, from: null);
        return meeting;
    }

    /// <summary>
    /// Moves or changes the meeting (same rules as <see cref="Schedule"/>). Returns false, and
    /// tells nobody, when nothing changed. A new start gets its own reminder.
    /// </summary>
    public bool Reschedule(
        MentoringProcess process,
        DateTimeOffset startsAt,
        int minutes,
        MeetingMode mode,
        string? place,
        string? link,
        Actor actor,
        DateTimeOffset now)
    {
        RequireOwn(process);
        RequireOpen();
        ParticipantOf(process, actor);
        RequireActive(process);
        var slot = Slot.Of(startsAt, minutes, mode, place, link);
        if (slot == CurrentSlot)
            return false;
        slot.RequireAhead(now);

        var before = CurrentSlot;
        Apply(slot);
        if (StartsAt != before.StartsAt)
            ReminderSentAt = null;
        if (EndsAt != before.EndsAt)
            LogRequestedAt = null;
        Sequence++;
        _history.Add(StatusChange.Record(now, actor, MeetingEvents.Rescheduled, nameof(MeetingStatus.Scheduled), nameof(MeetingStatus.Scheduled), SlotDetail()));
        return true;
    }

    /// <summary>
    /// Calls the meeting off; the calendars are sent a cancellation. The caller has checked the
    /// actor may act on the process (one of its participants or a manager of its organisation).
    /// </summary>
    public void Cancel(string? reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen();
        var text = Guard.Optional(reason, nameof(CancelReason), CancelReasonMax);

        CancelReason = text;
        CancelledAt = now;
        Sequence++;
        _history.Add(Move(MeetingStatus.Cancelled, MeetingEvents.Cancelled, actor, now, text));
    }

    /// <summary>A participant logs this scheduled meeting as it happened.</summary>
    public void Log(MentoringProcess process, HeldMeeting held, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(held);
        RequireOwn(process);
        RequireOpen();
        var member = ParticipantOf(process, actor);
        RequireActive(process);
        var record = Validated(held, now);

        Write(process, member, record, actor, now, from: Status.ToString());
    }

    /// <summary>Whether a mentee of the process came to this logged meeting (a group session's register).</summary>
    public void RecordAttendance(Guid menteeParticipantId, bool attended)
    {
        if (Status != MeetingStatus.Logged)
            throw new DomainException("NotLogged", "Attendance is recorded on a meeting that has been logged.", Status.ToString());
        var line = _attendance.Find(a => a.ParticipantId == menteeParticipantId)
            ?? throw new DomainException("NotAMentee", "Only the mentees of this process are on its register.");
        line.Record(attended);
    }

    /// <summary>
    /// The private note as <paramref name="viewerUserId"/> may read it: its author always, a
    /// manager only when the programme shares private notes with managers, nobody else — the
    /// other side of the process never. Pass <paramref name="viewerIsManager"/> only for a
    /// manager of the meeting's organisation who is not a participant of its process.
    /// </summary>
    public string? PrivateNoteFor(Guid? viewerUserId, bool viewerIsManager, bool programmeSharesPrivateNotesWithManagers)
    {
        if (PrivateNote is null)
            return null;
        if (viewerUserId is not null && viewerUserId == LoggedById)
            return PrivateNote;
        return viewerIsManager && programmeSharesPrivateNotesWithManagers ? PrivateNote : null;
    }

    /// <summary>The shared notes for a participant of the meeting's process or a manager of its organisation; null for anyone else.</summary>
    public string? SharedNotesFor(MentoringProcess process, Guid? viewerUserId, bool viewerIsManager)
    {
        RequireOwn(process);
        var member = viewerUserId is { } userId && process.Members.Any(m => m.UserId == userId);
        return member || viewerIsManager ? SharedNotes : null;
    }

    /// <summary>A scheduled meeting that starts within the next <see cref="ReminderLead"/> and whose start has had no reminder yet.</summary>
    public bool ReminderDue(DateTimeOffset now) =>
        Status == MeetingStatus.Scheduled && ReminderSentAt is null && StartsAt > now && StartsAt - now <= ReminderLead;

    public void MarkReminderSent(DateTimeOffset now)
    {
        RequireOpen();
        if (!ReminderDue(now))
            throw new DomainException("NotDue", "This meeting's reminder is not due.");
        ReminderSentAt = now;
    }

    /// <summary>A scheduled meeting still not logged <see cref="LogRequestDelay"/> after its end, whose participants have not been asked yet.</summary>
    public bool LogRequestDue(DateTimeOffset now) =>
        Status == MeetingStatus.Scheduled && LogRequestedAt is null && now - EndsAt >= LogRequestDelay;

    public void MarkLogRequested(DateTimeOffset now)
    {
        RequireOpen();
        if (!LogRequestDue(now))
            throw new DomainException("NotDue", "This meeting's participants need not be asked to log it yet.");
        LogRequestedAt = now;
    }

    private static Meeting New(MentoringProcess process, bool wasScheduled)
    {
        var meeting = new Meeting
        {
            OrganisationId = process.OrganisationId,
            ProgrammeId = process.ProgrammeId,
            ProcessId = process.Id,
            Status = wasScheduled ? MeetingStatus.Scheduled : MeetingStatus.Logged,
            WasScheduled = wasScheduled,
            Sequence = 0,
        };
        meeting.CalendarUid = $"{meeting.Id}@ponte";
        return meeting;
    }

    /// <summary>The actor must be signed in and one of the process's participants.</summary>
    private static ProcessMember ParticipantOf(MentoringProcess process, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var member = actor is { Kind: ActorKind.User, UserId: { } userId } ? process.Members.FirstOrDefault(m => m.UserId == userId) : null;
        return member ?? throw new DomainException("NotAParticipant", "Only the people of this process schedule and log its meetings.");
    }

    private static void RequireActive(MentoringProcess process)
    {
        if (process.Status == ProcessStatus.Active)
            return;
        if (process.Status == ProcessStatus.Paused)
            throw new DomainException("ProcessPaused", "The process is paused. Resume it first.");
        throw new DomainException("ProcessState", $"Meetings are for an active process; this one is {process.Status}.", process.Status.ToString());
    }

    private static HeldMeeting Validated(HeldMeeting held, DateTimeOffset now)
    {
        var heldAt = held.HeldAt.ToUniversalTime();
        if (heldAt > now)
            throw new DomainValidationException(nameof(HeldMeeting.HeldAt), "HeldInFuture", "A meeting is logged once it has happened.");
        Guard.Defined(held.Mode, nameof(HeldMeeting.Mode));
        if ((held.Topics & ~AllTopics) != 0)
            throw new DomainValidationException(nameof(HeldMeeting.Topics), "Invalid", "Topics has an unknown value.");
        if (held.Topics == MeetingTopic.None)
            throw new DomainValidationException(nameof(HeldMeeting.Topics), "TopicsRequired", "Choose at least one topic.");

        var goals = held.GoalIds ?? [];
        if (goals.Count > MaxGoals)
            throw new DomainValidationException(nameof(HeldMeeting.GoalIds), "TooMany", $"Choose at most {MaxGoals} goals.", MaxGoals);
        if (goals.Contains(Guid.Empty))
            throw new DomainValidationException(nameof(HeldMeeting.GoalIds), "Invalid", "GoalIds has an unknown value.");
        if (goals.Distinct().Count() != goals.Count)
            throw new DomainValidationException(nameof(HeldMeeting.GoalIds), "Duplicate", "Each goal is chosen once.");

        return new HeldMeeting(
            heldAt,
            Guard.Range(held.Minutes, nameof(HeldMeeting.Minutes), MinHeldMinutes, MaxHeldMinutes),
            held.Mode,
            held.Topics,
            [.. goals],
            Guard.Optional(held.SharedNotes, nameof(HeldMeeting.SharedNotes), SharedNotesMax),
            Guard.Optional(held.PrivateNote, nameof(HeldMeeting.PrivateNote), PrivateNoteMax),
            Guard.Optional(held.NextSteps, nameof(HeldMeeting.NextSteps), NextStepsMax));
    }

    private void RequireOwn(MentoringProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.Id != ProcessId)
            throw new DomainException("ProcessMismatch", "This meeting belongs to another process.");
    }

    private void RequireOpen()
    {
        if (Status != MeetingStatus.Scheduled)
            throw new DomainException("MeetingClosed", $"This meeting is {Status} and can no longer change.", Status.ToString());
    }

    private void Apply(Slot slot)
    {
        StartsAt = slot.StartsAt;
        Minutes = slot.Minutes;
        Mode = slot.Mode;
        Place = slot.Place;
        Link = slot.Link;
    }

    private void Write(MentoringProcess process, ProcessMember member, HeldMeeting record, Actor actor, DateTimeOffset now, string? from)
    {
        HeldAt = record.HeldAt;
        HeldMinutes = record.Minutes;
        HeldMode = record.Mode;
        Topics = record.Topics;
        _goalIds.Clear();
        _goalIds.AddRange(record.GoalIds);
        SharedNotes = record.SharedNotes;
        PrivateNote = record.PrivateNote;
        NextSteps = record.NextSteps;
        LoggedById = member.UserId;
        LoggedByParticipantId = member.ParticipantId;
        LoggedAt = now;
        _attendance.Clear();
        _attendance.AddRange(process.MenteeIds.Select(MeetingAttendance.Of));

        var detail = string.Create(CultureInfo.InvariantCulture, $"{record.HeldAt:yyyy-MM-dd'T'HH:mm'Z'} {record.Minutes} min {record.Mode}");
        var line = StatusChange.Record(now, actor, MeetingEvents.Logged, from, nameof(MeetingStatus.Logged), detail);
        Status = MeetingStatus.Logged;
        _history.Add(line);
    }

    private StatusChange Move(MeetingStatus to, string @event, Actor actor, DateTimeOffset now, string? detail)
    {
        var line = StatusChange.Record(now, actor, @event, Status.ToString(), to.ToString(), detail);
        Status = to;
        return line;
    }

    private string SlotDetail() => string.Create(CultureInfo.InvariantCulture, $"{StartsAt:yyyy-MM-dd'T'HH:mm'Z'} {Minutes} min {Mode}");

    /// <summary>When and where a scheduled meeting takes place, checked; the field of the mode not chosen is dropped.</summary>
    private readonly record struct Slot(DateTimeOffset StartsAt, int Minutes, MeetingMode Mode, string? Place, string? Link)
    {
        public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);

        public static Slot Of(DateTimeOffset startsAt, int minutes, MeetingMode mode, string? place, string? link)
        {
            Guard.Defined(mode, nameof(Meeting.Mode));
            var length = Guard.Range(minutes, nameof(Meeting.Minutes), MinMinutes, MaxMinutes);
            return mode == MeetingMode.InPerson
                ? new Slot(startsAt.ToUniversalTime(), length, mode, Guard.Required(place, nameof(Meeting.Place), PlaceMax), null)
                : new Slot(startsAt.ToUniversalTime(), length, mode, null, WebLink(link));
        }

        public void RequireAhead(DateTimeOffset now)
        {
            if (StartsAt < now)
                throw new DomainValidationException(nameof(Meeting.StartsAt), "StartsInPast", "A meeting is scheduled from now on.");
        }

        /// <summary>An absolute http(s) address with nothing invisible in it: it goes into an invitation's lines as it is.</summary>
        private static string WebLink(string? link)
        {
            var text = Guard.Required(link, nameof(Meeting.Link), LinkMax);
            var hidden = text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
            if (hidden
                || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || string.IsNullOrEmpty(uri.Host))
                throw new DomainValidationException(nameof(Meeting.Link), "LinkInvalid", "The link must be a web address starting with https://.");
            return text;
        }
    }
}
