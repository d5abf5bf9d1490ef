using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Screening;

namespace Ponte.Domain.Participants;

public enum ParticipantStatus
{
    /// <summary>Accepted after the interview; a mentee is being screened, a mentor is being checked and trained.</summary>
    Accepted = 0,

    /// <summary>A mentor who has attended training but is not yet cleared.</summary>
    InTraining = 1,

    /// <summary>On the waiting list for matching: a screened mentee with a target group, or a cleared and trained mentor.</summary>
    ReadyToMatch = 2,

    Matched = 3,

    Completed = 4,

    Withdrawn = 5,
}

/// <summary>The blueprint's characteristics of a mentor (section 5).</summary>
[Flags]
public enum MentorCharacteristics
{
    None = 0,

    // Mandatory / primary
    CommunicationSkills = 1 << 0,
    UnderstandsTargetGroup = 1 << 1,
    GivesFeedback = 1 << 2,
    EncouragesAndMotivates = 1 << 3,
    RiskManagement = 1 << 4,
    WillingToDevoteTime = 1 << 5,

    // Preferable / secondary
    Flexibility = 1 << 8,
    CreativeThinking = 1 << 9,
    Collaboration = 1 << 10,
    GrowthPromotion = 1 << 11,
    PlanningAndOrganisation = 1 << 12,
    BuildsTrust = 1 << 13,
    Cooperation = 1 << 14,

    Mandatory = CommunicationSkills | UnderstandsTargetGroup | GivesFeedback | EncouragesAndMotivates | RiskManagement | WillingToDevoteTime,
    Preferable = Flexibility | CreativeThinking | Collaboration | GrowthPromotion | PlanningAndOrganisation | BuildsTrust | Cooperation,
}

/// <summary>Hours of training a mentor has attended, by kind.</summary>
public readonly record struct TrainingHours(decimal Theory, decimal Practice);

/// <summary>
/// A mentor or mentee of a programme. Her status moves only through the transitions below,
/// each of which writes a line on her timeline.
/// </summary>
public sealed class Participant : VersionedEntity, IOrganisationOwned
{
    private readonly List<StatusChange> _timeline = [];

    private Participant()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid? ApplicationId { get; private set; }

    public ParticipantRole Role { get; private set; }

    /// <summary>Her sign-in account, once invited.</summary>
    public Guid? UserId { get; private set; }

    public Profile Profile { get; private set; } = null!;

    public ParticipantStatus Status { get; private set; }

    public TargetGroup? TargetGroup { get; private set; }

    public Guid? TargetGroupEvidenceId { get; private set; }

    // Mentor readiness
    public MentorCharacteristics Characteristics { get; private set; }

    public DateOnly? CriminalRecordCertificateSeenOn { get; private set; }

    public DateOnly? ReferencesCheckedOn { get; private set; }

    /// <summary>The account that recorded the safety checks.</summary>
    public Guid? SafetyCheckedById { get; private set; }

    public bool ExperiencedWithVulnerableGroups { get; private set; }

    /// <summary>Oldest first; the database returns owned rows in no set order, so the order is the record's own: time, then id (entries not yet saved last).</summary>
    public IReadOnlyList<StatusChange> Timeline => _timeline.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    public bool IsMentor => Role == ParticipantRole.Mentor;

    public bool SafetyChecksPassed => CriminalRecordCertificateSeenOn is not null && ReferencesCheckedOn is not null;

    internal static Participant FromApplication(Application application, Actor actor, DateTimeOffset now)
    {
        var participant = new Participant
        {
            OrganisationId = application.OrganisationId,
            ProgrammeId = application.ProgrammeId,
            ApplicationId = application.Id,
            Role = application.Role,
            Profile = application.Profile.Copy(),
            Facts = application.Facts.Copy(),
            Status = ParticipantStatus.Accepted,
        };
        participant._timeline.AddRange(application.History.Select(h => h.Copy()));
        return participant;
    }

    public void LinkUser(Guid userId) => UserId = userId;

    public const int MaxMentorCapacity = 10;

    /// <summary>How many mentees a mentor takes in all, as she set it; null: the programme's (one, or the group size).</summary>
    public int? MentorCapacity { get; private set; }

    /// <summary>
    /// Her places in the programme: her own number in a one-to-one programme (each mentee a process
    /// of its own), at most the group size in a group programme (one group), the programme's when
    /// she set none.
    /// </summary>
    public int CapacityIn(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return programme.MentoringType == MentoringType.OneToOne
            ? MentorCapacity ?? 1
            : Math.Min(MentorCapacity ?? programme.GroupSize, programme.GroupSize);
    }

    /// <summary>
    /// She changes when she can meet and, as a mentor, how many mentees she takes (0: none for now);
    /// the next matching run uses them. Returns false when nothing changed.
    /// </summary>
    public bool UpdateAvailability(WeeklyAvailability availability, int? mentorCapacity, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireActive();
        if (mentorCapacity is not null)
            RequireRole(ParticipantRole.Mentor);
        var capacity = mentorCapacity is { } c ? Guard.Range(c, nameof(MentorCapacity), 0, MaxMentorCapacity) : (int?)null;
        var profile = Profile.WithAvailability(availability);
        if (profile.AvailabilityMask == Profile.AvailabilityMask && capacity == MentorCapacity)
            return false;
        var detail = capacity == MentorCapacity ? null : $"{nameof(MentorCapacity)}: {MentorCapacity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} → {capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
        Profile = profile;
        MentorCapacity = capacity;
        _timeline.Add(StatusChange.Record(now, actor, "AvailabilityChanged", Status.ToString(), Status.ToString(), detail));
        return true;
    }

    /// <summary>Writes what happened in her mentoring process on her own timeline as well (each line a copy).</summary>
    public void CopyToTimeline(IEnumerable<StatusChange> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _timeline.AddRange(lines.Select(l => l.Copy()));
    }

    public void UpdateProfile(Profile profile) => Profile = profile;

    /// <summary>Her facts at entry, for the funder's indicators: from her application, completed or corrected by staff with her.</summary>
    public EntryFacts Facts { get; private set; } = EntryFacts.NotAsked();

    /// <summary>
    /// A staff member records her answers to the questions at entry (at the interview or screening).
    /// The timeline says that they were recorded, never what they are (two of them are sensitive).
    /// Facts can be corrected after she left: the indicators count what is true.
    /// Returns false when nothing changed.
    /// </summary>
    public bool RecordFacts(EntryFactsInput input, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = EntryFacts.Record(input, EntryFactsSource.Staff, today, now);
        if (Facts.WasAsked && Facts.SameAnswers(facts))
            return false;
        Facts = facts;
        _timeline.Add(StatusChange.Record(now, actor, "EntryFactsRecorded", Status.ToString(), Status.ToString()));
        return true;
    }

    /// <summary>The manager sets the mentee's target group, with a screening as evidence.</summary>
    public void SetTargetGroup(TargetGroup group, Assessment evidence, Programme programme, Actor actor, DateTimeOffset now)
    {
        RequireRole(ParticipantRole.Mentee);
        RequireActive();
        Guard.Defined(group, nameof(TargetGroup));
        if (evidence.ParticipantId != Id)
            throw new DomainException("EvidenceMismatch", "The screening used as evidence belongs to someone else.");
        if (programme.Id != ProgrammeId)
            throw new DomainException("ProgrammeMismatch", "The programme does not match the participant.");
        if (!programme.TargetGroups.HasFlag(group.AsSet()))
            throw new DomainValidationException(nameof(TargetGroup), "TargetGroupNotServed", "This programme does not serve that target group.");

        var previous = TargetGroup;
        TargetGroup = group;
        TargetGroupEvidenceId = evidence.Id;
        var detail = previous is null || previous == group ? group.ToString() : $"{previous} → {group}";
        if (Status == ParticipantStatus.Accepted)
            Move(ParticipantStatus.ReadyToMatch, "TargetGroupSet", actor, now, detail);
        else
            _timeline.Add(StatusChange.Record(now, actor, "TargetGroupSet", Status.ToString(), Status.ToString(), detail));
    }

    public void RecordCharacteristics(MentorCharacteristics characteristics, bool experiencedWithVulnerableGroups)
    {
        RequireRole(ParticipantRole.Mentor);
        Characteristics = characteristics & (MentorCharacteristics.Mandatory | MentorCharacteristics.Preferable);
        ExperiencedWithVulnerableGroups = experiencedWithVulnerableGroups;
    }

    public void RecordSafetyChecks(DateOnly? criminalRecordSeenOn, DateOnly? referencesCheckedOn, Actor actor, DateTimeOffset now)
    {
        RequireRole(ParticipantRole.Mentor);
        RequireActive();
        // The latest time zone is UTC+14: a date that is today anywhere is accepted.
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(14));
        if (criminalRecordSeenOn > today)
            throw new DomainValidationException(nameof(CriminalRecordCertificateSeenOn), "DateInFuture", "The date cannot be in the future.");
        if (referencesCheckedOn > today)
            throw new DomainValidationException(nameof(ReferencesCheckedOn), "DateInFuture", "The date cannot be in the future.");

        var wasPassed = SafetyChecksPassed;
        CriminalRecordCertificateSeenOn = criminalRecordSeenOn;
        ReferencesCheckedOn = referencesCheckedOn;
        SafetyCheckedById = actor.UserId;
        if (SafetyChecksPassed != wasPassed)
            _timeline.Add(StatusChange.Record(now, actor, SafetyChecksPassed ? "SafetyChecksPassed" : "SafetyChecksWithdrawn", Status.ToString(), Status.ToString()));
        if (!SafetyChecksPassed && Status == ParticipantStatus.ReadyToMatch)
            Move(ParticipantStatus.InTraining, "NoLongerReady", actor, now);
    }

    /// <summary>What still stands between this mentor and the waiting list; empty when she is ready.</summary>
    public IReadOnlyList<string> ReadinessGaps(Programme programme, TrainingHours attended)
    {
        RequireRole(ParticipantRole.Mentor);
        var gaps = new List<string>();
        if (CriminalRecordCertificateSeenOn is null)
            gaps.Add("CriminalRecordNotSeen");
        if (ReferencesCheckedOn is null)
            gaps.Add("ReferencesNotChecked");
        if (attended.Theory < programme.RequiredTheoryHours)
            gaps.Add("TheoryHoursMissing");
        if (attended.Practice < programme.RequiredPracticeHours)
            gaps.Add("PracticeHoursMissing");
        return gaps;
    }

    /// <summary>
    /// Re-evaluates a mentor after a check or a training session: she becomes ready to match
    /// exactly when the safety checks pass and the programme's hours are met.
    /// </summary>
    public void UpdateReadiness(Programme programme, TrainingHours attended, Actor actor, DateTimeOffset now)
    {
        RequireRole(ParticipantRole.Mentor);
        if (Status is not (ParticipantStatus.Accepted or ParticipantStatus.InTraining or ParticipantStatus.ReadyToMatch))
            return;
        var ready = ReadinessGaps(programme, attended).Count == 0;
        if (ready && Status != ParticipantStatus.ReadyToMatch)
            Move(ParticipantStatus.ReadyToMatch, "ReadyToMatch", actor, now);
        else if (!ready && Status == ParticipantStatus.Accepted && attended.Theory + attended.Practice > 0)
            Move(ParticipantStatus.InTraining, "TrainingStarted", actor, now);
        else if (!ready && Status == ParticipantStatus.ReadyToMatch)
            Move(ParticipantStatus.InTraining, "NoLongerReady", actor, now);
    }

    /// <summary>Refuses unless the mentor is ready; used where a caller asks for readiness explicitly.</summary>
    public void MarkReadyToMatch(Programme programme, TrainingHours attended, Actor actor, DateTimeOffset now)
    {
        RequireRole(ParticipantRole.Mentor);
        RequireActive();
        var gaps = ReadinessGaps(programme, attended);
        if (gaps.Count > 0)
            throw new DomainException("NotReadyToMatch", "The mentor is not ready to match: " + string.Join(", ", gaps) + ".", string.Join(",", gaps));
        // A matched mentor is past the waiting list already; marking her ready must not unmatch her.
        if (Status is ParticipantStatus.Accepted or ParticipantStatus.InTraining)
            Move(ParticipantStatus.ReadyToMatch, "ReadyToMatch", actor, now);
    }

    /// <summary>Refuses unless she is on the waiting list (a mentor with room may already be matched).</summary>
    public void RequireMatchable()
    {
        if (Status != ParticipantStatus.ReadyToMatch && !(IsMentor && Status == ParticipantStatus.Matched))
            throw new DomainException("NotReadyToMatch", "Only a participant on the waiting list can be matched.");
    }

    public void MarkMatched(Actor actor, DateTimeOffset now)
    {
        RequireMatchable();
        if (Status != ParticipantStatus.Matched)
            Move(ParticipantStatus.Matched, "Matched", actor, now);
    }

    public void Withdraw(string? reason, Actor actor, DateTimeOffset now)
    {
        RequireActive();
        Move(ParticipantStatus.Withdrawn, "Withdrawn", actor, now, Guard.Optional(reason, "Reason", 1000));
    }

    /// <summary>Her mentoring process closed and she leaves the programme's matching: a mentee is completed.</summary>
    public void CompleteMentoring(Actor actor, DateTimeOffset now)
    {
        RequireRole(ParticipantRole.Mentee);
        if (Status == ParticipantStatus.Matched)
            Move(ParticipantStatus.Completed, "MentoringCompleted", actor, now);
    }

    /// <summary>
    /// Back on the waiting list after a process closed: a mentee who asked for a new mentor or whose
    /// goals wait for another process, a mentor with no other mentee. A mentor still mentoring
    /// someone else stays matched (her freed place counts on the match board all the same).
    /// </summary>
    public void ReturnToWaitingList(Actor actor, DateTimeOffset now)
    {
        if (Status is ParticipantStatus.Matched or ParticipantStatus.Completed)
            Move(ParticipantStatus.ReadyToMatch, "BackToWaitingList", actor, now);
    }

    private void RequireRole(ParticipantRole role)
    {
        if (Role != role)
            throw new DomainException(role == ParticipantRole.Mentor ? "MentorsOnly" : "MenteesOnly",
                role == ParticipantRole.Mentor ? "This applies to mentors only." : "This applies to mentees only.");
    }

    private void RequireActive()
    {
        if (Status is ParticipantStatus.Completed or ParticipantStatus.Withdrawn)
            throw new DomainException("ParticipantInactive", "This participant is no longer active.");
    }

    private void Move(ParticipantStatus to, string @event, Actor actor, DateTimeOffset now, string? detail = null)
    {
        _timeline.Add(StatusChange.Record(now, actor, @event, Status.ToString(), to.ToString(), detail));
        Status = to;
    }
}
