using System.Globalization;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;

namespace Ponte.Domain.Events;

public enum EventKind
{
    /// <summary>Mentors and mentees.</summary>
    KickOff = 0,

    /// <summary>Mentees only.</summary>
    MenteeTraining = 1,

    /// <summary>Mentors only; the hours attended count towards the programme's required training.</summary>
    MentorTraining = 2,

    /// <summary>Mentors and mentees.</summary>
    Networking = 3,
}

/// <summary>Which of the programme's required hours a mentor training event counts towards.</summary>
public enum HoursKind
{
    Theory = 0,
    Practice = 1,
}

public enum InvitationStatus
{
    Invited = 0,
    Registered = 1,
    Declined = 2,
}

/// <summary>One participant invited to a programme event: her answer and, once it has started, whether she came.</summary>
public sealed class EventInvitation
{
    private EventInvitation()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ParticipantId { get; private set; }

    public ParticipantRole Role { get; private set; }

    public InvitationStatus Status { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Null until attendance is recorded.</summary>
    public bool? Attended { get; private set; }

    /// <summary>The hours she attended; null unless she attended.</summary>
    public decimal? Hours { get; private set; }

    internal static EventInvitation Of(Participant participant, DateTimeOffset now) => new()
    {
        ParticipantId = participant.Id,
        Role = participant.Role,
        Status = InvitationStatus.Invited,
        InvitedAt = now,
    };

    internal void Answer(InvitationStatus status, DateTimeOffset now)
    {
        Status = status;
        AnsweredAt = now;
    }

    internal void SetAttendance(bool attended, decimal? hours)
    {
        Attended = attended;
        Hours = hours;
    }
}

/// <summary>
/// A kick-off, a training or a networking event of one programme: who is invited, who registered
/// or declined, and who attended. Invitations, answers and attendance are refused once the event is
/// cancelled; answers before the start only, attendance after it.
/// </summary>
public sealed class ProgrammeEvent : VersionedEntity, IOrganisationOwned
{
    public const int TitleMax = EventRules.TitleMax;
    public const int DescriptionMax = EventRules.DescriptionMax;
    public const int PlaceMax = EventRules.PlaceMax;
    public const int OnlineLinkMax = EventRules.OnlineLinkMax;
    public const int ReasonMax = EventRules.ReasonMax;
    public const int MinMinutes = EventRules.MinMinutes;
    public const int MaxMinutes = EventRules.MaxMinutes;
    public const int MaxCapacity = 1000;

    private readonly List<EventInvitation> _invitations = [];
    private readonly List<StatusChange> _history = [];

    private ProgrammeEvent()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public EventKind Kind { get; private set; }

    public EventStatus Status { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    /// <summary>UTC.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public int Minutes { get; private set; }

    public string? Place { get; private set; }

    public string? OnlineLink { get; private set; }

    /// <summary>Most participants registered at once; null for no limit.</summary>
    public int? Capacity { get; private set; }

    /// <summary>For mentor training only: whether its hours are theory or practice.</summary>
    public HoursKind? HoursKind { get; private set; }

    public string? CancelReason { get; private set; }

    public IReadOnlyList<EventInvitation> Invitations => _invitations;

    /// <summary>
    /// Oldest first, by time then id. Lines about the event itself go from one <see cref="EventStatus"/>
    /// to another; lines about one invitation go from one <see cref="InvitationStatus"/> to another
    /// and their detail starts with the participant's id.
    /// </summary>
    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);

    /// <summary>The event's length in hours (two decimals): the hours an attendee gets unless told otherwise.</summary>
    public decimal LengthHours => decimal.Round(Minutes / 60m, 2);

    public int RegisteredCount => _invitations.Count(i => i.Status == InvitationStatus.Registered);

    /// <summary>Places still free; null when the event has no capacity.</summary>
    public int? PlacesLeft => Capacity is { } capacity ? Math.Max(0, capacity - RegisteredCount) : null;

    /// <param name="hoursKind">Required for mentor training, refused for any other kind.</param>
    public static ProgrammeEvent Plan(
        Programme programme,
        EventKind kind,
        string? title,
        string? description,
        DateTimeOffset startsAt,
        int minutes,
        string? place,
        string? onlineLink,
        int? capacity,
        HoursKind? hoursKind,
        Actor actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(actor);
        Guard.Defined(kind, nameof(Kind));
        if (kind == EventKind.MentorTraining && hoursKind is null)
            throw new DomainValidationException(nameof(HoursKind), "Required", "Choose whether the training is theory or practice.");
        if (kind != EventKind.MentorTraining && hoursKind is not null)
            throw new DomainValidationException(nameof(HoursKind), "HoursKindMentorTrainingOnly", "Only mentor training counts theory or practice hours.");
        var (where, link) = EventRules.Venue(place, onlineLink);

        var planned = new ProgrammeEvent
        {
            OrganisationId = programme.OrganisationId,
            ProgrammeId = programme.Id,
            Kind = kind,
            Status = EventStatus.Planned,
            Title = EventRules.Title(title),
            Description = EventRules.Description(description),
            StartsAt = EventRules.StartsAt(startsAt, now),
            Minutes = EventRules.Minutes(minutes),
            Place = where,
            OnlineLink = link,
            Capacity = CapacityOf(capacity),
            HoursKind = hoursKind is { } hk ? Guard.Defined(hk, nameof(HoursKind)) : null,
        };
        planned._history.Add(StatusChange.Record(now, actor, EventChanges.Planned, null, nameof(EventStatus.Planned), kind.ToString()));
        return planned;
    }

    public bool HasStarted(DateTimeOffset now) => StartsAt <= now;

    /// <summary>Moves the event before it starts; returns false when nothing changed.</summary>
    public bool Reschedule(DateTimeOffset startsAt, int minutes, string? place, string? onlineLink, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenBeforeStart(now);
        var start = EventRules.StartsAt(startsAt, now);
        var length = EventRules.Minutes(minutes);
        var (where, link) = EventRules.Venue(place, onlineLink);
        if (start == StartsAt && length == Minutes && where == Place && link == OnlineLink)
            return false;

        StartsAt = start;
        Minutes = length;
        Place = where;
        OnlineLink = link;
        Note(EventChanges.Rescheduled, actor, now, start.ToString("O", CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Changes the title, description or capacity; a capacity below those registered is refused. Returns false when nothing changed.</summary>
    public bool ChangeDetails(string? title, string? description, int? capacity, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EventRules.RequireNotCancelled(Status);
        var name = EventRules.Title(title);
        var text = EventRules.Description(description);
        var places = CapacityOf(capacity);
        if (places < RegisteredCount)
            throw new DomainValidationException(nameof(Capacity), "CapacityBelowRegistered",
                $"{RegisteredCount} people have registered already.", RegisteredCount);
        if (name == Title && text == Description && places == Capacity)
            return false;

        Title = name;
        Description = text;
        Capacity = places;
        Note(EventChanges.DetailsChanged, actor, now, null);
        return true;
    }

    /// <summary>Cancels the event before it starts; a cancelled event refuses everything after.</summary>
    public void Cancel(string? reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenBeforeStart(now);
        var why = EventRules.Reason(reason);

        CancelReason = why;
        _history.Add(StatusChange.Record(now, actor, EventChanges.Cancelled, Status.ToString(), nameof(EventStatus.Cancelled), why));
        Status = EventStatus.Cancelled;
    }

    /// <summary>
    /// Invites a participant of the programme, before the start: mentor training only mentors,
    /// mentee training only mentees. Returns false when she is invited already.
    /// </summary>
    public bool Invite(Participant participant, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenBeforeStart(now);
        RequireAudience(participant);
        if (Find(participant.Id) is not null)
            return false;

        Add(participant, actor, now);
        return true;
    }

    /// <summary>An invited participant registers (or a manager for her), before the start and while there is a place. Returns false when she is registered already.</summary>
    public bool Register(Guid participantId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenBeforeStart(now);
        return Answer(Invited(participantId), InvitationStatus.Registered, actor, now);
    }

    /// <summary>
    /// A manager registers anyone of the programme the event is for (the audience rule applies),
    /// inviting her first if she was not. Returns false when she is registered already.
    /// </summary>
    public bool Register(Participant participant, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenBeforeStart(now);
        RequireAudience(participant);
        var invitation = Find(participant.Id);
        if (invitation is null)
        {
            RequireAPlace();
            invitation = Add(participant, actor, now);
        }

        return Answer(invitation, InvitationStatus.Registered, actor, now);
    }

    /// <summary>An invited participant declines, before the start; a registered one gives her place up. Returns false when she has declined already.</summary>
    public bool Decline(Guid participantId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpenBeforeStart(now);
        return Answer(Invited(participantId), InvitationStatus.Declined, actor, now);
    }

    /// <summary>
    /// Records whether an invited participant attended, from the start on; recording again corrects
    /// it. Someone who attended gets <paramref name="hours"/> (at most the event's length), or the
    /// event's length when none is given; someone absent gets no hours. Returns false when nothing changed.
    /// </summary>
    public bool RecordAttendance(Guid participantId, bool attended, decimal? hours, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EventRules.RequireNotCancelled(Status);
        var invitation = Invited(participantId);
        EventRules.RequireStarted(StartsAt, now);
        if (!attended && hours is not null)
            throw new DomainValidationException("Hours", "HoursWithoutAttendance", "Hours are recorded only for someone who attended.");
        decimal? attendedHours = attended ? Guard.Hours(hours ?? LengthHours, "Hours", LengthHours) : null;
        if (invitation.Attended == attended && invitation.Hours == attendedHours)
            return false;

        invitation.SetAttendance(attended, attendedHours);
        var detail = attendedHours is { } h
            ? $"{participantId} attended {h.ToString(CultureInfo.InvariantCulture)}h"
            : $"{participantId} absent";
        _history.Add(StatusChange.Record(now, actor, EventChanges.AttendanceRecorded, invitation.Status.ToString(), invitation.Status.ToString(), detail));
        return true;
    }

    /// <summary>
    /// The hours a mentor attended at mentor training events, by kind: add them to her
    /// <see cref="Training.TrainingSession.HoursAttended"/>. With <paramref name="asOf"/>, an event
    /// that has not started by then never counts.
    /// </summary>
    public static TrainingHours HoursAttended(IEnumerable<ProgrammeEvent> events, Guid participantId, DateTimeOffset? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        decimal theory = 0, practice = 0;
        foreach (var e in events.Where(e => e.Kind == EventKind.MentorTraining && e.Status != EventStatus.Cancelled && (asOf is null || e.HasStarted(asOf.Value))))
        {
            if (e.Find(participantId) is not { Attended: true, Hours: { } hours })
                continue;
            if (e.HoursKind == Events.HoursKind.Practice)
                practice += hours;
            else
                theory += hours;
        }

        return new TrainingHours(theory, practice);
    }

    private static int? CapacityOf(int? capacity) =>
        capacity is { } places ? Guard.Range(places, nameof(Capacity), 1, MaxCapacity) : null;

    private void RequireOpenBeforeStart(DateTimeOffset now)
    {
        EventRules.RequireNotCancelled(Status);
        EventRules.RequireNotStarted(StartsAt, now);
    }

    private void RequireAudience(Participant participant)
    {
        if (participant.OrganisationId != OrganisationId || participant.ProgrammeId != ProgrammeId)
            throw new DomainException("ProgrammeMismatch", "The participant is not in this event's programme.");
        if ((Kind == EventKind.MentorTraining && participant.Role != ParticipantRole.Mentor)
            || (Kind == EventKind.MenteeTraining && participant.Role != ParticipantRole.Mentee))
            throw new DomainException("WrongAudience", Kind == EventKind.MentorTraining
                ? "Mentor training is for mentors only."
                : "Mentee training is for mentees only.", Kind.ToString());
        if (participant.Status is ParticipantStatus.Completed or ParticipantStatus.Withdrawn)
            throw new DomainException("ParticipantInactive", "This participant is no longer active.");
    }

    private void RequireAPlace()
    {
        if (PlacesLeft == 0)
            throw new DomainException("EventFull", "Every place of this event is taken.", Capacity!.Value);
    }

    private EventInvitation? Find(Guid participantId) => _invitations.Find(i => i.ParticipantId == participantId);

    private EventInvitation Invited(Guid participantId) =>
        Find(participantId) ?? throw new DomainException("NotInvited", "This participant is not invited to the event.");

    private EventInvitation Add(Participant participant, Actor actor, DateTimeOffset now)
    {
        var invitation = EventInvitation.Of(participant, now);
        _invitations.Add(invitation);
        _history.Add(StatusChange.Record(now, actor, EventChanges.Invited, null, nameof(InvitationStatus.Invited), participant.Id.ToString()));
        return invitation;
    }

    private bool Answer(EventInvitation invitation, InvitationStatus answer, Actor actor, DateTimeOffset now)
    {
        if (invitation.Status == answer)
            return false;
        if (answer == InvitationStatus.Registered)
            RequireAPlace();

        var from = invitation.Status;
        invitation.Answer(answer, now);
        var @event = answer == InvitationStatus.Registered ? EventChanges.Registered : EventChanges.Declined;
        _history.Add(StatusChange.Record(now, actor, @event, from.ToString(), answer.ToString(), invitation.ParticipantId.ToString()));
        return true;
    }

    private void Note(string @event, Actor actor, DateTimeOffset now, string? detail) =>
        _history.Add(StatusChange.Record(now, actor, @event, Status.ToString(), Status.ToString(), detail));
}
