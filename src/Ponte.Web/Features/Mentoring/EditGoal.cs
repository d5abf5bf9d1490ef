using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Changes a goal's area, wording, measure or due date (not its status); the goal's history keeps what changed.</summary>
public static class EditGoal
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, Guid GoalId, GoalArea? Area, string? FreeAreaName, string? What, string? Measure, DateOnly? DueBy, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        /// <returns>The plan, and whether anything changed.</returns>
        public async Task<(SupportPlan Plan, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var area = request.Area ?? throw PlanAccess.Required(nameof(PlanGoal.Area), "Choose the goal's area.");
            var changed = edit.Plan.EditGoal(request.GoalId, area, request.FreeAreaName, request.What, request.Measure, request.DueBy, edit.Editor, context.Now);
            if (changed)
                await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, changed);
        }
    }
}
