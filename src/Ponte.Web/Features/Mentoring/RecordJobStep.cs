using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Records how a step to employment of a job application went (when, the outcome, a note); a
/// step recorded again replaces the last record, which the application keeps.
/// </summary>
public static class RecordJobStep
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, Guid ApplicationId, EmploymentStep? Step, DateOnly? On, StepOutcome? Outcome, string? Note, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        /// <returns>The plan, and whether the record changed.</returns>
        public async Task<(SupportPlan Plan, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var step = request.Step ?? throw PlanAccess.Required("Step", "Choose the step.");
            var on = request.On ?? throw PlanAccess.Required("On", "Enter the day of the step.");
            var outcome = request.Outcome ?? throw PlanAccess.Required("Outcome", "Choose how the step went.");
            var changed = edit.Plan.RecordJobStep(request.ApplicationId, step, on, outcome, request.Note, edit.Editor, context.Now);
            if (changed)
                await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, changed);
        }
    }
}
