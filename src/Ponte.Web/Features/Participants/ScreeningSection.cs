using Ponte.Web.Features.Shared;

namespace Ponte.Web.Features.Participants;

/// <summary>What the participant page shows of a mentee's screenings (notes already filtered for the reader), and her latest self-assessment request.</summary>
public sealed record ScreeningSection(
    Guid ParticipantId,
    IReadOnlyList<AssessmentView> OldestFirst,
    IReadOnlyList<ProgressView> Progress,
    ScreeningChart? Chart,
    bool MayRecord,
    bool ShowsSensitive,
    bool IsSelf,
    SelfAssessmentTrend? Requests = null)
{
    public int Improved => Progress.Count(p => p.Change > 0);

    public int Unchanged => Progress.Count(p => p.Change == 0);

    public int Declined => Progress.Count(p => p.Change < 0);
}
