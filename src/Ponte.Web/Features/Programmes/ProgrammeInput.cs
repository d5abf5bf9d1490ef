using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;

namespace Ponte.Web.Features.Programmes;

/// <summary>What the programme form and the API both send. Field names match the domain's, so its errors land on the right field.</summary>
public sealed class ProgrammeInput
{
    public ProgrammeTemplate Template { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public MentoringType MentoringType { get; set; }

    public int GroupSize { get; set; } = 1;

    public int DurationWeeks { get; set; } = 26;

    public MeetingRhythm MeetingRhythm { get; set; } = MeetingRhythm.Weekly;

    public CheckInRhythm CheckInRhythm { get; set; } = CheckInRhythm.Monthly;

    public decimal RequiredTheoryHours { get; set; }

    public decimal RequiredPracticeHours { get; set; }

    public List<TargetGroup> TargetGroups { get; set; } = [];

    public List<SupportAreas> SupportAreas { get; set; } = [];

    public bool ApplicationsOpen { get; set; } = true;

    public bool ManagersReadPrivateNotes { get; set; }

    public int? NoMeetingAlertDays { get; set; } = Domain.Mentoring.NeedsAttention.DefaultNoMeetingDays;

    public int? SelfAssessmentIntervalWeeks { get; set; } = Domain.Mentoring.SelfAssessmentSchedule.DefaultIntervalWeeks;

    public Guid? Version { get; set; }

    public static ProgrammeInput From(ProgrammeTemplate template, ProgrammeSettings s, bool open = true, Guid? version = null, bool managersReadPrivateNotes = false, int noMeetingAlertDays = Domain.Mentoring.NeedsAttention.DefaultNoMeetingDays, int selfAssessmentIntervalWeeks = Domain.Mentoring.SelfAssessmentSchedule.DefaultIntervalWeeks) => new()
    {
        Template = template,
        Name = s.Name,
        Description = s.Description,
        MentoringType = s.MentoringType,
        GroupSize = s.GroupSize,
        DurationWeeks = s.DurationWeeks,
        MeetingRhythm = s.MeetingRhythm,
        CheckInRhythm = s.CheckInRhythm,
        RequiredTheoryHours = s.RequiredTheoryHours,
        RequiredPracticeHours = s.RequiredPracticeHours,
        TargetGroups = Enum.GetValues<TargetGroup>().Where(g => s.TargetGroups.HasFlag(g.AsSet())).ToList(),
        SupportAreas = s.SupportAreas.Each().ToList(),
        ApplicationsOpen = open,
        ManagersReadPrivateNotes = managersReadPrivateNotes,
        NoMeetingAlertDays = noMeetingAlertDays,
        SelfAssessmentIntervalWeeks = selfAssessmentIntervalWeeks,
        Version = version,
    };

    /// <summary>Every setting of the form: an emptied text clears (or is refused), it never keeps the old one.</summary>
    public ProgrammeChanges ToChanges() => new(
        Name ?? string.Empty, Description ?? string.Empty, MentoringType, GroupSize, DurationWeeks, MeetingRhythm, CheckInRhythm,
        RequiredTheoryHours, RequiredPracticeHours, TargetGroups, SupportAreas);
}
