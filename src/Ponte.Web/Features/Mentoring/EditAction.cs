using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Changes an action: what, who and by when, and, when <see cref="Request.Done"/> is given, whether
/// it is done. The request names the whole action, so ticking it off sends its other fields as they are.
/// </summary>
public static class EditAction
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, Guid ActionId, string? What, ActionOwner? Who, DateOnly? DueOn, bool? Done, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        /// <returns>The plan, and whether anything changed.</returns>
        public async Task<(SupportPlan Plan, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var who = request.Who ?? throw PlanAccess.Required(nameof(PlanAction.Who), "Choose who takes the action on.");
            var changed = edit.Plan.EditAction(request.ActionId, request.What, who, request.DueOn, edit.Editor, context.Now);
            if (request.Done is { } done)
                changed |= edit.Plan.MarkActionDone(request.ActionId, done, edit.Editor, context.Now);
            if (changed)
                await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, changed);
        }
    }
}
