using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Adds an action under a goal: what, who takes it on, and by when.</summary>
public static class AddAction
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, Guid GoalId, string? What, ActionOwner? Who, DateOnly? DueOn, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<(SupportPlan Plan, PlanAction Action)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var who = request.Who ?? throw PlanAccess.Required(nameof(PlanAction.Who), "Choose who takes the action on.");
            var action = edit.Plan.AddAction(request.GoalId, request.What, who, request.DueOn, edit.Editor, context.Now);
            await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, action);
        }
    }
}
