using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Records a course the mentee applied for: institution, course and the day she applied (not in the future).</summary>
public static class AddStudyApplication
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, string? Institution, string? Course, DateOnly? AppliedOn, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<(SupportPlan Plan, StudyApplication Application)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var appliedOn = request.AppliedOn ?? throw PlanAccess.Required(nameof(StudyApplication.AppliedOn), "Enter the day she applied.");
            var application = edit.Plan.AddStudyApplication(request.Institution, request.Course, appliedOn, edit.Editor, context.Now);
            await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, application);
        }
    }
}
