using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;

namespace Ponte.Domain.Events;

/// <summary>
/// One participant of a partner organisation registered for a network event. It belongs to her
/// organisation, so one organisation never loads another's people; the coordinator sees only the
/// counts of <see cref="NetworkEventCounts"/>. One registration per participant and event is the
/// caller's to keep (a unique index).
/// </summary>
public sealed class NetworkEventRegistration : VersionedEntity, IOrganisationOwned
{
    private readonly List<StatusChange> _history = [];

    private NetworkEventRegistration()
    {
    }

    public Guid NetworkEventId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public ParticipantRole Role { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Null until attendance is recorded.</summary>
    public bool? Attended { get; private set; }

    /// <summary>Oldest first, by time then id.</summary>
    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    /// <summary>Registers an active participant whose organisation takes part, before the event starts.</summary>
    public static NetworkEventRegistration Register(NetworkEvent networkEvent, Participant participant, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(actor);
        EventRules.RequireNotCancelled(networkEvent.Status);
        EventRules.RequireNotStarted(networkEvent.StartsAt, now);
        if (!networkEvent.IsTakingPart(participant.OrganisationId))
            throw new DomainException("OrganisationNotTakingPart", "The participant's organisation does not take part in this event.");
        if (participant.Status is ParticipantStatus.Completed or ParticipantStatus.Withdrawn)
            throw new DomainException("ParticipantInactive", "This participant is no longer active.");

        var registration = new NetworkEventRegistration
        {
            NetworkEventId = networkEvent.Id,
            OrganisationId = participant.OrganisationId,
            ParticipantId = participant.Id,
            Role = participant.Role,
            RegisteredAt = now,
        };
        registration._history.Add(StatusChange.Record(now, actor, EventChanges.Registered, null, nameof(InvitationStatus.Registered)));
        return registration;
    }

    /// <summary>Records whether she attended, from the event's start on; recording again corrects it. Returns false when nothing changed.</summary>
    public bool RecordAttendance(NetworkEvent networkEvent, bool attended, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        ArgumentNullException.ThrowIfNull(actor);
        if (networkEvent.Id != NetworkEventId)
            throw new DomainException("EventMismatch", "This registration is for another event.");
        EventRules.RequireNotCancelled(networkEvent.Status);
        EventRules.RequireStarted(networkEvent.StartsAt, now);
        if (Attended == attended)
            return false;

        Attended = attended;
        var status = nameof(InvitationStatus.Registered);
        _history.Add(StatusChange.Record(now, actor, EventChanges.AttendanceRecorded, status, status, attended ? "attended" : "absent"));
        return true;
    }
}
