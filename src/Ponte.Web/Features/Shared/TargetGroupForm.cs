using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Screening;

namespace Ponte.Web.Features.Shared;

public sealed record EvidenceOption(Guid Id, DateTimeOffset TakenAt, AssessmentMode Mode);

/// <summary>
/// The manager's target-group form: the groups the programme serves and her screenings as evidence.
/// It sits on the participant page, and on the target-group page that shows it again with a mistake.
/// </summary>
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
