using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Moves a goal to in progress, achieved or dropped (or back), as the goal allows, with an optional note on its history.</summary>
public static class SetGoalStatus
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, Guid GoalId, GoalStatus? Status, string? Note, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        /// <returns>The plan, and whether the status changed.</returns>
        public async Task<(SupportPlan Plan, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var status = request.Status ?? throw PlanAccess.Required(nameof(PlanGoal.Status), "Choose the goal's status.");
            var changed = edit.Plan.SetGoalStatus(request.GoalId, status, request.Note, edit.Editor, context.Now);
            if (changed)
                await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, changed);
        }
    }
}
