using Ponte.Domain.Common;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;

namespace Ponte.Domain.Applications;

public enum ApplicationStatus
{
    Submitted = 0,
    InterviewScheduled = 1,
    Interviewed = 2,
    Accepted = 3,
    WaitListed = 4,
    Declined = 5,
}

public enum Decision
{
    Accept = 0,
    WaitList = 1,
    Decline = 2,
}

/// <summary>
/// A person's application to a programme, from the public form through the interview to the
/// decision. Accepting it creates the participant.
/// </summary>
public sealed class Application : VersionedEntity, IOrganisationOwned
{
    private readonly List<StatusChange> _history = [];

    private Application()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public ParticipantRole Role { get; private set; }

    /// <summary>A key the form carries so that a double-submitted form stores one application.</summary>
    public Guid SubmissionKey { get; private set; }

    public Profile Profile { get; private set; } = null!;

    public ReferralSource ReferralSource { get; private set; }

    public string? ReferralDetail { get; private set; }

    public DateTimeOffset ConsentGivenAt { get; private set; }

    public string PrivacyNoticeVersion { get; private set; } = string.Empty;

    public ApplicationStatus Status { get; private set; }

    public DateTimeOffset? InterviewAt { get; private set; }

    public string? InterviewLocation { get; private set; }

    public string? InterviewOnlineLink { get; private set; }

    public string? InterviewQualifications { get; private set; }

    public string? InterviewMotivation { get; private set; }

    public string? InterviewExpectations { get; private set; }

    public string? DecisionReason { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? ParticipantId { get; private set; }

    /// <summary>Her answers to the questions for the funder's indicators, as the form took them (not asked on an older form).</summary>
    public EntryFacts Facts { get; private set; } = EntryFacts.NotAsked();

    /// <summary>Oldest first; the database returns owned rows in no set order, so the order is the record's own: time, then id (entries not yet saved last).</summary>
    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    public static Application Submit(
        Programme programme,
        ParticipantRole role,
        Guid submissionKey,
        Profile profile,
        ReferralSource referralSource,
        string? referralDetail,
        bool consentGiven,
        string? privacyNoticeVersion,
        DateTimeOffset now)
    {
        if (!programme.ApplicationsOpen)
            throw new DomainException("ApplicationsClosed", "This programme is not taking applications at the moment.");
        if (!consentGiven)
            throw new DomainValidationException("Consent", "ConsentRequired", "Please agree to the privacy notice to send your application.");
        if (privacyNoticeVersion != programme.PrivacyNoticeVersion)
            throw new DomainValidationException("Consent", "PrivacyNoticeChanged", "The privacy notice has changed. Please read it again and agree.");
        if (submissionKey == Guid.Empty)
            throw new DomainValidationException("SubmissionKey", "Required", "The form is incomplete. Please reload it.");

        var application = new Application
        {
            OrganisationId = programme.OrganisationId,
            ProgrammeId = programme.Id,
            Role = Guard.Defined(role, nameof(Role)),
            SubmissionKey = submissionKey,
            Profile = profile,
            ReferralSource = Guard.Defined(referralSource, nameof(ReferralSource)),
            ReferralDetail = Guard.Optional(referralDetail, nameof(ReferralDetail), 200),
            ConsentGivenAt = now,
            PrivacyNoticeVersion = programme.PrivacyNoticeVersion,
            Status = ApplicationStatus.Submitted,
        };
        application._history.Add(StatusChange.Record(now, Actor.Applicant(profile.FullName), "Applied", null, nameof(ApplicationStatus.Submitted)));
        return application;
    }

    /// <summary>The facts at entry she gave with her application.</summary>
    public void RecordFacts(EntryFacts facts) => Facts = facts ?? throw new ArgumentNullException(nameof(facts));

    /// <summary>The statuses of an application still waiting for its outcome: not accepted, not declined.</summary>
    public static IReadOnlyList<ApplicationStatus> OpenStatuses { get; } =
        [ApplicationStatus.Submitted, ApplicationStatus.InterviewScheduled, ApplicationStatus.Interviewed, ApplicationStatus.WaitListed];

    public bool IsOpen => OpenStatuses.Contains(Status);

    public void ScheduleInterview(DateTimeOffset at, string? location, string? onlineLink, Actor actor, DateTimeOffset now)
    {
        RequireOpen();
        if (at < now.AddDays(-1))
            throw new DomainValidationException(nameof(InterviewAt), "InterviewInPast", "Choose a time that has not passed.");
        var place = Guard.Optional(location, nameof(InterviewLocation), 200);
        var link = Guard.Optional(onlineLink, nameof(InterviewOnlineLink), 500);
        if (place is null && link is null)
            throw new DomainValidationException(nameof(InterviewLocation), "InterviewPlaceRequired", "Give a place or an online link for the interview.");
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            throw new DomainValidationException(nameof(InterviewOnlineLink), "Url", "Enter a full link starting with https://.");

        InterviewAt = at;
        InterviewLocation = place;
        InterviewOnlineLink = link;
        Move(ApplicationStatus.InterviewScheduled, "InterviewScheduled", actor, now);
    }

    public void RecordInterview(string? qualifications, string? motivation, string? expectations, Actor actor, DateTimeOffset now)
    {
        RequireOpen();
        if (InterviewAt is null)
            throw new DomainException("InterviewNotScheduled", "Schedule the interview before recording it.");
        var q = Guard.Optional(qualifications, nameof(InterviewQualifications), Profile.TextMax);
        var m = Guard.Optional(motivation, nameof(InterviewMotivation), Profile.TextMax);
        var e = Guard.Optional(expectations, nameof(InterviewExpectations), Profile.TextMax);
        if (q is null && m is null && e is null)
            throw new DomainValidationException(nameof(InterviewQualifications), "InterviewNotesRequired", "Write at least one interview note.");

        InterviewQualifications = q;
        InterviewMotivation = m;
        InterviewExpectations = e;
        Move(ApplicationStatus.Interviewed, "Interviewed", actor, now);
    }

    /// <summary>Accepts, wait-lists or declines. Accepting returns the new participant.</summary>
    public Participant? Decide(Decision decision, string? reason, Actor actor, DateTimeOffset now)
    {
        RequireOpen();
        var why = Guard.Optional(reason, nameof(DecisionReason), 1000);
        switch (decision)
        {
            case Decision.Accept:
                if (!HasInterviewNotes)
                    throw new DomainException("InterviewRequired", "Record the interview before accepting the application.");
                DecisionReason = why;
                DecidedAt = now;
                Move(ApplicationStatus.Accepted, "Accepted", actor, now, why);
                var participant = Participant.FromApplication(this, actor, now);
                ParticipantId = participant.Id;
                return participant;
            case Decision.WaitList:
                if (Status == ApplicationStatus.WaitListed)
                    throw new DomainException("AlreadyWaitListed", "The application is already on the waiting list.");
                DecisionReason = why;
                DecidedAt = now;
                Move(ApplicationStatus.WaitListed, "WaitListed", actor, now, why);
                return null;
            case Decision.Decline:
                if (why is null)
                    throw new DomainValidationException(nameof(DecisionReason), "ReasonRequired", "Give a reason for declining.");
                DecisionReason = why;
                DecidedAt = now;
                Move(ApplicationStatus.Declined, "Declined", actor, now, why);
                return null;
            default:
                throw new DomainValidationException(nameof(Decision), "Invalid", "Choose accept, wait-list or decline.");
        }
    }

    public bool HasInterviewNotes =>
        InterviewQualifications is not null || InterviewMotivation is not null || InterviewExpectations is not null;

    private void RequireOpen()
    {
        if (!IsOpen)
            throw new DomainException("ApplicationClosed", "This application has already been decided.");
    }

    private void Move(ApplicationStatus to, string @event, Actor actor, DateTimeOffset now, string? detail = null)
    {
        _history.Add(StatusChange.Record(now, actor, @event, Status.ToString(), to.ToString(), detail));
        Status = to;
    }
}
