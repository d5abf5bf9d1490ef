using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Records a review of the plan held on a day (not in the future), what was said, and the day of the next one (not in the past).</summary>
public static class RecordReview
{
    public sealed record Request(Guid ProcessId, Guid MenteeId, DateOnly? On, string? Note, DateOnly? NextReviewOn, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<(SupportPlan Plan, PlanReview Review)> HandleAsync(Request request, CancellationToken ct)
        {
            var edit = await PlanAccess.EditAsync(context, access, request.ProcessId, request.MenteeId, request.Version, ct);
            var on = request.On ?? throw PlanAccess.Required(nameof(PlanReview.On), "Enter the day of the review.");
            var review = edit.Plan.RecordReview(on, request.Note, request.NextReviewOn, edit.Editor, context.Now);
            await PlanAccess.SaveAsync(context, edit, ct);
            return (edit.Plan, review);
        }
    }
}
