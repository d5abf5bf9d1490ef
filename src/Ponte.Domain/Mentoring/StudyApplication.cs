using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

/// <summary>The steps to study, in the order an application usually goes through them; any may be skipped.</summary>
public enum StudyStep
{
    Application = 0,
    AssessmentTest = 1,
    Eligibility = 2,
    Finance = 3,
    Decision = 4,
}

/// <summary>
/// How a step to study went. Every step but the last is pending, passed, not passed or withdrawn;
/// <see cref="StudyStep.Decision"/> is pending, admitted, refused or withdrawn.
/// </summary>
public enum StudyOutcome
{
    /// <summary>Under way or waiting for an answer.</summary>
    Pending = 0,

    /// <summary>She went through this step to the next one. Not for the decision.</summary>
    Passed = 1,

    /// <summary>The institution stopped her application at this step. Not for the decision, which is refused.</summary>
    NotPassed = 2,

    /// <summary>Decision only: she was offered a place.</summary>
    Admitted = 3,

    /// <summary>Decision only: the institution did not offer her a place.</summary>
    Refused = 4,

    /// <summary>She withdrew her application at this step.</summary>
    Withdrawn = 5,
}

/// <summary>An admission recorded in a support plan, for the outcome indicators ("moved into study").</summary>
public sealed record StudyAdmission(Guid ApplicationId, string Institution, string Course, DateOnly On);

/// <summary>
/// One course the mentee applied for and the steps to study recorded for it. Recording a step
/// again replaces it: the earlier record stays in <see cref="StepHistory"/>, marked replaced.
/// </summary>
public sealed class StudyApplication
{
    public const int InstitutionMax = 200;
    public const int CourseMax = 200;
    public const int NoteMax = 500;

    private readonly List<StudyStepRecord> _steps = [];

    private StudyApplication()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Its place in the plan: 1 for the first study application added.</summary>
    public int Position { get; private set; }

    public string Institution { get; private set; } = string.Empty;

    public string Course { get; private set; } = string.Empty;

    public DateOnly AppliedOn { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>The current record of each step recorded, in the steps' fixed order.</summary>
    public IReadOnlyList<StudyStepRecord> Steps => _steps.Where(s => s.ReplacedAt is null).OrderBy(s => s.Step).ToList();

    /// <summary>Every record, replaced ones included, in the order they were recorded.</summary>
    public IReadOnlyList<StudyStepRecord> StepHistory => _steps.OrderBy(s => s.Position).ToList();

    /// <summary>The current record of <paramref name="step"/>, or null when it has not been recorded.</summary>
    public StudyStepRecord? CurrentStep(StudyStep step) => _steps.Find(s => s.Step == step && s.ReplacedAt is null);

    /// <summary>Whether the outcome belongs to the step: admitted and refused only to the decision, passed and not passed to the others.</summary>
    public static bool Fits(StudyStep step, StudyOutcome outcome) => outcome switch
    {
        StudyOutcome.Admitted or StudyOutcome.Refused => step == StudyStep.Decision,
        StudyOutcome.Passed or StudyOutcome.NotPassed => step != StudyStep.Decision,
        _ => true,
    };

    internal static StudyApplication Add(int position, DateTimeOffset now) => new() { Position = position, AddedAt = now };

    /// <summary>Checks and takes the fields; returns what changed, or null when nothing did.</summary>
    internal string? Apply(string? institution, string? course, DateOnly appliedOn, DateTimeOffset now, bool added)
    {
        var institutionText = Guard.Required(institution, nameof(Institution), InstitutionMax);
        var courseText = Guard.Required(course, nameof(Course), CourseMax);
        PlanDates.RequireNotFuture(appliedOn, nameof(AppliedOn), now);
        PlanDates.RequireNoStepBefore(appliedOn, Steps.Select(s => s.On));

        var detail = Changes.Of(
            (nameof(Institution), added ? null : Institution, institutionText),
            (nameof(Course), added ? null : Course, courseText),
            (nameof(AppliedOn), added ? null : Changes.Show(AppliedOn), Changes.Show(appliedOn)));
        Institution = institutionText;
        Course = courseText;
        AppliedOn = appliedOn;
        return detail;
    }

    /// <summary>Records the step, replacing its current record; returns the outcome replaced (null: none) or nothing when the record is the same.</summary>
    internal (StudyStepRecord Record, StudyOutcome? Replaced)? Record(StudyStep step, DateOnly on, StudyOutcome outcome, string? note, Guid userId, DateTimeOffset now)
    {
        Guard.Defined(step, "Step");
        Guard.Defined(outcome, "Outcome");
        if (!Fits(step, outcome))
            throw new DomainValidationException("Outcome", "OutcomeNotForStep", $"{outcome} is not an outcome of the step {step}.", step.ToString(), outcome.ToString());
        var text = Guard.Optional(note, "Note", NoteMax);
        PlanDates.RequireNotBeforeApplication(on, AppliedOn);

        var current = CurrentStep(step);
        if (current is not null && current.On == on && current.Outcome == outcome && current.Note == text)
            return null;
        current?.Replace(now);
        var record = StudyStepRecord.Create(_steps.Count + 1, step, on, outcome, text, userId, now);
        _steps.Add(record);
        return (record, current?.Outcome);
    }
}

/// <summary>One record of one step of a study application: when, how it went, a note, and who recorded it.</summary>
public sealed class StudyStepRecord
{
    private StudyStepRecord()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Its place among the application's records in the order recorded.</summary>
    public int Position { get; private set; }

    public StudyStep Step { get; private set; }

    public DateOnly On { get; private set; }

    public StudyOutcome Outcome { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedById { get; private set; }

    /// <summary>When a later record of the same step replaced this one; null while it is current.</summary>
    public DateTimeOffset? ReplacedAt { get; private set; }

    internal static StudyStepRecord Create(int position, StudyStep step, DateOnly on, StudyOutcome outcome, string? note, Guid userId, DateTimeOffset now) => new()
    {
        Position = position,
        Step = step,
        On = on,
        Outcome = outcome,
        Note = note,
        RecordedAt = now,
        RecordedById = userId,
    };

    internal void Replace(DateTimeOffset now) => ReplacedAt ??= now;
}
