using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Removes an action from its goal; the goal's history keeps a line naming what it was.</summary>
public static class RemoveAction
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, Guid ActionId, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<SupportPlan> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            edit.Plan.RemoveAction(request.ActionId, edit.Editor, context.Now);
            await PlanAccess.SaveAsync(context, edit, ct);
            return edit.Plan;
        }
    }
}
