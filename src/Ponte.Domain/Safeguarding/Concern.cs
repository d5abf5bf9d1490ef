using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;

namespace Ponte.Domain.Safeguarding;

/// <summary>What a concern is about, as the person raising it names it.</summary>
public enum ConcernTopic
{
    Safety = 0,
    Relationship = 1,
    PaidServicesOrExploitation = 2,
    Other = 3,
}

/// <summary>How the person who raised a concern wants to be reached about it.</summary>
public enum ConcernContactWay
{
    Email = 0,
    Phone = 1,
    InPersonAtOrganisation = 2,
}

public enum ConcernStatus
{
    /// <summary>Raised; no manager has acted on it yet.</summary>
    Open = 0,

    InProgress = 1,

    Resolved = 2,
}

/// <summary>What a line of a concern's log records.</summary>
public enum ConcernLogKind
{
    Raised = 0,

    /// <summary>A manager wrote down something she did (called her, met her, spoke to the mentor).</summary>
    Action = 1,

    Started = 2,
    Resolved = 3,
    Reopened = 4,

    /// <summary>The process was paused and its contact details hidden.</summary>
    ProcessPaused = 5,

    /// <summary>The pair was added to the match board's exclusions.</summary>
    NeverMatchAgain = 6,
}

/// <summary>One line of a concern's log: what was done, by which account, when. <see cref="Number"/> orders the lines.</summary>
public sealed class ConcernLogEntry
{
    private ConcernLogEntry()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Number { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ByUserId { get; private set; }

    public ConcernLogKind Kind { get; private set; }

    public string? Text { get; private set; }

    internal static ConcernLogEntry Of(int number, ConcernLogKind kind, string? text, Actor actor, DateTimeOffset now) => new()
    {
        Number = number,
        At = now,
        ByUserId = actor.UserId,
        Kind = kind,
        Text = text,
    };
}

/// <summary>
/// A safeguarding concern a mentor or mentee raised with her own account, about one of her
/// mentoring processes or in general. It belongs to her organisation and only its managers read
/// it (docs/decisions/0019-safeguarding-concerns.md). It moves open → in progress → resolved, and
/// may be reopened; every step and every action a manager records goes on its log.
/// </summary>
public sealed class Concern : VersionedEntity, IOrganisationOwned
{
    public const int TextMax = 4000;
    public const int LogTextMax = 2000;

    private readonly List<ConcernLogEntry> _log = [];

    private Concern()
    {
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>The programme of the process it is about, or the raiser's own programme.</summary>
    public Guid ProgrammeId { get; private set; }

    /// <summary>The process it is about; null for a concern in general.</summary>
    public Guid? ProcessId { get; private set; }

    public Guid RaisedByParticipantId { get; private set; }

    public Guid RaisedByUserId { get; private set; }

    public ParticipantRole RaisedByRole { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public ConcernTopic Topic { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public bool WantsContact { get; private set; }

    /// <summary>Set exactly when <see cref="WantsContact"/>.</summary>
    public ConcernContactWay? ContactWay { get; private set; }

    public ConcernStatus Status { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ConcernLogEntry> Log => _log.OrderBy(l => l.Number).ToList();

    /// <summary>
    /// <paramref name="raiser"/> raises a concern with her own account (the actor), about
    /// <paramref name="process"/> if she takes part in it, or in general when it is null.
    /// </summary>
    public static Concern Raise(
        Participant raiser,
        MentoringProcess? process,
        ConcernTopic? topic,
        string? text,
        bool wantsContact,
        ConcernContactWay? contactWay,
        Actor actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(raiser);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != ActorKind.User || actor.UserId is not { } userId || raiser.UserId != userId)
            throw new DomainException("AccountRequired", "A concern is raised by the participant herself, signed in.");
        if (process is not null && (process.OrganisationId != raiser.OrganisationId || !process.HasParticipant(raiser.Id)))
            throw new DomainValidationException(nameof(ProcessId), "NotYourProcess", "Choose one of your own mentoring processes.");
        var chosen = topic ?? throw new DomainValidationException(nameof(Topic), "Required", "Choose what the concern is about.");
        Guard.Defined(chosen, nameof(Topic));
        var body = Guard.Required(text, nameof(Text), TextMax);
        ConcernContactWay? way = null;
        if (wantsContact)
        {
            way = contactWay ?? throw new DomainValidationException(nameof(ContactWay), "Required", "Choose how you want to be contacted.");
            Guard.Defined(way.Value, nameof(ContactWay));
        }

        var concern = new Concern
        {
            OrganisationId = raiser.OrganisationId,
            ProgrammeId = process?.ProgrammeId ?? raiser.ProgrammeId,
            ProcessId = process?.Id,
            RaisedByParticipantId = raiser.Id,
            RaisedByUserId = userId,
            RaisedByRole = raiser.Role,
            RaisedAt = now,
            Topic = chosen,
            Text = body,
            WantsContact = wantsContact,
            ContactWay = way,
            Status = ConcernStatus.Open,
        };
        concern.Write(ConcernLogKind.Raised, null, actor, now);
        return concern;
    }

    /// <summary>A manager takes it up: open → in progress, with an optional note.</summary>
    public void Start(string? note, Actor actor, DateTimeOffset now)
    {
        Require(ConcernStatus.Open, "A concern is taken up while it is open.");
        var text = Guard.Optional(note, "Note", LogTextMax);
        Status = ConcernStatus.InProgress;
        Write(ConcernLogKind.Started, text, actor, now);
    }

    /// <summary>A manager records what she did; an open concern is in progress from then on.</summary>
    public void RecordAction(string? action, Actor actor, DateTimeOffset now)
    {
        RequireNotResolved();
        var text = Guard.Required(action, "Action", LogTextMax);
        if (Status == ConcernStatus.Open)
            Status = ConcernStatus.InProgress;
        Write(ConcernLogKind.Action, text, actor, now);
    }

    /// <summary>A manager closes it, saying how it was resolved.</summary>
    public void Resolve(string? resolution, Actor actor, DateTimeOffset now)
    {
        RequireNotResolved();
        var text = Guard.Required(resolution, "Note", LogTextMax);
        Status = ConcernStatus.Resolved;
        ResolvedAt = now;
        Write(ConcernLogKind.Resolved, text, actor, now);
    }

    /// <summary>A resolved concern comes back (it happened again, or the resolution did not hold): in progress, with the reason.</summary>
    public void Reopen(string? reason, Actor actor, DateTimeOffset now)
    {
        Require(ConcernStatus.Resolved, "Only a resolved concern can be reopened.");
        var text = Guard.Required(reason, "Note", LogTextMax);
        Status = ConcernStatus.InProgress;
        ResolvedAt = null;
        Write(ConcernLogKind.Reopened, text, actor, now);
    }

    /// <summary>The caller paused <paramref name="process"/> (this concern's) and hid its contacts: the log says so, and an open concern is in progress.</summary>
    public void RecordProcessPaused(MentoringProcess process, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        RequireOwnProcess(process.Id);
        RequireNotResolved();
        if (Status == ConcernStatus.Open)
            Status = ConcernStatus.InProgress;
        Write(ConcernLogKind.ProcessPaused, null, actor, now);
    }

    /// <summary>The caller added the raiser and the other side of this concern's process to the match board's exclusions.</summary>
    public void RecordNeverMatchAgain(Guid processId, Actor actor, DateTimeOffset now)
    {
        RequireOwnProcess(processId);
        RequireNotResolved();
        if (Status == ConcernStatus.Open)
            Status = ConcernStatus.InProgress;
        Write(ConcernLogKind.NeverMatchAgain, null, actor, now);
    }

    private void RequireOwnProcess(Guid processId)
    {
        if (ProcessId is null)
            throw new DomainException("NoProcess", "This concern is not about a mentoring process.");
        if (ProcessId != processId)
            throw new DomainException("ProcessMismatch", "This concern is about another process.");
    }

    private void RequireNotResolved()
    {
        if (Status == ConcernStatus.Resolved)
            throw new DomainException("ConcernResolved", "The concern is resolved. Reopen it first.");
    }

    private void Require(ConcernStatus status, string message)
    {
        if (Status != status)
            throw new DomainException("ConcernState", message, Status.ToString());
    }

    private void Write(ConcernLogKind kind, string? text, Actor actor, DateTimeOffset now) =>
        _log.Add(ConcernLogEntry.Of(_log.Count == 0 ? 1 : _log.Max(l => l.Number) + 1, kind, text, actor, now));
}
