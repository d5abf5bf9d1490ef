using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Features.Shared;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring/{id}/Plan/{menteeId}: one mentee's support plan. The mentee and her mentors add and
/// change goals and actions, record steps to employment and to study, and reviews; the
/// organisation's managers read it. Each form posts one change; a refused one shows the page again
/// with what she typed and the message beside its field.
/// </summary>
[Authorize]
public sealed class PlanModel(AppDbContext db, ProcessAccess access, CurrentUser me, IStringLocalizer<PlanText> text) : PontePageModel
{
    public PlanView View { get; private set; } = null!;

    /// <summary>Her SMILE progress beside the plan, for those who may read her ratings (null for anyone else).</summary>
    public SelfAssessmentTrend? Trend { get; private set; }

    /// <summary>The form that was refused, and the goal, action or application it was for: it shows her input and its errors.</summary>
    public string? RefusedForm { get; private set; }

    public Guid? RefusedTarget { get; private set; }

    /// <summary>The plan's version when the page was read; every form sends it back.</summary>
    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public GoalInput NewGoal { get; set; } = new();

    [BindProperty]
    public GoalInput GoalChange { get; set; } = new();

    [BindProperty]
    public StatusInput GoalState { get; set; } = new();

    [BindProperty]
    public ActionInput NewAction { get; set; } = new();

    [BindProperty]
    public ActionInput ActionChange { get; set; } = new();

    [BindProperty]
    public ActionInput ActionRemoval { get; set; } = new();

    [BindProperty]
    public ApplicationInput NewJob { get; set; } = new();

    [BindProperty]
    public StepInput<EmploymentStep, StepOutcome> JobRecord { get; set; } = new();

    [BindProperty]
    public ApplicationInput NewStudy { get; set; } = new();

    [BindProperty]
    public StepInput<StudyStep, StudyOutcome> StudyRecord { get; set; } = new();

    [BindProperty]
    public ReviewInput NewReview { get; set; } = new();

    /// <summary>How the page words refusals: the plan's texts, then the shared ones.</summary>
    private FirstFoundLocalizer Errors => new(text, T);

    public bool IsRefused(string form, Guid? target = null) => RefusedForm == form && (target is null || RefusedTarget == target);

    /// <summary>The message beside a field of a form, only on the form that was refused.</summary>
    public string? ErrorFor(string form, Guid? target, string field) =>
        IsRefused(form, target) && ModelState.TryGetValue($"{form}.{field}", out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    /// <summary>The value a date input shows.</summary>
    public static string DateInput(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string StatusBadge(GoalStatus status) => status switch
    {
        GoalStatus.Achieved => "badge ok",
        GoalStatus.InProgress => "badge warn",
        GoalStatus.Dropped => "badge bad",
        _ => "badge",
    };

    /// <summary>The name of a history line's event in her language; an event this page does not know yet shows its key.</summary>
    public static string Event(IStringLocalizer<PlanText> text, string @event) =>
        text["Event." + @event] is { ResourceNotFound: false } name ? name : @event;

    /// <summary>A history line's detail as the page shows it: without the id of the action or application it starts with.</summary>
    public static string Detail(string detail) =>
        detail.Length > 38 && detail[36] == ':' && Guid.TryParseExact(detail[..36], "D", out _) ? detail[38..] : detail;

    /// <summary>The goal fields' partial for adding a goal or changing one.</summary>
    public GoalFields FieldsFor(string form, string id, GoalInput input, Guid? target) =>
        new(form, id, input.Area, input.FreeAreaName, input.What, input.Measure, input.DueBy, field => ErrorFor(form, target, field));

    public GoalFields FieldsFor(GoalView goal) =>
        IsRefused(nameof(GoalChange), goal.Id)
            ? FieldsFor(nameof(GoalChange), $"eg-{goal.Id}", GoalChange, goal.Id)
            : new(nameof(GoalChange), $"eg-{goal.Id}", goal.Area, goal.FreeAreaName, goal.What, goal.Measure, DateInput(goal.DueBy), _ => null);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid menteeId, CancellationToken ct)
    {
        if (await ReadAsync(id, menteeId, ct) is not { } view)
            return NotFound();
        View = view;
        Version = view.Version;
        return Page();
    }

    public Task<IActionResult> OnPostAddGoalAsync(Guid id, Guid menteeId, [FromServices] AddGoal.Handler add, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(NewGoal), null, async () =>
        {
            var (_, goal) = await add.HandleAsync(new AddGoal.Request(
                id, menteeId, NewGoal.Area, NewGoal.FreeAreaName, NewGoal.What, NewGoal.Measure, TypedDate(NewGoal.DueBy, nameof(PlanGoal.DueBy)), Version), ct);
            return (text["Flash.GoalAdded"], $"goal-{goal.Id}");
        }, ct);

    public Task<IActionResult> OnPostEditGoalAsync(Guid id, Guid menteeId, [FromServices] EditGoal.Handler edit, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(GoalChange), GoalChange.GoalId, async () =>
        {
            var goalId = GoalChange.GoalId ?? Guid.Empty;
            var (_, changed) = await edit.HandleAsync(new EditGoal.Request(
                id, menteeId, goalId, GoalChange.Area, GoalChange.FreeAreaName, GoalChange.What, GoalChange.Measure, TypedDate(GoalChange.DueBy, nameof(PlanGoal.DueBy)), Version), ct);
            return (changed ? text["Flash.GoalSaved"] : text["Flash.Unchanged"], $"goal-{goalId}");
        }, ct);

    public Task<IActionResult> OnPostGoalStatusAsync(Guid id, Guid menteeId, [FromServices] SetGoalStatus.Handler set, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(GoalState), GoalState.GoalId, async () =>
        {
            var goalId = GoalState.GoalId ?? Guid.Empty;
            var (_, changed) = await set.HandleAsync(new SetGoalStatus.Request(id, menteeId, goalId, GoalState.Status, GoalState.Note, Version), ct);
            return (changed ? text["Flash.StatusSaved"] : text["Flash.Unchanged"], $"goal-{goalId}");
        }, ct);

    public Task<IActionResult> OnPostAddActionAsync(Guid id, Guid menteeId, [FromServices] AddAction.Handler add, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(NewAction), NewAction.GoalId, async () =>
        {
            var goalId = NewAction.GoalId ?? Guid.Empty;
            await add.HandleAsync(new AddAction.Request(id, menteeId, goalId, NewAction.What, NewAction.Who, TypedDate(NewAction.DueOn, nameof(PlanAction.DueOn)), Version), ct);
            return (text["Flash.ActionAdded"], $"goal-{goalId}");
        }, ct);

    public Task<IActionResult> OnPostEditActionAsync(Guid id, Guid menteeId, [FromServices] EditAction.Handler edit, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(ActionChange), ActionChange.ActionId, async () =>
        {
            var actionId = ActionChange.ActionId ?? Guid.Empty;
            var (plan, changed) = await edit.HandleAsync(new EditAction.Request(
                id, menteeId, actionId, ActionChange.What, ActionChange.Who, TypedDate(ActionChange.DueOn, nameof(PlanAction.DueOn)), ActionChange.Done, Version), ct);
            return (changed ? text["Flash.ActionSaved"] : text["Flash.Unchanged"], GoalAnchor(plan, actionId));
        }, ct);

    public Task<IActionResult> OnPostRemoveActionAsync(Guid id, Guid menteeId, [FromServices] RemoveAction.Handler remove, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(ActionRemoval), ActionRemoval.ActionId, async () =>
        {
            var actionId = ActionRemoval.ActionId ?? Guid.Empty;
            var anchor = View?.Goals.FirstOrDefault(g => g.Actions.Any(a => a.Id == actionId)) is { } goal ? $"goal-{goal.Id}" : "goals";
            await remove.HandleAsync(new RemoveAction.Request(id, menteeId, actionId, Version), ct);
            return (text["Flash.ActionRemoved"], anchor);
        }, ct);

    public Task<IActionResult> OnPostAddJobAsync(Guid id, Guid menteeId, [FromServices] AddJobApplication.Handler add, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(NewJob), null, async () =>
        {
            var (_, application) = await add.HandleAsync(new AddJobApplication.Request(
                id, menteeId, NewJob.Employer, NewJob.Role, TypedDate(NewJob.AppliedOn, nameof(JobApplication.AppliedOn)), Version), ct);
            return (text["Flash.JobAdded"], $"job-{application.Id}");
        }, ct);

    public Task<IActionResult> OnPostJobStepAsync(Guid id, Guid menteeId, [FromServices] RecordJobStep.Handler record, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(JobRecord), JobRecord.ApplicationId, async () =>
        {
            var applicationId = JobRecord.ApplicationId ?? Guid.Empty;
            var (_, changed) = await record.HandleAsync(new RecordJobStep.Request(
                id, menteeId, applicationId, JobRecord.Step, TypedDate(JobRecord.On, "On"), JobRecord.Outcome, JobRecord.Note, Version), ct);
            return (changed ? text["Flash.StepSaved"] : text["Flash.Unchanged"], $"job-{applicationId}");
        }, ct);

    public Task<IActionResult> OnPostAddStudyAsync(Guid id, Guid menteeId, [FromServices] AddStudyApplication.Handler add, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(NewStudy), null, async () =>
        {
            var (_, application) = await add.HandleAsync(new AddStudyApplication.Request(
                id, menteeId, NewStudy.Institution, NewStudy.Course, TypedDate(NewStudy.AppliedOn, nameof(StudyApplication.AppliedOn)), Version), ct);
            return (text["Flash.StudyAdded"], $"study-{application.Id}");
        }, ct);

    public Task<IActionResult> OnPostStudyStepAsync(Guid id, Guid menteeId, [FromServices] RecordStudyStep.Handler record, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(StudyRecord), StudyRecord.ApplicationId, async () =>
        {
            var applicationId = StudyRecord.ApplicationId ?? Guid.Empty;
            var (_, changed) = await record.HandleAsync(new RecordStudyStep.Request(
                id, menteeId, applicationId, StudyRecord.Step, TypedDate(StudyRecord.On, "On"), StudyRecord.Outcome, StudyRecord.Note, Version), ct);
            return (changed ? text["Flash.StepSaved"] : text["Flash.Unchanged"], $"study-{applicationId}");
        }, ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, Guid menteeId, [FromServices] RecordReview.Handler record, CancellationToken ct) =>
        RunAsync(id, menteeId, nameof(NewReview), null, async () =>
        {
            await record.HandleAsync(new RecordReview.Request(
                id, menteeId, TypedDate(NewReview.On, nameof(PlanReview.On)), NewReview.Note, TypedDate(NewReview.NextReviewOn, nameof(SupportPlan.NextReviewOn)), Version), ct);
            return (text["Flash.ReviewSaved"], "reviews");
        }, ct);

    /// <summary>A date as a date input sends it (yyyy-MM-dd); empty is none; anything else is refused beside <paramref name="field"/>.</summary>
    private static DateOnly? TypedDate(string? typed, string field)
    {
        if (string.IsNullOrWhiteSpace(typed))
            return null;
        return DateOnly.TryParseExact(typed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainValidationException(field, "DateFormat", "Enter a valid date.");
    }

    private static string GoalAnchor(SupportPlan plan, Guid actionId) =>
        plan.Goals.FirstOrDefault(g => g.Actions.Any(a => a.Id == actionId)) is { } goal ? $"goal-{goal.Id}" : "goals";

    private async Task<PlanView?> ReadAsync(Guid id, Guid menteeId, CancellationToken ct)
    {
        try
        {
            var view = await PlanViews.ReadAsync(db, access, id, menteeId, T, ct);
            Trend = await SelfAssessmentTrends.ReadAsync(db, new ParticipantAccess(db, me), menteeId, ct);
            return view;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>Runs one form's handler; a refusal shows the page again with her input and the message beside its field.</summary>
    private async Task<IActionResult> RunAsync(Guid id, Guid menteeId, string form, Guid? target, Func<Task<(string Message, string Anchor)>> action, CancellationToken ct)
    {
        if (await ReadAsync(id, menteeId, ct) is not { } view)
            return NotFound();
        View = view;
        if (view.MyRole is null)
            return StatusCode(StatusCodes.Status403Forbidden);
        RefusedForm = form;
        RefusedTarget = target;

        if (!ModelState.IsValid)
        {
            Forms.LocalizeBindingErrors(ModelState, T);
            return Page();
        }

        try
        {
            var (message, anchor) = await action();
            Flash(message);
            return Redirect($"/Mentoring/{id}/Plan/{menteeId}#{anchor}");
        }
        catch (Exception e) when (ModelState.TryAdd(e, Errors, form))
        {
            db.ChangeTracker.Clear();
            View = (await ReadAsync(id, menteeId, ct))!;
            return Page();
        }
    }

    /// <summary>What the goal fields show: her input after a refusal, else the goal as it is; the errors of the form that was refused.</summary>
    public sealed record GoalFields(string Form, string Id, GoalArea? Area, string? FreeAreaName, string? What, string? Measure, string? DueBy, Func<string, string?> Error);

    /// <summary>One option of a select: the value sent and its label.</summary>
    public sealed record Choice(string Value, string Label);

    /// <summary>A step form of one application: its steps and outcomes as choices, her input after a refusal, and that refusal's errors.</summary>
    public sealed record StepForm(
        string Form, string Handler, string Id, Guid ApplicationId, Guid? Version,
        IReadOnlyList<Choice> Steps, string? Step, string? On, IReadOnlyList<Choice> Outcomes, string? Outcome, string? Note,
        bool Open, Func<string, string?> Error);

    /// <summary>One row of an application's table of steps; null fields: the step is not recorded.</summary>
    public sealed record StepRow(string Step, string Label, string? On, string? OutcomeValue, string? Outcome, string? Note);

    /// <summary>An application's table of steps.</summary>
    public sealed record StepTable(string Id, string Caption, IReadOnlyList<StepRow> Rows);

    public StepForm JobStepForm(JobApplicationView application, IStringLocalizer<PlanText> labels)
    {
        var mine = IsRefused(nameof(JobRecord), application.Id);
        return new StepForm(nameof(JobRecord), "JobStep", $"js-{application.Id}", application.Id, Version,
            Enum.GetValues<EmploymentStep>().Select(s => new Choice(s.ToString(), labels.Enum(s))).ToList(), mine ? JobRecord.Step?.ToString() : null, mine ? JobRecord.On : null,
            Enum.GetValues<StepOutcome>().Select(o => new Choice(o.ToString(), labels.Enum(o))).ToList(), mine ? JobRecord.Outcome?.ToString() : null, mine ? JobRecord.Note : null,
            mine, field => ErrorFor(nameof(JobRecord), application.Id, field));
    }

    public StepForm StudyStepForm(StudyApplicationView application, IStringLocalizer<PlanText> labels)
    {
        var mine = IsRefused(nameof(StudyRecord), application.Id);
        return new StepForm(nameof(StudyRecord), "StudyStep", $"ss-{application.Id}", application.Id, Version,
            Enum.GetValues<StudyStep>().Select(s => new Choice(s.ToString(), labels.Enum(s))).ToList(), mine ? StudyRecord.Step?.ToString() : null, mine ? StudyRecord.On : null,
            Enum.GetValues<StudyOutcome>().Select(o => new Choice(o.ToString(), labels.Enum(o))).ToList(), mine ? StudyRecord.Outcome?.ToString() : null, mine ? StudyRecord.Note : null,
            mine, field => ErrorFor(nameof(StudyRecord), application.Id, field));
    }

    public sealed class GoalInput
    {
        public Guid? GoalId { get; set; }

        public GoalArea? Area { get; set; }

        public string? FreeAreaName { get; set; }

        public string? What { get; set; }

        public string? Measure { get; set; }

        public string? DueBy { get; set; }
    }

    public sealed class StatusInput
    {
        public Guid? GoalId { get; set; }

        public GoalStatus? Status { get; set; }

        public string? Note { get; set; }
    }

    public sealed class ActionInput
    {
        public Guid? GoalId { get; set; }

        public Guid? ActionId { get; set; }

        public string? What { get; set; }

        public ActionOwner? Who { get; set; }

        public string? DueOn { get; set; }

        public bool? Done { get; set; }
    }

    /// <summary>A job application (employer, role) or a study application (institution, course).</summary>
    public sealed class ApplicationInput
    {
        public string? Employer { get; set; }

        public string? Role { get; set; }

        public string? Institution { get; set; }

        public string? Course { get; set; }

        public string? AppliedOn { get; set; }
    }

    public sealed class StepInput<TStep, TOutcome>
        where TStep : struct, Enum
        where TOutcome : struct, Enum
    {
        public Guid? ApplicationId { get; set; }

        public TStep? Step { get; set; }

        public string? On { get; set; }

        public TOutcome? Outcome { get; set; }

        public string? Note { get; set; }
    }

    public sealed class ReviewInput
    {
        public string? On { get; set; }

        public string? Note { get; set; }

        public string? NextReviewOn { get; set; }
    }
}
