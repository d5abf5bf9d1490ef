namespace Ponte.Domain.Profiles;

public enum ParticipantRole
{
    Mentee = 0,
    Mentor = 1,
}

public enum Gender
{
    Woman = 0,
    Man = 1,
    NonBinary = 2,
    PreferNotToSay = 3,
}

/// <summary>How an applicant heard of the programme (the Portuguese network's dissemination channels).</summary>
public enum ReferralSource
{
    Leaflet = 0,
    Radio = 1,
    Video = 2,
    EmploymentOffice = 3,
    AnotherService = 4,
    SocialMedia = 5,
    FriendOrFamily = 6,
    Website = 7,
    Other = 8,
}

public enum LanguageLevel
{
    Basic = 1,
    Conversational = 2,
    Fluent = 3,
    Native = 4,
}

/// <summary>
/// The support areas of the Portuguese programme and the five orientation areas of the
/// blueprint: the shared vocabulary of applications, support plans, meetings and materials.
/// </summary>
[Flags]
public enum SupportAreas
{
    None = 0,
    Qualifications = 1 << 0,
    JobSearch = 1 << 1,
    Entrepreneurship = 1 << 2,
    Health = 1 << 3,
    Parenting = 1 << 4,
    Citizenship = 1 << 5,
    Participation = 1 << 6,
    LabourMarketOrientation = 1 << 7,
    HealthAndHabits = 1 << 8,
    ParentingAndFamily = 1 << 9,
    RightsAndObligations = 1 << 10,
    CityOrientation = 1 << 11,
}

public enum TargetGroup
{
    LightSupport = 1,
    Retraining = 2,
    IntensiveSupport = 3,
}

[Flags]
public enum TargetGroups
{
    None = 0,
    LightSupport = 1,
    Retraining = 2,
    IntensiveSupport = 4,
}

public static class VocabularyExtensions
{
    public static SupportAreas All(this SupportAreas _) =>
        Enum.GetValues<SupportAreas>().Aggregate(SupportAreas.None, (all, a) => all | a);

    public static IEnumerable<SupportAreas> Each(this SupportAreas areas) =>
        Enum.GetValues<SupportAreas>().Where(a => a != SupportAreas.None && areas.HasFlag(a));

    public static TargetGroups AsSet(this TargetGroup group) => group switch
    {
        TargetGroup.LightSupport => TargetGroups.LightSupport,
        TargetGroup.Retraining => TargetGroups.Retraining,
        _ => TargetGroups.IntensiveSupport,
    };
}
