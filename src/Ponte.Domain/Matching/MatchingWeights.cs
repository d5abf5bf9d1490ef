namespace Ponte.Domain.Matching;

/// <summary>The blueprint's matching criteria (CeMeWE §5) plus the support intensity.</summary>
public enum Criterion
{
    /// <summary>A shared language at an adequate level.</summary>
    Language = 0,

    /// <summary>Distance between where they live.</summary>
    Proximity = 1,

    /// <summary>Weekly slots both can meet in.</summary>
    Availability = 2,

    /// <summary>Interests in common.</summary>
    Interests = 3,

    /// <summary>The mentee's support areas that the mentor offers.</summary>
    ComplementaryNeeds = 4,

    /// <summary>Same gender or country of origin, only where the mentee asks for it.</summary>
    Identity = 5,

    /// <summary>How well the mentor's experience fits the support the mentee's target group needs.</summary>
    SupportIntensity = 6,
}

/// <summary>
/// The most points each criterion gives a pair. A manager may change them per programme; a pair's
/// score is at most the sum.
/// </summary>
public sealed record MatchingWeights(
    Points Language,
    Points Proximity,
    Points Availability,
    Points Interests,
    Points ComplementaryNeeds,
    Points Identity,
    Points SupportIntensity)
{
    public static readonly Points MaxWeight = Points.Of(1000);

    /// <summary>100 points in all: needs, language and availability weigh most, as the blueprint's order suggests.</summary>
    public static readonly MatchingWeights Default = new(
        Language: Points.Of(25),
        Proximity: Points.Of(15),
        Availability: Points.Of(20),
        Interests: Points.Of(10),
        ComplementaryNeeds: Points.Of(20),
        Identity: Points.Of(5),
        SupportIntensity: Points.Of(5));

    public Points this[Criterion criterion] => criterion switch
    {
        Criterion.Language => Language,
        Criterion.Proximity => Proximity,
        Criterion.Availability => Availability,
        Criterion.Interests => Interests,
        Criterion.ComplementaryNeeds => ComplementaryNeeds,
        Criterion.Identity => Identity,
        Criterion.SupportIntensity => SupportIntensity,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    };

    public Points Total => Language + Proximity + Availability + Interests + ComplementaryNeeds + Identity + SupportIntensity;

    /// <summary>Refuses a weight below 0 or above 1,000 points.</summary>
    public MatchingWeights Validate()
    {
        foreach (var c in Enum.GetValues<Criterion>())
        {
            if (this[c] < Points.Zero || this[c] > MaxWeight)
                throw new Common.DomainValidationException(c.ToString(), "WeightRange", "A weight is between 0 and 1000 points.");
        }

        return this;
    }
}
