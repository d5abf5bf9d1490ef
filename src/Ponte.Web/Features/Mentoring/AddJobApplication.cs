using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Records a job the mentee applied for: employer, role and the day she applied (not in the future).</summary>
public static class AddJobApplication
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, string? Employer, string? Role, DateOnly? AppliedOn, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<(SupportPlan Plan, JobApplication Application)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var appliedOn = request.AppliedOn ?? throw PlanAccess.Required(nameof(JobApplication.AppliedOn), "Enter the day she applied.");
            var application = edit.Plan.AddJobApplication(request.Employer, request.Role, appliedOn, edit.Editor, context.Now);
            await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, application);
        }
    }
}
