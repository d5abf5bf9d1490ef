using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>As <see cref="RecordJobStep"/>, for a step to study of a study application.</summary>
public static class RecordStudyStep
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, Guid ApplicationId, StudyStep? Step, DateOnly? On, StudyOutcome? Outcome, string? Note, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        /// <returns>The plan, and whether the record changed.</returns>
        public async Task<(SupportPlan Plan, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var step = request.Step ?? throw PlanAccess.Required("Step", "Choose the step.");
            var on = request.On ?? throw PlanAccess.Required("On", "Enter the day of the step.");
            var outcome = request.Outcome ?? throw PlanAccess.Required("Outcome", "Choose how the step went.");
            var changed = edit.Plan.RecordStudyStep(request.ApplicationId, step, on, outcome, request.Note, edit.Editor, context.Now);
            if (changed)
                await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, changed);
        }
    }
}
