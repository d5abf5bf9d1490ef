namespace Ponte.Web.Features.Mentoring;

/// <summary>The closed process page's follow-ups after leaving: each mentee's two, where they stand and her answers.</summary>
public sealed partial class ProcessModel
{
    public IReadOnlyList<FollowUpView> FollowUps { get; private set; } = [];

    private async Task ShowFollowUpsAsync(Ponte.Domain.Mentoring.MentoringProcess process, CancellationToken ct) =>
        FollowUps = await FollowUpViews.ListAsync(db, process, access, HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
}
