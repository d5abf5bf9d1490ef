using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;

namespace Ponte.Web.Features.Programmes;

/// <summary>
/// The settings a manager sends. Each one left out (null) comes from the template when a programme
/// is created and stays as it is when one is changed; an empty text is sent, and clears or is refused.
/// </summary>
public sealed record ProgrammeChanges(
    string? Name = null,
    string? Description = null,
    MentoringType? MentoringType = null,
    int? GroupSize = null,
    int? DurationWeeks = null,
    MeetingRhythm? MeetingRhythm = null,
    CheckInRhythm? CheckInRhythm = null,
    decimal? RequiredTheoryHours = null,
    decimal? RequiredPracticeHours = null,
    IReadOnlyList<TargetGroup>? TargetGroups = null,
    IReadOnlyList<SupportAreas>? SupportAreas = null)
{
    public ProgrammeSettings Over(ProgrammeSettings s) => new(
        Name ?? s.Name, MentoringType ?? s.MentoringType, GroupSize ?? s.GroupSize, DurationWeeks ?? s.DurationWeeks,
        MeetingRhythm ?? s.MeetingRhythm, CheckInRhythm ?? s.CheckInRhythm, RequiredTheoryHours ?? s.RequiredTheoryHours,
        RequiredPracticeHours ?? s.RequiredPracticeHours,
        TargetGroups is null ? s.TargetGroups : TargetGroups.Aggregate(Domain.Profiles.TargetGroups.None, (all, g) => all | g.AsSet()),
        SupportAreas is null ? s.SupportAreas : SupportAreas.Aggregate(Domain.Profiles.SupportAreas.None, (all, a) => all | a),
        Description ?? s.Description);
}
