using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Support plans over JSON: one mentee's plan in one process, read by the organisation's managers,
/// the process's mentors and the mentee herself; changed by the participants only. Every change
/// names the plan's <c>version</c> the caller read (stale: 409) and answers the plan as it is now.
/// </summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/processes/{id:guid}/plans/{menteeId:guid}")
            .WithTags("Mentoring")
            .WithMetadata(new ErrorTexts(typeof(PlanText)));

        plans.MapGet("/", Get)
            .WithSummary("The mentee's support plan: goals by area with actions and history, job and study applications with each step's current record, reviews, the next review, interviews, offers and admissions. Before the first edit: an empty plan (started false, version null).");
        plans.MapPost("/goals", PostGoal)
            .WithSummary("Adds a goal: area (LabourMarketOrientation, HealthAndHabits, ParentingAndFamily, RightsAndObligations, CityOrientation, or Free with freeAreaName), what, measure, dueBy (yyyy-MM-dd, optional). The first edit starts the plan.");
        plans.MapPut("/goals/{goalId:guid}", PutGoal)
            .WithSummary("Changes a goal's area, what, measure and dueBy (all sent, as for adding); its history keeps what changed.");
        plans.MapPut("/goals/{goalId:guid}/status", PutGoalStatus)
            .WithSummary("Sets a goal's status (NotStarted, InProgress, Achieved, Dropped) with an optional note: a started goal cannot go back to not started, an achieved or dropped one only back to in progress.");
        plans.MapPost("/goals/{goalId:guid}/actions", PostAction)
            .WithSummary("Adds an action under an open goal: what, who (Mentee or Mentor), dueOn (yyyy-MM-dd, optional).");
        plans.MapPut("/actions/{actionId:guid}", PutAction)
            .WithSummary("Changes an action: what, who and dueOn as they should be, and done (true or false; left out: unchanged).");
        plans.MapDelete("/actions/{actionId:guid}", DeleteAction)
            .WithSummary("Removes an action (?version= the plan's version); its goal's history keeps a line naming it.");
        plans.MapPost("/job-applications", PostJobApplication)
            .WithSummary("Adds a job she applied for: employer, role, appliedOn (yyyy-MM-dd, not in the future).");
        plans.MapPut("/job-applications/{applicationId:guid}/steps/{step}", PutJobStep)
            .WithRequestFields(new Dictionary<string, string> { ["Step"] = "step" })
            .WithSummary("Records a step to employment (Application, CvScreening, ScreeningCall, AssessmentTest, Interview, BackgroundCheck, ReferenceCheck, DecisionAndOffer): on (yyyy-MM-dd, not before the application), outcome (Pending, Passed, NotPassed, Withdrawn; for DecisionAndOffer Pending, Offer, Declined, Withdrawn), note. Recording it again replaces the current record.");
        plans.MapPost("/study-applications", PostStudyApplication)
            .WithSummary("Adds a course she applied for: institution, course, appliedOn (yyyy-MM-dd, not in the future).");
        plans.MapPut("/study-applications/{applicationId:guid}/steps/{step}", PutStudyStep)
            .WithRequestFields(new Dictionary<string, string> { ["Step"] = "step" })
            .WithSummary("Records a step to study (Application, AssessmentTest, Eligibility, Finance, Decision): on, outcome (Pending, Passed, NotPassed, Withdrawn; for Decision Pending, Admitted, Refused, Withdrawn), note.");
        plans.MapPost("/reviews", PostReview)
            .WithRequestFields(new Dictionary<string, string> { ["NextReviewOn"] = "nextOn" })
            .WithSummary("Records a review held on a day (on, not in the future) with a note, and the next review's day (nextOn, not in the past; left out: none planned).");
        return api;
    }

    public static async Task<Ok<PlanView>> Get(Guid id, Guid menteeId, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        TypedResults.Ok(await PlanViews.ReadAsync(db, access, id, menteeId, text, ct));

    public static async Task<Ok<PlanView>> PostGoal(
        Guid id, Guid menteeId, GoalRequest body, AddGoal.Handler add, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (plan, _) = await add.HandleAsync(new AddGoal.Request(id, menteeId, body.Area, body.FreeAreaName, body.What, body.Measure, body.DueBy, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PutGoal(
        Guid id, Guid menteeId, Guid goalId, GoalRequest body, EditGoal.Handler edit, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (plan, _) = await edit.HandleAsync(new EditGoal.Request(id, menteeId, goalId, body.Area, body.FreeAreaName, body.What, body.Measure, body.DueBy, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PutGoalStatus(
        Guid id, Guid menteeId, Guid goalId, GoalStatusRequest body, SetGoalStatus.Handler set, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (plan, _) = await set.HandleAsync(new SetGoalStatus.Request(id, menteeId, goalId, body.Status, body.Note, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PostAction(
        Guid id, Guid menteeId, Guid goalId, NewActionRequest body, AddAction.Handler add, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (plan, _) = await add.HandleAsync(new AddAction.Request(id, menteeId, goalId, body.What, body.Who, body.DueOn, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PutAction(
        Guid id, Guid menteeId, Guid actionId, ActionRequest body, EditAction.Handler edit, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (plan, _) = await edit.HandleAsync(new EditAction.Request(id, menteeId, actionId, body.What, body.Who, body.DueOn, body.Done, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> DeleteAction(
        Guid id, Guid menteeId, Guid actionId, Guid? version, RemoveAction.Handler remove, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var plan = await remove.HandleAsync(new RemoveAction.Request(id, menteeId, actionId, version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PostJobApplication(
        Guid id, Guid menteeId, JobApplicationRequest body, AddJobApplication.Handler add, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (plan, _) = await add.HandleAsync(new AddJobApplication.Request(id, menteeId, body.Employer, body.Role, body.AppliedOn, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PutJobStep(
        Guid id, Guid menteeId, Guid applicationId, string step, JobStepRequest body, RecordJobStep.Handler record, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var which = Forms.ParseEnum<EmploymentStep>(step) ?? throw await UnknownStepAsync(access, id, menteeId, ct);
        var (plan, _) = await record.HandleAsync(new RecordJobStep.Request(id, menteeId, applicationId, which, body.On, body.Outcome, body.Note, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PostStudyApplication(
        Guid id, Guid menteeId, StudyApplicationRequest body, AddStudyApplication.Handler add, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (plan, _) = await add.HandleAsync(new AddStudyApplication.Request(id, menteeId, body.Institution, body.Course, body.AppliedOn, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PutStudyStep(
        Guid id, Guid menteeId, Guid applicationId, string step, StudyStepRequest body, RecordStudyStep.Handler record, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var which = Forms.ParseEnum<StudyStep>(step) ?? throw await UnknownStepAsync(access, id, menteeId, ct);
        var (plan, _) = await record.HandleAsync(new RecordStudyStep.Request(id, menteeId, applicationId, which, body.On, body.Outcome, body.Note, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    public static async Task<Ok<PlanView>> PostReview(
        Guid id, Guid menteeId, ReviewRequest body, RecordReview.Handler record, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (plan, _) = await record.HandleAsync(new RecordReview.Request(id, menteeId, body.On, body.Note, body.NextOn, body.Version), ct);
        return await ViewAsync(db, access, plan, text, ct);
    }

    private static async Task<Ok<PlanView>> ViewAsync(AppDbContext db, ProcessAccess access, SupportPlan plan, IStringLocalizer text, CancellationToken ct) =>
        TypedResults.Ok(await PlanViews.ViewAsync(db, await access.GetAsync(plan.ProcessId, ct), plan.MenteeId, plan, access, text, ct));

    /// <summary>A step in the path that is not one of the steps: a 400 naming it, to a caller who may see the plan (else 404).</summary>
    private static async Task<DomainValidationException> UnknownStepAsync(ProcessAccess access, Guid id, Guid menteeId, CancellationToken ct)
    {
        await PlanAccess.ProcessAsync(access, id, menteeId, ct);
        return new DomainValidationException("Step", "Invalid", "This is not one of the steps.");
    }
}

public sealed record GoalRequest(GoalArea? Area, string? FreeAreaName, string? What, string? Measure, DateOnly? DueBy, Guid? Version);

public sealed record GoalStatusRequest(GoalStatus? Status, string? Note, Guid? Version);

public sealed record NewActionRequest(string? What, ActionOwner? Who, DateOnly? DueOn, Guid? Version);

public sealed record ActionRequest(string? What, ActionOwner? Who, DateOnly? DueOn, bool? Done, Guid? Version);

public sealed record JobApplicationRequest(string? Employer, string? Role, DateOnly? AppliedOn, Guid? Version);

public sealed record JobStepRequest(DateOnly? On, StepOutcome? Outcome, string? Note, Guid? Version);

public sealed record StudyApplicationRequest(string? Institution, string? Course, DateOnly? AppliedOn, Guid? Version);

public sealed record StudyStepRequest(DateOnly? On, StudyOutcome? Outcome, string? Note, Guid? Version);

public sealed record ReviewRequest(DateOnly? On, string? Note, DateOnly? NextOn, Guid? Version);
