using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>The mentee or a mentor adds a goal to the mentee's support plan (the first edit starts the plan).</summary>
public static class AddGoal
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, GoalArea? Area, string? FreeAreaName, string? What, string? Measure, DateOnly? DueBy, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<(SupportPlan Plan, PlanGoal Goal)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var area = request.Area ?? throw PlanAccess.Required(nameof(PlanGoal.Area), "Choose the goal's area.");
            var goal = edit.Plan.AddGoal(area, request.FreeAreaName, request.What, request.Measure, request.DueBy, edit.Editor, context.Now);
            await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, goal);
        }
    }
}
