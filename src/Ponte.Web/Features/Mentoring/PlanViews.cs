using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A mentee's support plan as the API and the page read it: goals with their actions and history,
/// job and study applications with each step's current record, reviews, and the interviews, offers
/// and admissions the outcome indicators count. A plan not started yet reads as an empty one
/// (<see cref="Started"/> false, <see cref="Version"/> null). <see cref="MyRole"/> is the caller's place
/// in the process (null for a manager, who only reads); <see cref="MayEdit"/> whether she may change it now.
/// </summary>
public sealed record PlanView(
    Guid ProcessId,
    Guid ProgrammeId,
    Guid MenteeId,
    string MenteeName,
    ProcessStatus ProcessStatus,
    bool Started,
    DateTimeOffset? StartedAt,
    ProcessRole? MyRole,
    bool MayEdit,
    DateOnly? NextReviewOn,
    IReadOnlyList<GoalView> Goals,
    IReadOnlyList<JobApplicationView> JobApplications,
    IReadOnlyList<StudyApplicationView> StudyApplications,
    IReadOnlyList<ReviewView> Reviews,
    IReadOnlyList<JobInterview> Interviews,
    IReadOnlyList<JobOffer> Offers,
    IReadOnlyList<StudyAdmission> Admissions,
    IReadOnlyList<PlanLineView> History,
    Guid? Version);

public sealed record GoalView(
    Guid Id,
    int Position,
    GoalArea Area,
    string? FreeAreaName,
    string What,
    string Measure,
    DateOnly? DueBy,
    GoalStatus Status,
    bool IsClosed,
    DateTimeOffset AddedAt,
    IReadOnlyList<ActionView> Actions,
    IReadOnlyList<PlanLineView> History);

public sealed record ActionView(Guid Id, string What, ActionOwner Who, DateOnly? DueOn, bool Done, DateTimeOffset? DoneAt);

/// <summary>A line of a plan's or a goal's history; <see cref="Detail"/> is the domain's "field: old → new".</summary>
public sealed record PlanLineView(DateTimeOffset At, string Event, string? FromStatus, string ToStatus, string? Detail, string By);

public sealed record JobApplicationView(Guid Id, string Employer, string Role, DateOnly AppliedOn, IReadOnlyList<JobStepView> Steps);

/// <summary>The current record of one step to employment.</summary>
public sealed record JobStepView(EmploymentStep Step, DateOnly On, StepOutcome Outcome, string? Note, DateTimeOffset RecordedAt, string RecordedBy);

public sealed record StudyApplicationView(Guid Id, string Institution, string Course, DateOnly AppliedOn, IReadOnlyList<StudyStepView> Steps);

/// <summary>The current record of one step to study.</summary>
public sealed record StudyStepView(StudyStep Step, DateOnly On, StudyOutcome Outcome, string? Note, DateTimeOffset RecordedAt, string RecordedBy);

public sealed record ReviewView(Guid Id, DateOnly On, string? Note, DateOnly? NextOn, DateTimeOffset RecordedAt, string RecordedBy);

public static class PlanViews
{
    /// <summary>
    /// The plan of <paramref name="menteeId"/> in the process, for a caller who may read it (the
    /// organisation's managers, the process's mentors, the mentee herself); otherwise
    /// <see cref="Infrastructure.Errors.NotFoundException"/>.
    /// </summary>
    public static async Task<PlanView> ReadAsync(
        AppDbContext db, ProcessAccess access, Guid processId, Guid menteeId, IStringLocalizer text, CancellationToken ct)
    {
        var process = await PlanAccess.ProcessAsync(access, processId, menteeId, ct);
        var plan = await db.SupportPlans.SingleOrDefaultAsync(p => p.ProcessId == processId && p.MenteeId == menteeId, ct);
        return await ViewAsync(db, process, menteeId, plan, access, text, ct);
    }

    /// <summary>The view of a plan just changed by a handler (or of none yet).</summary>
    public static async Task<PlanView> ViewAsync(
        AppDbContext db, MentoringProcess process, Guid menteeId, SupportPlan? plan, ProcessAccess access, IStringLocalizer text, CancellationToken ct)
    {
        var menteeName = await db.Participants.Where(p => p.Id == menteeId).Select(p => p.Profile.FullName).SingleAsync(ct);
        var myRole = access.Me(process)?.Role;
        var mayEdit = myRole is not null && SupportPlan.IsEditable(process.Status);
        if (plan is null)
        {
            return new PlanView(process.Id, process.ProgrammeId, menteeId, menteeName, process.Status, false, null, myRole, mayEdit, null,
                [], [], [], [], [], [], [], [], null);
        }

        var goals = plan.Goals;
        var jobs = plan.JobApplications;
        var studies = plan.StudyApplications;
        var reviews = plan.Reviews;
        var userIds = plan.History.Select(h => h.ActorUserId)
            .Concat(goals.SelectMany(g => g.History).Select(h => h.ActorUserId))
            .Concat(jobs.SelectMany(j => j.Steps).Select(s => (Guid?)s.RecordedById))
            .Concat(studies.SelectMany(s => s.Steps).Select(s => (Guid?)s.RecordedById))
            .Concat(reviews.Select(r => (Guid?)r.RecordedById));
        var names = await db.UserNamesAsync(userIds, ct);
        PlanLineView Line(StatusChange h) => new(h.At, h.Event, h.FromStatus, h.ToStatus, h.Detail, Who.Of(text, names, h));
        string By(Guid userId) => Who.Of(text, names, userId);

        return new PlanView(
            process.Id, process.ProgrammeId, menteeId, menteeName, process.Status, true, plan.StartedAt, myRole, mayEdit, plan.NextReviewOn,
            goals.Select(g => new GoalView(g.Id, g.Position, g.Area, g.FreeAreaName, g.What, g.Measure, g.DueBy, g.Status, g.IsClosed, g.AddedAt,
                g.Actions.Select(a => new ActionView(a.Id, a.What, a.Who, a.DueOn, a.Done, a.DoneAt)).ToList(),
                g.History.Select(Line).ToList())).ToList(),
            jobs.Select(j => new JobApplicationView(j.Id, j.Employer, j.Role, j.AppliedOn,
                j.Steps.Select(s => new JobStepView(s.Step, s.On, s.Outcome, s.Note, s.RecordedAt, By(s.RecordedById))).ToList())).ToList(),
            studies.Select(j => new StudyApplicationView(j.Id, j.Institution, j.Course, j.AppliedOn,
                j.Steps.Select(s => new StudyStepView(s.Step, s.On, s.Outcome, s.Note, s.RecordedAt, By(s.RecordedById))).ToList())).ToList(),
            reviews.Select(r => new ReviewView(r.Id, r.On, r.Note, r.NextOn, r.RecordedAt, By(r.RecordedById))).ToList(),
            plan.JobInterviews, plan.JobOffers, plan.StudyAdmissions,
            plan.History.Select(Line).ToList(),
            plan.Version);
    }
}
