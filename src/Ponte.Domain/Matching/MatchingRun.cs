using Ponte.Domain.Common;

namespace Ponte.Domain.Matching;

public enum ProposalStatus
{
    /// <summary>Waiting for the manager's decision.</summary>
    Proposed = 0,

    /// <summary>The manager approved it: the two are matched.</summary>
    Approved = 1,

    Rejected = 2,
}

/// <summary>
/// One run of the matching engine over a programme's waiting list, kept so that the manager can
/// decide on its proposals one by one. Explanations are stored as the engine gave them (opaque
/// text the site formats), so a page shows what the run saw even after profiles change.
/// </summary>
public sealed class MatchingRun : VersionedEntity, IOrganisationOwned
{
    private readonly List<MatchProposal> _proposals = [];
    private readonly List<UnmatchedEntry> _unmatched = [];

    private MatchingRun()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public DateTimeOffset RanAt { get; private set; }

    /// <summary>The account that ran the board (null: Ponte itself).</summary>
    public Guid? RanById { get; private set; }

    /// <summary>Mentees on the waiting list when it ran.</summary>
    public int MenteesWaiting { get; private set; }

    /// <summary>Mentors ready to match with at least one free place.</summary>
    public int MentorsAvailable { get; private set; }

    /// <summary>Pairs already matched in the programme; they stay as they are.</summary>
    public int AlreadyMatched { get; private set; }

    public long TotalScoreCents { get; private set; }

    public int ElapsedMilliseconds { get; private set; }

    public IReadOnlyList<MatchProposal> Proposals => _proposals;

    public IReadOnlyList<UnmatchedEntry> Unmatched => _unmatched;

    public static MatchingRun Record(
        Guid organisationId, Guid programmeId, Actor actor, DateTimeOffset now,
        int menteesWaiting, int mentorsAvailable, int alreadyMatched, int elapsedMilliseconds,
        IEnumerable<MatchProposal> proposals, IEnumerable<UnmatchedEntry> unmatched)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var run = new MatchingRun
        {
            OrganisationId = organisationId,
            ProgrammeId = programmeId,
            RanAt = now,
            RanById = actor.UserId,
            MenteesWaiting = menteesWaiting,
            MentorsAvailable = mentorsAvailable,
            AlreadyMatched = alreadyMatched,
            ElapsedMilliseconds = elapsedMilliseconds,
        };
        run._proposals.AddRange(proposals);
        run._unmatched.AddRange(unmatched);
        run.Recount();
        return run;
    }

    public MatchProposal? FindProposal(Guid proposalId) => _proposals.Find(p => p.Id == proposalId);

    public bool HasMentee(Guid menteeId) =>
        _proposals.Exists(p => p.MenteeId == menteeId) || _unmatched.Exists(u => u.MenteeId == menteeId);

    /// <summary>The manager's decision to match the two; the caller starts the relationship.</summary>
    public void Approve(MatchProposal proposal, Guid relationshipId, Actor actor, DateTimeOffset now) =>
        Own(proposal).Decide(ProposalStatus.Approved, relationshipId, actor, now);

    public void Reject(MatchProposal proposal, Actor actor, DateTimeOffset now)
    {
        Own(proposal).Decide(ProposalStatus.Rejected, null, actor, now);
        Recount();
    }

    /// <summary>
    /// The manager's own choice of mentor for a mentee of this run, already checked against the
    /// hard rules and scored by the caller. It replaces her undecided proposal (or gives an
    /// unmatched mentee one); an approved proposal is not replaced.
    /// </summary>
    public MatchProposal Choose(Guid menteeId, Guid mentorId, long scoreCents, string explanation, Actor actor, DateTimeOffset now)
    {
        if (!HasMentee(menteeId))
            throw new DomainException("NotInRun", "This mentee was not on the waiting list of this run.");
        if (_proposals.Exists(p => p.MenteeId == menteeId && p.Status == ProposalStatus.Approved))
            throw new DomainException("ProposalDecided", "This proposal has been decided already.");
        var chosen = MatchProposal.Manual(menteeId, mentorId, scoreCents, explanation, actor, now);

        // An open proposal gives way to the choice; a rejected one stays, as the record of that decision.
        var open = _proposals.Find(p => p.MenteeId == menteeId && p.Status == ProposalStatus.Proposed);
        var earlier = open ?? _proposals.Find(p => p.MenteeId == menteeId);
        if (earlier is not null)
            chosen.KeepAlternatives(earlier.Alternatives);
        if (open is not null)
            _proposals.Remove(open);

        _unmatched.RemoveAll(u => u.MenteeId == menteeId);
        _proposals.Add(chosen);
        Recount();
        return chosen;
    }

    /// <summary>The total counts every proposal not rejected.</summary>
    private void Recount() =>
        TotalScoreCents = _proposals.Where(p => p.Status != ProposalStatus.Rejected).Sum(p => p.ScoreCents);

    private MatchProposal Own(MatchProposal proposal) =>
        _proposals.Contains(proposal) ? proposal : throw new ArgumentException("The proposal belongs to another run.", nameof(proposal));
}

/// <summary>A proposed pair of a run: its score, the explanation and the mentee's next-best mentors.</summary>
public sealed class MatchProposal
{
    private MatchProposal()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MenteeId { get; private set; }

    public Guid MentorId { get; private set; }

    public long ScoreCents { get; private set; }

    /// <summary>The per-criterion breakdown, as the site serialised it.</summary>
    public string Explanation { get; private set; } = string.Empty;

    /// <summary>Other allowed mentors for the mentee, best first, as the site serialised them.</summary>
    public string Alternatives { get; private set; } = string.Empty;

    public ProposalStatus Status { get; private set; }

    /// <summary>The manager picked this mentor by hand.</summary>
    public bool ChosenByHand { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public Guid? RelationshipId { get; private set; }

    public static MatchProposal Create(Guid menteeId, Guid mentorId, long scoreCents, string explanation, string alternatives) =>
        new()
        {
            MenteeId = menteeId,
            MentorId = mentorId,
            ScoreCents = scoreCents,
            Explanation = explanation,
            Alternatives = alternatives,
        };

    internal static MatchProposal Manual(Guid menteeId, Guid mentorId, long scoreCents, string explanation, Actor actor, DateTimeOffset now) =>
        new()
        {
            MenteeId = menteeId,
            MentorId = mentorId,
            ScoreCents = scoreCents,
            Explanation = explanation,
            Alternatives = "[]",
            ChosenByHand = true,
            DecidedById = actor.UserId,
            DecidedAt = now,
        };

    internal void KeepAlternatives(string alternatives) => Alternatives = alternatives;

    internal void Decide(ProposalStatus to, Guid? relationshipId, Actor actor, DateTimeOffset now)
    {
        if (Status != ProposalStatus.Proposed)
            throw new DomainException("ProposalDecided", "This proposal has been decided already.");
        Status = to;
        RelationshipId = relationshipId;
        DecidedAt = now;
        DecidedById = actor.UserId;
    }
}

/// <summary>A mentee of a run without a proposal, and why.</summary>
public sealed class UnmatchedEntry
{
    private UnmatchedEntry()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MenteeId { get; private set; }

    public UnmatchedReason Reason { get; private set; }

    /// <summary>How many mentors each hard rule ruled out, as the site serialised them.</summary>
    public string Facts { get; private set; } = string.Empty;

    public static UnmatchedEntry Create(Guid menteeId, UnmatchedReason reason, string facts) =>
        new() { MenteeId = menteeId, Reason = reason, Facts = facts };
}

/// <summary>
/// A pair the manager said must never be proposed: a declared conflict of interest, or two who
/// were matched before and it ended badly. Matching treats it as a hard rule.
/// </summary>
public sealed class MatchExclusion : Entity, IOrganisationOwned
{
    public const int NoteMax = 500;

    private MatchExclusion()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid MenteeId { get; private set; }

    public Guid MentorId { get; private set; }

    public ExclusionReason Reason { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset DeclaredAt { get; private set; }

    public Guid? DeclaredById { get; private set; }

    public static MatchExclusion Declare(
        Participants.Participant mentee, Participants.Participant mentor, ExclusionReason reason, string? note, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(actor);
        if (mentee.Role != Profiles.ParticipantRole.Mentee || mentor.Role != Profiles.ParticipantRole.Mentor)
            throw new DomainException("RolesMismatch", "An exclusion joins one mentor and one mentee.");
        if (mentee.OrganisationId != mentor.OrganisationId || mentee.ProgrammeId != mentor.ProgrammeId)
            throw new DomainException("ProgrammeMismatch", "Mentor and mentee must be in the same programme.");
        return new MatchExclusion
        {
            OrganisationId = mentee.OrganisationId,
            ProgrammeId = mentee.ProgrammeId,
            MenteeId = mentee.Id,
            MentorId = mentor.Id,
            Reason = Guard.Defined(reason, nameof(Reason)),
            Note = Guard.Optional(note, nameof(Note), NoteMax),
            DeclaredAt = now,
            DeclaredById = actor.UserId,
        };
    }
}
