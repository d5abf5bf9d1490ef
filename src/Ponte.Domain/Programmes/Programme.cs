using System.Security.Cryptography;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Profiles;

namespace Ponte.Domain.Programmes;

public enum MentoringType
{
    OneToOne = 0,
    Group = 1,
}

public enum MeetingRhythm
{
    Daily = 0,
    Weekly = 1,
    Fortnightly = 2,
    Monthly = 3,
}

public enum CheckInRhythm
{
    Monthly = 1,
    Bimonthly = 2,
    Quarterly = 3,
}

/// <summary>The settings of one programme, as typed by a manager or taken from a template.</summary>
public sealed record ProgrammeSettings(
    string? Name,
    MentoringType MentoringType,
    int GroupSize,
    int DurationWeeks,
    MeetingRhythm MeetingRhythm,
    CheckInRhythm CheckInRhythm,
    decimal RequiredTheoryHours,
    decimal RequiredPracticeHours,
    TargetGroups TargetGroups,
    SupportAreas SupportAreas,
    string? Description = null);

public sealed class Programme : VersionedEntity, IOrganisationOwned
{
    public const string CurrentPrivacyNoticeVersion = "2026-11";

    private Programme()
    {
    }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public ProgrammeTemplate Template { get; private set; }

    public MentoringType MentoringType { get; private set; }

    /// <summary>Mentees per mentor: 1 for one-to-one.</summary>
    public int GroupSize { get; private set; } = 1;

    public int DurationWeeks { get; private set; }

    public MeetingRhythm MeetingRhythm { get; private set; }

    public CheckInRhythm CheckInRhythm { get; private set; }

    public decimal RequiredTheoryHours { get; private set; }

    public decimal RequiredPracticeHours { get; private set; }

    public TargetGroups TargetGroups { get; private set; }

    public SupportAreas SupportAreas { get; private set; }

    /// <summary>The unguessable part of the public application URL.</summary>
    public string PublicKey { get; private set; } = string.Empty;

    public bool ApplicationsOpen { get; private set; } = true;

    public string PrivacyNoticeVersion { get; private set; } = CurrentPrivacyNoticeVersion;

    public decimal WeightLanguage { get; private set; } = MatchingWeights.Default.Language.Value;

    public decimal WeightProximity { get; private set; } = MatchingWeights.Default.Proximity.Value;

    public decimal WeightAvailability { get; private set; } = MatchingWeights.Default.Availability.Value;

    public decimal WeightInterests { get; private set; } = MatchingWeights.Default.Interests.Value;

    public decimal WeightComplementaryNeeds { get; private set; } = MatchingWeights.Default.ComplementaryNeeds.Value;

    public decimal WeightIdentity { get; private set; } = MatchingWeights.Default.Identity.Value;

    public decimal WeightSupportIntensity { get; private set; } = MatchingWeights.Default.SupportIntensity.Value;

    /// <summary>Languages the programme has interpreters for (ISO 639 codes): a pair may meet through one.</summary>
    public List<string> InterpreterLanguages { get; private set; } = [];

    /// <summary>Beyond this distance proximity gives no points.</summary>
    public int MaxDistanceKm { get; private set; } = ProgrammeMatchingSettings.DefaultMaxDistanceKm;

    /// <summary>Whether the organisation's managers read the private notes participants write on their meetings (off: only the author reads hers).</summary>
    public bool ManagersReadPrivateNotes { get; private set; }

    /// <summary>After this many days without a logged meeting an active process is on the managers' needs-attention list.</summary>
    public int NoMeetingAlertDays { get; private set; } = Mentoring.NeedsAttention.DefaultNoMeetingDays;

    /// <summary>Every this many weeks a mentee of an active process is asked to take the SMILE self-assessment again.</summary>
    public int SelfAssessmentIntervalWeeks { get; private set; } = Mentoring.SelfAssessmentSchedule.DefaultIntervalWeeks;

    public static Programme Create(Guid organisationId, ProgrammeTemplate template, ProgrammeSettings settings)
    {
        var programme = new Programme
        {
            OrganisationId = organisationId,
            Template = Guard.Defined(template, nameof(Template)),
            PublicKey = NewPublicKey(),
        };
        programme.Update(settings);
        return programme;
    }

    public void Update(ProgrammeSettings s)
    {
        Guard.Defined(s.MentoringType, nameof(MentoringType));
        var groupSize = s.MentoringType == MentoringType.OneToOne ? 1 : Guard.Range(s.GroupSize, nameof(GroupSize), 2, 30);
        if (s.TargetGroups == TargetGroups.None)
            throw new DomainValidationException(nameof(TargetGroups), "TargetGroupsRequired", "Choose at least one target group.");
        if (s.SupportAreas == SupportAreas.None)
            throw new DomainValidationException(nameof(SupportAreas), "SupportAreasRequired", "Choose at least one support area.");

        Name = Guard.Required(s.Name, nameof(Name), 200);
        Description = Guard.Optional(s.Description, nameof(Description), 2000);
        MentoringType = s.MentoringType;
        GroupSize = groupSize;
        DurationWeeks = Guard.Range(s.DurationWeeks, nameof(DurationWeeks), 1, 156);
        MeetingRhythm = Guard.Defined(s.MeetingRhythm, nameof(MeetingRhythm));
        CheckInRhythm = Guard.Defined(s.CheckInRhythm, nameof(CheckInRhythm));
        RequiredTheoryHours = Guard.Hours(s.RequiredTheoryHours, nameof(RequiredTheoryHours), 500);
        RequiredPracticeHours = Guard.Hours(s.RequiredPracticeHours, nameof(RequiredPracticeHours), 500);
        TargetGroups = s.TargetGroups;
        SupportAreas = s.SupportAreas;
    }

    public ProgrammeSettings Settings => new(
        Name, MentoringType, GroupSize, DurationWeeks, MeetingRhythm, CheckInRhythm,
        RequiredTheoryHours, RequiredPracticeHours, TargetGroups, SupportAreas, Description);

    public void OpenApplications() => ApplicationsOpen = true;

    public void CloseApplications() => ApplicationsOpen = false;

    /// <summary>The weights of the matching criteria the manager set (the defaults until she does).</summary>
    public MatchingWeights Weights => new(
        Points.Of(WeightLanguage), Points.Of(WeightProximity), Points.Of(WeightAvailability), Points.Of(WeightInterests),
        Points.Of(WeightComplementaryNeeds), Points.Of(WeightIdentity), Points.Of(WeightSupportIntensity));

    /// <summary>Lets the managers read the private notes of meetings, or stops it; notes already written follow the setting too.</summary>
    public void ShareMeetingPrivateNotesWithManagers(bool share) => ManagersReadPrivateNotes = share;

    /// <summary>Sets the quiet days after which a process needs attention (7–120).</summary>
    public void SetNoMeetingAlertDays(int days) =>
        NoMeetingAlertDays = Guard.Range(days, nameof(NoMeetingAlertDays), Mentoring.NeedsAttention.MinNoMeetingDays, Mentoring.NeedsAttention.MaxNoMeetingDays);

    /// <summary>Sets how many weeks pass before a mentee is asked to assess herself again (6–26: every 2–3 months sits inside).</summary>
    public void SetSelfAssessmentIntervalWeeks(int weeks) =>
        SelfAssessmentIntervalWeeks = Guard.Range(weeks, nameof(SelfAssessmentIntervalWeeks), Mentoring.SelfAssessmentSchedule.MinIntervalWeeks, Mentoring.SelfAssessmentSchedule.MaxIntervalWeeks);

    public ProgrammeMatchingSettings MatchingSettings => new(Id.ToString(), Weights, InterpreterLanguages, MaxDistanceKm);

    /// <summary>Sets how this programme matches: weights (0–1000 points, two decimals), interpreters and the largest distance that scores.</summary>
    public void SetMatching(MatchingWeights weights, IEnumerable<string> interpreterLanguages, int maxDistanceKm)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(interpreterLanguages);
        weights.Validate();
        var languages = interpreterLanguages.Select(l => (l ?? string.Empty).Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (languages.Exists(l => l.Length is < 2 or > 3 || !l.All(char.IsAsciiLetterLower)))
            throw new DomainValidationException(nameof(InterpreterLanguages), "LanguageCode", "Choose languages from the list.");
        if (languages.Count > 30)
            throw new DomainValidationException(nameof(InterpreterLanguages), "TooMany", "Choose at most 30 languages.");
        MaxDistanceKm = Guard.Range(maxDistanceKm, nameof(MaxDistanceKm), 1, 1000);
        WeightLanguage = weights.Language.Value;
        WeightProximity = weights.Proximity.Value;
        WeightAvailability = weights.Availability.Value;
        WeightInterests = weights.Interests.Value;
        WeightComplementaryNeeds = weights.ComplementaryNeeds.Value;
        WeightIdentity = weights.Identity.Value;
        WeightSupportIntensity = weights.SupportIntensity.Value;
        InterpreterLanguages = languages;
    }

    /// <summary>Mentor capacity: how many mentees one mentor takes in this programme.</summary>
    public int MentorCapacity => MentoringType == MentoringType.OneToOne ? 1 : GroupSize;

    private static string NewPublicKey() =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
