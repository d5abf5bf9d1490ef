using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

/// <summary>How a process ended.</summary>
public enum ClosingOutcome
{
    /// <summary>It ran its course.</summary>
    Completed = 0,

    EndedEarly = 1,
}

/// <summary>Why a process ended early (or why someone asks to end it).</summary>
public enum EndReason
{
    FoundWorkElsewhere = 0,
    MovedAway = 1,
    NotAGoodFit = 2,
    NoTime = 3,
    Health = 4,
    NoContact = 5,
    Other = 6,
}

public enum CloseRequestState
{
    Open = 0,

    /// <summary>The process was closed while the request was open.</summary>
    Granted = 1,

    Declined = 2,
}

/// <summary>The keys of the lines closing writes on the process's timeline and on the participants'.</summary>
public static class ClosingEvents
{
    public const string Closed = "MentoringClosed";
    public const string CloseRequested = "CloseRequested";
    public const string CloseRequestDeclined = "CloseRequestDeclined";
    public const string LeavingSituationRecorded = "LeavingSituationRecorded";
    public const string Renewed = "MentoringRenewed";
    public const string RenewedFrom = "MentoringRenewedFrom";
}

/// <summary>How and why the process ended, and who ended it.</summary>
public sealed class ProcessClosure
{
    /// <summary>As long as a pause note: it goes into the timeline line's detail.</summary>
    public const int NoteMax = MentoringProcess.NoteMax;

    private ProcessClosure()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ClosingOutcome Outcome { get; private set; }

    /// <summary>Why it ended early; null when it was completed.</summary>
    public EndReason? Reason { get; private set; }

    /// <summary>The manager's note; for the organisation only.</summary>
    public string? Note { get; private set; }

    public DateTimeOffset ClosedAt { get; private set; }

    public Guid? ClosedById { get; private set; }

    internal static ProcessClosure Of(ClosingOutcome outcome, EndReason? reason, string? note, Actor actor, DateTimeOffset now) => new()
    {
        Outcome = outcome,
        Reason = reason,
        Note = note,
        ClosedAt = now,
        ClosedById = actor.UserId,
    };
}

/// <summary>
/// A participant's request to end the process, which a manager then acts on. Its reasons are for
/// the person who asked and the organisation only: the other side of the process never reads them.
/// </summary>
public sealed class CloseRequest
{
    public const int TextMax = 2000;

    private CloseRequest()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ParticipantId { get; private set; }

    public ProcessRole Role { get; private set; }

    public ClosingOutcome Outcome { get; private set; }

    public EndReason? Reason { get; private set; }

    public string? Text { get; private set; }

    /// <summary>A mentee who asks to go back to the match board for another mentor.</summary>
    public bool WantsNewMentor { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public CloseRequestState State { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    /// <summary>Why a manager declined; the person who asked reads it.</summary>
    public string? DecisionNote { get; private set; }

    internal static CloseRequest Of(ProcessMember member, ClosingOutcome outcome, EndReason? reason, string? text, bool wantsNewMentor, DateTimeOffset now) => new()
    {
        ParticipantId = member.ParticipantId,
        Role = member.Role,
        Outcome = outcome,
        Reason = reason,
        Text = text,
        WantsNewMentor = wantsNewMentor,
        RequestedAt = now,
        State = CloseRequestState.Open,
    };

    internal void Decide(CloseRequestState state, string? note, Actor actor, DateTimeOffset now)
    {
        State = state;
        DecisionNote = note;
        DecidedAt = now;
        DecidedById = actor.UserId;
    }
}

/// <summary>A mentee's labour-market situation on leaving (the ESF+ common result categories).</summary>
public enum LabourMarketSituation
{
    Employed = 0,
    SelfEmployed = 1,
    JobSearching = 2,
    InEducation = 3,
    InTraining = 4,
    Inactive = 5,
}

/// <summary>A level of the Common European Framework of Reference for languages, or none.</summary>
public enum CefrLevel
{
    None = 0,
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}

/// <summary>What a manager records of a mentee's situation on leaving, as typed.</summary>
public sealed record LeavingSituationInput(
    Guid MenteeId,
    LabourMarketSituation? Situation,
    string? Qualification,
    CefrLevel? LanguageLevel,
    IReadOnlyList<string>? Trainings);

/// <summary>
/// The facts of a mentee's situation when her process closed: her labour-market situation, the
/// qualification she gained (if any), her level in the host country's language and the trainings
/// she completed. The outcome indicators count these; one per mentee of a closed process.
/// </summary>
public sealed class LeavingSituation
{
    public const int QualificationMax = 200;
    public const int TrainingMax = 200;
    public const int MaxTrainings = 20;

    private List<string> _trainings = [];

    private LeavingSituation()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MenteeId { get; private set; }

    public LabourMarketSituation Situation { get; private set; }

    /// <summary>Which qualification she gained; null for none.</summary>
    public string? Qualification { get; private set; }

    public bool QualificationGained => Qualification is not null;

    public CefrLevel LanguageLevel { get; private set; }

    /// <summary>The trainings she completed, as the manager named them.</summary>
    public IReadOnlyList<string> Trainings => _trainings;

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid? RecordedById { get; private set; }

    internal static LeavingSituation For(Guid menteeId) => new() { MenteeId = menteeId };

    /// <summary>Takes the input, checked; returns whether anything changed.</summary>
    internal bool Apply(LeavingSituationInput input, Actor actor, DateTimeOffset now)
    {
        var situation = Guard.Defined(input.Situation ?? throw new DomainValidationException(nameof(Situation), "Required", "Choose her situation on leaving."), nameof(Situation));
        var level = Guard.Defined(input.LanguageLevel ?? throw new DomainValidationException(nameof(LanguageLevel), "Required", "Choose her language level, or none."), nameof(LanguageLevel));
        var qualification = Guard.Optional(input.Qualification, nameof(Qualification), QualificationMax);
        var trainings = (input.Trainings ?? []).Select(t => Guard.Optional(t, nameof(Trainings), TrainingMax)).OfType<string>().Distinct().ToList();
        if (trainings.Count > MaxTrainings)
            throw new DomainValidationException(nameof(Trainings), "TooManyTrainings", $"Name at most {MaxTrainings} trainings.", MaxTrainings);

        var changed = RecordedAt == default
            || situation != Situation || level != LanguageLevel || qualification != Qualification || !trainings.SequenceEqual(_trainings);
        Situation = situation;
        LanguageLevel = level;
        Qualification = qualification;
        _trainings = trainings;
        if (changed)
        {
            RecordedAt = now;
            RecordedById = actor.UserId;
        }

        return changed;
    }
}
