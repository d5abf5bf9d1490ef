using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Screening;

namespace Ponte.Web.Features.Screening;

/// <summary>What the participant page shows of a mentee's screenings (notes already filtered for the reader).</summary>
public sealed record ScreeningSection(
    Guid ParticipantId,
    IReadOnlyList<AssessmentView> OldestFirst,
    IReadOnlyList<ProgressView> Progress,
    ScreeningChart? Chart,
    bool MayRecord,
    bool ShowsSensitive,
    bool IsSelf)
{
    public int Improved => Progress.Count(p => p.Change > 0);

    public int Unchanged => Progress.Count(p => p.Change == 0);

    public int Declined => Progress.Count(p => p.Change < 0);
}

public sealed record EvidenceOption(Guid Id, DateTimeOffset TakenAt, AssessmentMode Mode);

/// <summary>The manager's target-group form: the groups the programme serves and her screenings as evidence.</summary>
public sealed record TargetGroupForm(
    Guid ParticipantId,
    Guid Version,
    TargetGroup? Current,
    IReadOnlyList<TargetGroup> Served,
    IReadOnlyList<EvidenceOption> Evidence,
    string? SelectedGroup,
    string? SelectedEvidence)
{
    public static TargetGroupForm For(Participant participant, Programme programme, IReadOnlyList<AssessmentView> oldestFirst, string? group = null, string? evidence = null, Guid? version = null) => new(
        participant.Id,
        version ?? participant.Version,
        participant.TargetGroup,
        Enum.GetValues<TargetGroup>().Where(g => programme.TargetGroups.HasFlag(g.AsSet())).ToList(),
        oldestFirst.Reverse().Select(a => new EvidenceOption(a.Id, a.TakenAt, a.Mode)).ToList(),
        group ?? participant.TargetGroup?.ToString(),
        evidence ?? oldestFirst.LastOrDefault()?.Id.ToString());
}
