using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;

namespace Ponte.Domain.Screening;

public enum Viewpoint
{
    LabourMarketAndCv = 0,
    SocietyAndIntegrity = 1,
}

/// <summary>The blueprint's screening indicators, each rated 1–5 (SMILE style).</summary>
public enum Indicator
{
    HardSkills = 0,
    SoftSkills = 1,
    LabourMarketUnderstanding = 2,
    HealthAndWellbeing = 3,
    PersonalRolesAndExpectations = 4,
    SocietalRightsAndObligations = 5,
    CultureKeys = 6,
}

public enum AssessmentMode
{
    SelfAssessment = 0,
    WithStaff = 1,
}

public static class Indicators
{
    public static IReadOnlyList<Indicator> All { get; } = Enum.GetValues<Indicator>();

    public static Viewpoint ViewpointOf(Indicator indicator) => indicator switch
    {
        Indicator.HardSkills or Indicator.SoftSkills or Indicator.LabourMarketUnderstanding => Viewpoint.LabourMarketAndCv,
        _ => Viewpoint.SocietyAndIntegrity,
    };

    /// <summary>Notes on these indicators are sensitive: only the organisation's managers read them.</summary>
    public static bool IsSensitive(Indicator indicator) => indicator == Indicator.HealthAndWellbeing;
}

public sealed class Rating
{
    public const int NoteMax = 2000;

    private Rating()
    {
    }

    public int Id { get; private set; }

    public Indicator Indicator { get; private set; }

    public int Score { get; private set; }

    public string? Note { get; private set; }

    public bool IsSensitive => Indicators.IsSensitive(Indicator);

    public static Rating Create(Indicator indicator, int score, string? note) => new()
    {
        Indicator = Guard.Defined(indicator, "Ratings"),
        Score = score is >= 1 and <= 5
            ? score
            : throw new DomainValidationException($"Ratings[{indicator}]", "ScoreRange", "Choose a rating from 1 to 5.", 1, 5),
        Note = Guard.Optional(note, $"Ratings[{indicator}].Note", NoteMax),
    };
}

/// <summary>
/// One screening of a mentee against the two viewpoints. Repeated every 2–3 months; the
/// change between screenings is her progress.
/// </summary>
public sealed class Assessment : Entity, IOrganisationOwned
{
    private readonly List<Rating> _ratings = [];

    private Assessment()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    public AssessmentMode Mode { get; private set; }

    /// <summary>The staff account that assessed (null for her own self-assessment).</summary>
    public Guid? AssessedById { get; private set; }

    public IReadOnlyList<Rating> Ratings => _ratings;

    public static Assessment Record(
        Participant mentee,
        AssessmentMode mode,
        IEnumerable<(Indicator Indicator, int Score, string? Note)> ratings,
        Actor actor,
        DateTimeOffset takenAt)
    {
        if (mentee.Role != ParticipantRole.Mentee)
            throw new DomainException("MenteesOnly", "Screening applies to mentees only.");
        if (mentee.Status is ParticipantStatus.Completed or ParticipantStatus.Withdrawn)
            throw new DomainException("ParticipantInactive", "This participant is no longer active.");

        var list = ratings.ToList();
        var duplicate = list.GroupBy(r => r.Indicator).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainValidationException($"Ratings[{duplicate.Key}]", "DuplicateIndicator", "Each indicator is rated once.");
        var missing = Indicators.All.FirstOrDefault(i => list.All(r => r.Indicator != i), (Indicator)(-1));
        if (missing != (Indicator)(-1))
            throw new DomainValidationException($"Ratings[{missing}]", "ScoreRange", "Choose a rating from 1 to 5.", 1, 5);

        var assessment = new Assessment
        {
            OrganisationId = mentee.OrganisationId,
            ParticipantId = mentee.Id,
            TakenAt = takenAt,
            Mode = Guard.Defined(mode, nameof(Mode)),
            AssessedById = actor.UserId,
        };
        assessment._ratings.AddRange(list.OrderBy(r => r.Indicator).Select(r => Rating.Create(r.Indicator, r.Score, r.Note)));
        return assessment;
    }

    public int ScoreOf(Indicator indicator) => _ratings.First(r => r.Indicator == indicator).Score;

    public double AverageOf(Viewpoint viewpoint) =>
        _ratings.Where(r => Indicators.ViewpointOf(r.Indicator) == viewpoint).Average(r => r.Score);
}
