using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;

namespace Ponte.Domain.Mentoring;

public enum ProcessStatus
{
    /// <summary>Started from an approved match; the agreement is not drafted yet.</summary>
    Matched = 0,

    /// <summary>The agreement is drafted and waits for everyone's acceptance of its current version.</summary>
    Agreed = 1,

    /// <summary>Everyone has accepted the current version of the agreement.</summary>
    Active = 2,

    /// <summary>On hold; resuming returns to the state it was paused from.</summary>
    Paused = 3,

    Closed = 4,
}

public enum PauseReason
{
    Holidays = 0,
    Illness = 1,
    Other = 2,
}

/// <summary>A participant's place in a process.</summary>
public enum ProcessRole
{
    Mentee = 0,
    Mentor = 1,
    CoMentor = 2,
}

/// <summary>Which of her contact details a participant lets the others of her process see.</summary>
[Flags]
public enum ContactSharing
{
    None = 0,
    Email = 1,
    Phone = 2,
    Both = Email | Phone,
}

/// <summary>The keys of the lines a process writes on its timeline, and the caller on each participant's.</summary>
public static class ProcessEvents
{
    public const string Started = "MentoringStarted";
    public const string MenteeJoined = "MenteeJoined";
    public const string AgreementDrafted = "AgreementDrafted";
    public const string AgreementAccepted = "AgreementAccepted";
    public const string AgreementChanged = "AgreementChanged";
    public const string Activated = "MentoringActive";
    public const string Paused = "MentoringPaused";
    public const string Resumed = "MentoringResumed";
}

/// <summary>
/// What a call wrote on the process's timeline (oldest first) and whose timelines should get the
/// same lines (each one a <see cref="StatusChange.Copy"/>). Empty when nothing changed.
/// </summary>
public sealed record ProcessChange(IReadOnlyList<StatusChange> Lines, IReadOnlyList<Guid> ParticipantIds)
{
    public bool IsEmpty => Lines.Count == 0;
}

/// <summary>A mentor, co-mentor or mentee of a process.</summary>
public sealed class ProcessMember
{
    private ProcessMember()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ParticipantId { get; private set; }

    public ProcessRole Role { get; private set; }

    /// <summary>Her sign-in account, as the participant had it when the process started or as linked since.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>A mentee's approved match with the mentor; null for the mentor and the co-mentor.</summary>
    public Guid? MatchProposalId { get; private set; }

    public ContactSharing ContactSharing { get; private set; }

    internal static ProcessMember Of(Participant participant, ProcessRole role, Guid? matchProposalId) => new()
    {
        ParticipantId = participant.Id,
        Role = role,
        UserId = participant.UserId,
        MatchProposalId = matchProposalId,
        ContactSharing = ContactSharing.None,
    };

    internal void LinkUser(Guid userId) => UserId = userId;

    internal void Share(ContactSharing sharing) => ContactSharing = sharing;

    internal AgreementRole AgreementRole => Role switch
    {
        ProcessRole.Mentor => AgreementRole.Mentor,
        ProcessRole.CoMentor => AgreementRole.CoMentor,
        _ => AgreementRole.Mentee,
    };
}

/// <summary>
/// A mentoring process after an approved match: one mentor (optionally a co-mentor) and one or
/// more mentees, their commitment agreement and their timeline. Its status moves only through the
/// transitions below; each returns the lines it wrote so the caller can copy them onto every
/// participant's timeline.
/// </summary>
public sealed partial class MentoringProcess : VersionedEntity, IOrganisationOwned
{
    public const int NoteMax = 1000;

    private readonly List<ProcessMember> _members = [];
    private readonly List<StatusChange> _timeline = [];

    private MentoringProcess()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    /// <summary>The approved match the process came from (for a group, the first mentee's).</summary>
    public Guid? MatchProposalId { get; private set; }

    public ProcessStatus Status { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>While paused: the status resuming returns to.</summary>
    public ProcessStatus? PausedFrom { get; private set; }

    public PauseReason? PauseReason { get; private set; }

    public string? PauseNote { get; private set; }

    public DateTimeOffset? PausedAt { get; private set; }

    public Agreement? Agreement { get; private set; }

    public IReadOnlyList<ProcessMember> Members => _members;

    /// <summary>Oldest first; the database returns owned rows in no set order, so the order is the record's own: time, then id (entries not yet saved last).</summary>
    public IReadOnlyList<StatusChange> Timeline => _timeline.OrderBy(h => h.At).ThenBy(h => h.Id == 0 ? int.MaxValue : h.Id).ToList();

    public Guid MentorId => _members.Single(m => m.Role == ProcessRole.Mentor).ParticipantId;

    public Guid? CoMentorId => _members.SingleOrDefault(m => m.Role == ProcessRole.CoMentor)?.ParticipantId;

    public IReadOnlyList<Guid> MenteeIds => _members.Where(m => m.Role == ProcessRole.Mentee).Select(m => m.ParticipantId).ToList();

    public IReadOnlyList<Guid> ParticipantIds => _members.Select(m => m.ParticipantId).ToList();

    /// <summary>
    /// Starts the process of a mentor and her mentees, each mentee with her approved match with
    /// this mentor, and the co-mentor if there is one (a cleared, trained mentor of the programme).
    /// The mentees are at most the programme's mentor capacity (its group size). The start is the
    /// first line of <see cref="Timeline"/>; copy it onto each of <see cref="ParticipantIds"/>.
    /// </summary>
    public static MentoringProcess Start(
        Programme programme,
        Participant mentor,
        IReadOnlyCollection<Participant> mentees,
        Participant? coMentor,
        IReadOnlyCollection<MatchProposal> approvedMatches,
        Actor actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentees);
        ArgumentNullException.ThrowIfNull(approvedMatches);
        ArgumentNullException.ThrowIfNull(actor);

        if (mentees.Count == 0)
            throw new DomainValidationException("Mentees", "MenteesRequired", "A process needs at least one mentee.");
        if (mentees.Count > programme.MentorCapacity)
            throw new DomainValidationException("Mentees", "GroupSizeExceeded",
                $"This programme's groups have at most {programme.MentorCapacity} mentees.", programme.MentorCapacity);

        List<Participant> everyone = [mentor, .. mentees];
        if (coMentor is not null)
            everyone.Add(coMentor);
        if (everyone.Select(p => p.Id).Distinct().Count() != everyone.Count)
            throw new DomainException("DuplicateParticipant", "Each person takes one place in a process.");
        var accounts = everyone.Where(p => p.UserId is not null).Select(p => p.UserId).ToList();
        if (accounts.Distinct().Count() != accounts.Count)
            throw new DomainException("SameAccountTwice", "Two places in the process belong to the same account.");
        if (everyone.Exists(p => p.OrganisationId != programme.OrganisationId || p.ProgrammeId != programme.Id))
            throw new DomainException("ProgrammeMismatch", "Everyone in a process must be in its programme.");
        if (mentor.Role != ParticipantRole.Mentor || coMentor is { Role: not ParticipantRole.Mentor } || mentees.Any(m => m.Role != ParticipantRole.Mentee))
            throw new DomainException("RolesMismatch", "A process joins a mentor, an optional co-mentor who is a mentor, and mentees.");
        if (mentor.Status != ParticipantStatus.Matched || mentees.Any(m => m.Status != ParticipantStatus.Matched))
            throw new DomainException("NotMatched", "The mentor and every mentee must have been matched.");
        if (coMentor is { Status: not (ParticipantStatus.ReadyToMatch or ParticipantStatus.Matched) })
            throw new DomainException("CoMentorNotReady", "A co-mentor must be cleared and trained.");

        var proposalOf = MatchOfEachMentee(mentor, mentees, approvedMatches);

        var process = new MentoringProcess
        {
            OrganisationId = programme.OrganisationId,
            ProgrammeId = programme.Id,
            MatchProposalId = proposalOf[mentees.First().Id],
            Status = ProcessStatus.Matched,
            StartedAt = now,
        };
        process._members.Add(ProcessMember.Of(mentor, ProcessRole.Mentor, null));
        if (coMentor is not null)
            process._members.Add(ProcessMember.Of(coMentor, ProcessRole.CoMentor, null));
        foreach (var mentee in mentees)
            process._members.Add(ProcessMember.Of(mentee, ProcessRole.Mentee, proposalOf[mentee.Id]));
        process._timeline.Add(StatusChange.Record(now, actor, ProcessEvents.Started, null, nameof(ProcessStatus.Matched)));
        return process;
    }

    /// <summary>
    /// A group grows one approved match at a time: another mentee of this mentor joins while the
    /// group has room (the programme's group size). Once an agreement exists she must accept it
    /// too, so an active group is agreed again until she has. The line goes on everyone's timeline.
    /// </summary>
    public ProcessChange AddMentee(Programme programme, Participant mentee, MatchProposal approvedMatch, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(approvedMatch);
        ArgumentNullException.ThrowIfNull(actor);
        Require("ProcessState", $"A mentee cannot join a process that is {Status}.", ProcessStatus.Matched, ProcessStatus.Agreed, ProcessStatus.Active);
        if (programme.Id != ProgrammeId)
            throw new DomainException("ProgrammeMismatch", "Everyone in a process must be in its programme.");
        if (!HasRoomFor(programme))
            throw new DomainValidationException("Mentees", "GroupSizeExceeded",
                $"This programme's groups have at most {programme.MentorCapacity} mentees.", programme.MentorCapacity);
        if (HasParticipant(mentee.Id))
            throw new DomainException("DuplicateParticipant", "Each person takes one place in a process.");
        if (mentee.UserId is { } userId && _members.Exists(m => m.UserId == userId))
            throw new DomainException("SameAccountTwice", "Two places in the process belong to the same account.");
        if (mentee.OrganisationId != OrganisationId || mentee.ProgrammeId != ProgrammeId)
            throw new DomainException("ProgrammeMismatch", "Everyone in a process must be in its programme.");
        if (mentee.Role != ParticipantRole.Mentee || mentee.Status != ParticipantStatus.Matched)
            throw new DomainException("NotMatched", "The mentor and every mentee must have been matched.");
        var mentor = _members.Single(m => m.Role == ProcessRole.Mentor).ParticipantId;
        if (approvedMatch.Status != ProposalStatus.Approved)
            throw new DomainException("MatchNotApproved", "A process starts from approved matches only.");
        if (approvedMatch.MentorId != mentor || approvedMatch.MenteeId != mentee.Id)
            throw new DomainException("MatchMismatch", "Each approved match must join this mentor and one of these mentees.");

        _members.Add(ProcessMember.Of(mentee, ProcessRole.Mentee, approvedMatch.Id));
        var to = Status == ProcessStatus.Active ? ProcessStatus.Agreed : Status;
        return Changed(Move(to, ProcessEvents.MenteeJoined, actor, now));
    }

    /// <summary>Whether one more mentee fits: a group programme with fewer mentees than its group size.</summary>
    public bool HasRoomFor(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return programme.MentoringType == MentoringType.Group && MenteeIds.Count < programme.MentorCapacity;
    }

    /// <summary>Drafts the agreement from the programme's template with this pair's goals, rhythm and duration: matched → agreed.</summary>
    public ProcessChange DraftAgreement(AgreementTemplate template, string? goals, MeetingRhythm meetingRhythm, int durationMonths, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(actor);
        Require("AgreementAlreadyDrafted", "The agreement has been drafted already; change it instead.", ProcessStatus.Matched);
        RequireOwnTemplate(template);
        var terms = AgreementTerms.Create(template, goals, meetingRhythm, durationMonths);

        Agreement = Agreement.Draft(template, terms, now);
        return Changed(Move(ProcessStatus.Agreed, ProcessEvents.AgreementDrafted, actor, now, VersionDetail()));
    }

    /// <summary>
    /// Changes this pair's goals, rhythm or duration. After any acceptance of the current version
    /// the text becomes a new version everyone accepts again (an active process goes back to
    /// agreed); the same terms change nothing and return an empty change.
    /// </summary>
    public ProcessChange ChangeAgreement(string? goals, MeetingRhythm meetingRhythm, int durationMonths, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var agreement = RequireAgreement();
        var terms = agreement.Terms with
        {
            PairGoals = Guard.Required(goals, nameof(AgreementTerms.PairGoals), AgreementTerms.PairGoalsMax),
            MeetingRhythm = Guard.Defined(meetingRhythm, nameof(AgreementTerms.MeetingRhythm)),
            DurationMonths = Guard.Range(durationMonths, nameof(AgreementTerms.DurationMonths), 1, AgreementTerms.MaxDurationMonths),
        };
        return ChangeTerms(terms, agreement.TemplateId, agreement.TemplateVersion, actor, now);
    }

    /// <summary>Takes the template's current text, keeping the pair's own terms (a template in another language switches the agreement to it); versions as <see cref="ChangeAgreement"/>.</summary>
    public ProcessChange UpdateAgreementFromTemplate(AgreementTemplate template, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(actor);
        var agreement = RequireAgreement();
        RequireOwnTemplate(template);
        var terms = agreement.Terms with { Language = template.Language, Sections = template.Sections };
        return ChangeTerms(terms, template.Id, template.TextVersion, actor, now);
    }

    /// <summary>
    /// A party accepts the current version. <paramref name="role"/> is the role the actor holds
    /// here: for a participant role the actor's account must be the participant's in that role;
    /// for the organisation the caller has checked she is a manager of it, and she may not be one
    /// of the participants. When everyone has accepted, the process becomes active.
    /// </summary>
    public ProcessChange AcceptAgreement(AgreementRole role, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var agreement = RequireAgreement();
        Guard.Defined(role, "Role");
        if (actor.UserId is not { } userId || actor.Kind != ActorKind.User)
            throw new DomainException("AccountRequired", "Only a signed-in person can accept an agreement.");

        var member = _members.Find(m => m.UserId == userId);
        AgreementParty party;
        if (role == AgreementRole.Organisation)
        {
            if (member is not null)
                throw new DomainException("WrongRole", "A participant of the process cannot accept for the organisation.");
            party = new AgreementParty(AgreementRole.Organisation, null);
        }
        else
        {
            if (member is null)
                throw new DomainException("NotAParticipant", "Only the people of this process can accept its agreement.");
            if (member.AgreementRole != role)
                throw new DomainException("WrongRole", "You can accept only in your own role in this process.");
            party = new AgreementParty(role, member.ParticipantId);
        }

        if (agreement.HasAccepted(party))
            throw new DomainException("AlreadyAccepted", "This version of the agreement has been accepted already.", agreement.Version);

        agreement.Accept(party, userId, now);
        var lines = new List<StatusChange> { Note(ProcessEvents.AgreementAccepted, actor, now, $"{role} {VersionDetail()}") };
        if (Status == ProcessStatus.Agreed && AwaitingAcceptance.Count == 0)
            lines.Add(Move(ProcessStatus.Active, ProcessEvents.Activated, actor, now, VersionDetail()));
        return new ProcessChange(lines, ParticipantIds);
    }

    /// <summary>Who still has to accept the current version: each mentee, the mentor, the co-mentor if any, and the organisation.</summary>
    public IReadOnlyList<AgreementParty> AwaitingAcceptance =>
        Agreement is not { } agreement
            ? []
            : _members.Select(m => new AgreementParty(m.AgreementRole, m.ParticipantId))
                .Append(new AgreementParty(AgreementRole.Organisation, null))
                .Where(p => !agreement.HasAccepted(p))
                .ToList();

    public ProcessChange Pause(PauseReason reason, string? note, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status == ProcessStatus.Paused)
            throw new DomainException("AlreadyPaused", "The process is paused already.");
        Require("ProcessState", $"A process cannot be paused while it is {Status}.", ProcessStatus.Matched, ProcessStatus.Agreed, ProcessStatus.Active);
        Guard.Defined(reason, nameof(PauseReason));
        var text = Guard.Optional(note, nameof(PauseNote), NoteMax);

        PausedFrom = Status;
        PauseReason = reason;
        PauseNote = text;
        PausedAt = now;
        return Changed(Move(ProcessStatus.Paused, ProcessEvents.Paused, actor, now, text is null ? reason.ToString() : $"{reason}: {text}"));
    }

    /// <summary>Ends the pause: back to the status it was paused from.</summary>
    public ProcessChange Resume(string? note, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != ProcessStatus.Paused || PausedFrom is not { } from)
            throw new DomainException("NotPaused", "Only a paused process can be resumed.");
        var text = Guard.Optional(note, "Note", NoteMax);

        PausedFrom = null;
        PauseReason = null;
        PauseNote = null;
        PausedAt = null;
        return Changed(Move(from, ProcessEvents.Resumed, actor, now, text));
    }

    /// <summary>A participant links the account she signed up with after the process started.</summary>
    public void LinkUser(Guid participantId, Guid userId)
    {
        var member = Member(participantId);
        if (_members.Exists(m => m != member && m.UserId == userId))
            throw new DomainException("SameAccountTwice", "Two places in the process belong to the same account.");
        member.LinkUser(userId);
    }

    /// <summary>The actor chooses which of her own contact details the others may see once the process is active.</summary>
    public void ShareContact(ContactSharing sharing, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Guard.Defined(sharing, nameof(ContactSharing));
        var member = actor.UserId is { } userId ? _members.Find(m => m.UserId == userId) : null;
        if (member is null)
            throw new DomainException("NotAParticipant", "Only a participant of this process chooses what she shares in it.");
        member.Share(sharing);
    }

    /// <summary>
    /// Which of <paramref name="ownerId"/>'s contact details <paramref name="viewerId"/> may see:
    /// only while the process is active and its contacts are not hidden, only between two different
    /// participants of it, and only what the owner chose to share.
    /// </summary>
    public ContactSharing VisibleContact(Guid viewerId, Guid ownerId)
    {
        if (Status != ProcessStatus.Active || ContactsHidden || viewerId == ownerId)
            return ContactSharing.None;
        var owner = _members.Find(m => m.ParticipantId == ownerId);
        if (owner is null || !_members.Exists(m => m.ParticipantId == viewerId))
            return ContactSharing.None;
        return owner.ContactSharing;
    }

    public bool HasParticipant(Guid participantId) => _members.Exists(m => m.ParticipantId == participantId);

    private static Dictionary<Guid, Guid> MatchOfEachMentee(Participant mentor, IReadOnlyCollection<Participant> mentees, IReadOnlyCollection<MatchProposal> approvedMatches)
    {
        if (approvedMatches.Any(p => p.Status != ProposalStatus.Approved))
            throw new DomainException("MatchNotApproved", "A process starts from approved matches only.");
        if (approvedMatches.Any(p => p.MentorId != mentor.Id || mentees.All(m => m.Id != p.MenteeId))
            || approvedMatches.GroupBy(p => p.MenteeId).Any(g => g.Count() > 1))
            throw new DomainException("MatchMismatch", "Each approved match must join this mentor and one of these mentees.");
        var proposalOf = approvedMatches.ToDictionary(p => p.MenteeId, p => p.Id);
        if (mentees.Any(m => !proposalOf.ContainsKey(m.Id)))
            throw new DomainException("MatchNotApproved", "Every mentee needs an approved match with this mentor.");
        return proposalOf;
    }

    private ProcessMember Member(Guid participantId) =>
        _members.Find(m => m.ParticipantId == participantId)
        ?? throw new DomainException("NotAParticipant", "This participant is not in the process.");

    private Agreement RequireAgreement()
    {
        Require("AgreementNotDrafted", "Draft the agreement first.", ProcessStatus.Agreed, ProcessStatus.Active);
        return Agreement!;
    }

    private void RequireOwnTemplate(AgreementTemplate template)
    {
        if (template.OrganisationId != OrganisationId || template.ProgrammeId != ProgrammeId)
            throw new DomainException("TemplateMismatch", "The agreement template belongs to another programme.");
    }

    /// <summary>A paused process refuses everything but resuming; another status refuses with <paramref name="code"/>.</summary>
    private void Require(string code, string message, params ProcessStatus[] allowed)
    {
        if (allowed.Contains(Status))
            return;
        if (Status == ProcessStatus.Paused)
            throw new DomainException("ProcessPaused", "The process is paused. Resume it first.");
        throw new DomainException(code, message, Status.ToString());
    }

    /// <summary>
    /// Writes the new text. A process that was active goes back to agreed until everyone has
    /// accepted again; the same text changes nothing.
    /// </summary>
    private ProcessChange ChangeTerms(AgreementTerms terms, Guid templateId, int templateVersion, Actor actor, DateTimeOffset now)
    {
        if (!Agreement!.Change(terms, templateId, templateVersion, now))
            return new ProcessChange([], ParticipantIds);
        return Changed(Move(ProcessStatus.Agreed, ProcessEvents.AgreementChanged, actor, now, VersionDetail()));
    }

    private string VersionDetail() => $"v{Agreement!.Version}";

    private ProcessChange Changed(StatusChange line) => new([line], ParticipantIds);

    private StatusChange Note(string @event, Actor actor, DateTimeOffset now, string? detail)
    {
        var line = StatusChange.Record(now, actor, @event, Status.ToString(), Status.ToString(), detail);
        _timeline.Add(line);
        return line;
    }

    private StatusChange Move(ProcessStatus to, string @event, Actor actor, DateTimeOffset now, string? detail = null)
    {
        var line = StatusChange.Record(now, actor, @event, Status.ToString(), to.ToString(), detail);
        _timeline.Add(line);
        Status = to;
        return line;
    }

    /// <summary>A manager has hidden everyone's contact details from the others (a safeguarding step) until she shows them again.</summary>
    public bool ContactsHidden { get; private set; }

    /// <summary>A manager hides the participants' contact details from each other, whatever each chose to share, until <see cref="ShowContacts"/>.</summary>
    public void HideContacts()
    {
        if (Status == ProcessStatus.Closed)
            throw new DomainException("ProcessState", "A closed process shows no contact details.", Status.ToString());
        if (ContactsHidden)
            throw new DomainException("ContactsAlreadyHidden", "The contact details are hidden already.");
        ContactsHidden = true;
    }

    /// <summary>A manager lets the participants see what each chose to share again (while the process is active).</summary>
    public void ShowContacts()
    {
        if (!ContactsHidden)
            throw new DomainException("ContactsNotHidden", "The contact details are not hidden.");
        ContactsHidden = false;
    }
}
