using Ponte.Domain.Profiles;

namespace Ponte.Domain.Programmes;

/// <summary>The six programme shapes described in the source documents, plus "from scratch".</summary>
public enum ProgrammeTemplate
{
    Custom = 0,
    PortugueseMentoringForMigrants = 1,
    Rethink = 2,
    SocialMentorSupportUkrainianRefugees = 3,
    ReinventYourself = 4,
    AurorasMentoring = 5,
    Smile = 6,
}

public static class ProgrammeTemplates
{
    private const SupportAreas Orientation =
        SupportAreas.LabourMarketOrientation | SupportAreas.HealthAndHabits | SupportAreas.ParentingAndFamily
        | SupportAreas.RightsAndObligations | SupportAreas.CityOrientation;

    private const TargetGroups AllGroups = TargetGroups.LightSupport | TargetGroups.Retraining | TargetGroups.IntensiveSupport;

    /// <summary>The defaults a template fills the programme form with; the manager may change any of them.</summary>
    public static ProgrammeSettings Defaults(ProgrammeTemplate template) => template switch
    {
        ProgrammeTemplate.PortugueseMentoringForMigrants => new(
            "Mentoring Program for Migrants", MentoringType.OneToOne, 1, 26, MeetingRhythm.Weekly, CheckInRhythm.Monthly,
            3, 0, AllGroups,
            SupportAreas.Qualifications | SupportAreas.JobSearch | SupportAreas.Entrepreneurship | SupportAreas.Health
            | SupportAreas.Parenting | SupportAreas.Citizenship | SupportAreas.Participation),
        ProgrammeTemplate.Rethink => new(
            "RETHINK", MentoringType.OneToOne, 1, 26, MeetingRhythm.Weekly, CheckInRhythm.Bimonthly,
            12, 28, AllGroups, Orientation | SupportAreas.Qualifications | SupportAreas.JobSearch),
        ProgrammeTemplate.SocialMentorSupportUkrainianRefugees => new(
            "Social mentor support for Ukrainian refugees", MentoringType.OneToOne, 1, 9, MeetingRhythm.Daily, CheckInRhythm.Monthly,
            6, 4, TargetGroups.Retraining | TargetGroups.IntensiveSupport,
            SupportAreas.CityOrientation | SupportAreas.RightsAndObligations | SupportAreas.ParentingAndFamily | SupportAreas.JobSearch | SupportAreas.HealthAndHabits),
        ProgrammeTemplate.ReinventYourself => new(
            "Reinvent Yourself spouse programme", MentoringType.Group, 12, 4, MeetingRhythm.Weekly, CheckInRhythm.Monthly,
            4, 4, TargetGroups.LightSupport,
            SupportAreas.LabourMarketOrientation | SupportAreas.JobSearch | SupportAreas.Entrepreneurship | SupportAreas.Participation),
        ProgrammeTemplate.AurorasMentoring => new(
            "Auroras Mentoring", MentoringType.Group, 6, 13, MeetingRhythm.Fortnightly, CheckInRhythm.Monthly,
            6, 20, TargetGroups.LightSupport,
            SupportAreas.LabourMarketOrientation | SupportAreas.JobSearch | SupportAreas.Qualifications | SupportAreas.Participation),
        ProgrammeTemplate.Smile => new(
            "SMILE", MentoringType.OneToOne, 1, 26, MeetingRhythm.Weekly, CheckInRhythm.Bimonthly,
            8, 20, AllGroups, Orientation | SupportAreas.JobSearch | SupportAreas.Qualifications),
        _ => new(
            null, MentoringType.OneToOne, 1, 26, MeetingRhythm.Weekly, CheckInRhythm.Monthly,
            12, 20, AllGroups, Orientation),
    };
}
