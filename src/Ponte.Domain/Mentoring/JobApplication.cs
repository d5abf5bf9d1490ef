using Ponte.Domain.Common;

namespace Ponte.Domain.Mentoring;

/// <summary>The steps to employment, in the order an application usually goes through them; any may be skipped.</summary>
public enum EmploymentStep
{
    Application = 0,
    CvScreening = 1,
    ScreeningCall = 2,
    AssessmentTest = 3,
    Interview = 4,
    BackgroundCheck = 5,
    ReferenceCheck = 6,
    DecisionAndOffer = 7,
}

/// <summary>
/// How a step to employment went. Every step but the last is pending, passed, not passed or
/// withdrawn; <see cref="EmploymentStep.DecisionAndOffer"/> is pending, an offer, declined or withdrawn.
/// </summary>
public enum StepOutcome
{
    /// <summary>Under way or waiting for an answer; a step booked ahead (next week's interview) is pending.</summary>
    Pending = 0,

    /// <summary>She went through this step to the next one. Not for the decision.</summary>
    Passed = 1,

    /// <summary>The employer stopped her application at this step. Not for the decision, which is declined.</summary>
    NotPassed = 2,

    /// <summary>Decision and offer only: she was offered the job, whether or not she takes it (say which in the note).</summary>
    Offer = 3,

    /// <summary>Decision and offer only: the employer decided not to offer her the job.</summary>
    Declined = 4,

    /// <summary>She withdrew her application at this step.</summary>
    Withdrawn = 5,
}

/// <summary>An interview recorded in a support plan, for the outcome indicators ("more job interviews").</summary>
public sealed record JobInterview(Guid ApplicationId, string Employer, string Role, DateOnly On, StepOutcome Outcome);

/// <summary>A job offer recorded in a support plan, for the outcome indicators ("more job offers").</summary>
public sealed record JobOffer(Guid ApplicationId, string Employer, string Role, DateOnly On);

/// <summary>
/// One job the mentee applied for and the steps to employment recorded for it. Recording a step
/// again replaces it: the earlier record stays in <see cref="StepHistory"/>, marked replaced.
/// </summary>
public sealed class JobApplication
{
    public const int EmployerMax = 200;
    public const int RoleMax = 200;
    public const int NoteMax = 500;

    private readonly List<EmploymentStepRecord> _steps = [];

    private JobApplication()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Its place in the plan: 1 for the first job application added.</summary>
    public int Position { get; private set; }

    public string Employer { get; private set; } = string.Empty;

    public string Role { get; private set; } = string.Empty;

    public DateOnly AppliedOn { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>The current record of each step recorded, in the steps' fixed order.</summary>
    public IReadOnlyList<EmploymentStepRecord> Steps => _steps.Where(s => s.ReplacedAt is null).OrderBy(s => s.Step).ToList();

    /// <summary>Every record, replaced ones included, in the order they were recorded.</summary>
    public IReadOnlyList<EmploymentStepRecord> StepHistory => _steps.OrderBy(s => s.Position).ToList();

    /// <summary>The current record of <paramref name="step"/>, or null when it has not been recorded.</summary>
    public EmploymentStepRecord? CurrentStep(EmploymentStep step) => _steps.Find(s => s.Step == step && s.ReplacedAt is null);

    /// <summary>Whether the outcome belongs to the step: offer and declined only to the decision, passed and not passed to the others.</summary>
    public static bool Fits(EmploymentStep step, StepOutcome outcome) => outcome switch
    {
        StepOutcome.Offer or StepOutcome.Declined => step == EmploymentStep.DecisionAndOffer,
        StepOutcome.Passed or StepOutcome.NotPassed => step != EmploymentStep.DecisionAndOffer,
        _ => true,
    };

    internal static JobApplication Add(int position, DateTimeOffset now) => new() { Position = position, AddedAt = now };

    /// <summary>Checks and takes the fields; returns what changed, or null when nothing did.</summary>
    internal string? Apply(string? employer, string? role, DateOnly appliedOn, DateTimeOffset now, bool added)
    {
        var employerText = Guard.Required(employer, nameof(Employer), EmployerMax);
        var roleText = Guard.Required(role, nameof(Role), RoleMax);
        PlanDates.RequireNotFuture(appliedOn, nameof(AppliedOn), now);
        PlanDates.RequireNoStepBefore(appliedOn, Steps.Select(s => s.On));

        var detail = Changes.Of(
            (nameof(Employer), added ? null : Employer, employerText),
            (nameof(Role), added ? null : Role, roleText),
            (nameof(AppliedOn), added ? null : Changes.Show(AppliedOn), Changes.Show(appliedOn)));
        Employer = employerText;
        Role = roleText;
        AppliedOn = appliedOn;
        return detail;
    }

    /// <summary>Records the step, replacing its current record; returns the outcome replaced (null: none) or nothing when the record is the same.</summary>
    internal (EmploymentStepRecord Record, StepOutcome? Replaced)? Record(EmploymentStep step, DateOnly on, StepOutcome outcome, string? note, Guid userId, DateTimeOffset now)
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
        var record = EmploymentStepRecord.Create(_steps.Count + 1, step, on, outcome, text, userId, now);
        _steps.Add(record);
        return (record, current?.Outcome);
    }
}

/// <summary>One record of one step of a job application: when, how it went, a note, and who recorded it.</summary>
public sealed class EmploymentStepRecord
{
    private EmploymentStepRecord()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Its place among the application's records in the order recorded.</summary>
    public int Position { get; private set; }

    public EmploymentStep Step { get; private set; }

    public DateOnly On { get; private set; }

    public StepOutcome Outcome { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedById { get; private set; }

    /// <summary>When a later record of the same step replaced this one; null while it is current.</summary>
    public DateTimeOffset? ReplacedAt { get; private set; }

    internal static EmploymentStepRecord Create(int position, EmploymentStep step, DateOnly on, StepOutcome outcome, string? note, Guid userId, DateTimeOffset now) => new()
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
