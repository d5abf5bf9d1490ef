using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;

namespace Ponte.Domain.Matching;

/// <summary>A place on earth in decimal degrees (WGS 84).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMetres = 6_371_008.8;

    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    /// <summary>Great-circle distance on a sphere of the mean earth radius, rounded to whole metres.</summary>
    public long DistanceMetres(GeoPoint other)
    {
        var (x1, y1, z1) = UnitVector();
        var (x2, y2, z2) = other.UnitVector();
        return ArcMetres(((x1 - x2) * (x1 - x2)) + ((y1 - y2) * (y1 - y2)) + ((z1 - z2) * (z1 - z2)));
    }

    internal (double X, double Y, double Z) UnitVector()
    {
        const double rad = Math.PI / 180;
        var lat = Latitude * rad;
        var lon = Longitude * rad;
        return (Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
    }

    /// <summary>The arc length for a squared chord between two unit vectors.</summary>
    internal static long ArcMetres(double chordSquared) =>
        (long)Math.Round(2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(chordSquared) / 2)));

    internal static double ChordSquared(long metres)
    {
        var half = Math.Min(Math.PI / 2, metres / (2 * EarthRadiusMetres));
        var chord = 2 * Math.Sin(half);
        return chord * chord;
    }
}

/// <summary>
/// What matching reads about a mentee. Nothing sensitive (health, history, refugee status) has a
/// field here, so nothing sensitive can be an input.
/// </summary>
/// <param name="Location">Where she lives or wants to meet; null when unknown.</param>
/// <param name="Area">A coarse place key (e.g. the municipality or postcode district) used when a location is missing.</param>
/// <param name="NetworkPool">Her organisation lets her be matched with mentors of other programmes in the network pool.</param>
/// <param name="LocationIsAreaCentre">The location is only the centre of her area (e.g. of her municipality): two people of the same area then count as <see cref="MatchingEngine.SameAreaMetres"/> apart, not 0.</param>
public sealed record MenteeProfile(
    string Id,
    string ProgrammeId,
    Gender Gender,
    string CountryOfOrigin,
    IReadOnlyList<LanguageSkill> Languages,
    WeeklyAvailability Availability,
    IReadOnlyList<string> Interests,
    SupportAreas SupportNeeded,
    MatchingPreferences Preferences,
    TargetGroup TargetGroup,
    GeoPoint? Location = null,
    string? Area = null,
    bool NetworkPool = false,
    bool LocationIsAreaCentre = false)
{
    /// <summary>A screened mentee of the waiting list; her target group must be set.</summary>
    public static MenteeProfile FromParticipant(Participant mentee, GeoPoint? location = null, bool networkPool = false)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        if (mentee.Role != ParticipantRole.Mentee || mentee.TargetGroup is null)
            throw new ArgumentException("A mentee with a target group is needed.", nameof(mentee));
        var p = mentee.Profile;
        return new MenteeProfile(mentee.Id.ToString(), mentee.ProgrammeId.ToString(), p.Gender, p.CountryOfOrigin, p.Languages,
            p.Availability, p.Interests, p.SupportAreas, p.Preferences, mentee.TargetGroup.Value, location, p.Municipality, networkPool);
    }
}

/// <summary>What matching reads about a mentor.</summary>
/// <param name="ReadyToMatch">Safety checks passed and required training done.</param>
/// <param name="Capacity">How many mentees she takes in all (1 one-to-one, the group size for groups), approved ones included.</param>
public sealed record MentorProfile(
    string Id,
    string ProgrammeId,
    bool ReadyToMatch,
    int Capacity,
    Gender Gender,
    string CountryOfOrigin,
    IReadOnlyList<LanguageSkill> Languages,
    WeeklyAvailability Availability,
    IReadOnlyList<string> Interests,
    SupportAreas SupportOffered,
    bool ExperiencedWithVulnerableGroups,
    GeoPoint? Location = null,
    string? Area = null,
    bool NetworkPool = false,
    bool LocationIsAreaCentre = false)
{
    public static MentorProfile FromParticipant(Participant mentor, int capacity, GeoPoint? location = null, bool networkPool = false)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        if (mentor.Role != ParticipantRole.Mentor)
            throw new ArgumentException("A mentor is needed.", nameof(mentor));
        var p = mentor.Profile;
        var ready = mentor.Status is ParticipantStatus.ReadyToMatch or ParticipantStatus.Matched && mentor.SafetyChecksPassed;
        return new MentorProfile(mentor.Id.ToString(), mentor.ProgrammeId.ToString(), ready, capacity, p.Gender, p.CountryOfOrigin,
            p.Languages, p.Availability, p.Interests, p.SupportAreas, mentor.ExperiencedWithVulnerableGroups, location, p.Municipality, networkPool);
    }
}

public enum ExclusionReason
{
    DeclaredConflict = 0,
    EndedBadly = 1,
}

/// <summary>A pair that must never be proposed.</summary>
public sealed record Exclusion(string MenteeId, string MentorId, ExclusionReason Reason);

/// <summary>A pair the manager approved: it stays when the list is run again and uses one place of the mentor.</summary>
public sealed record ApprovedPair(string MenteeId, string MentorId);

/// <summary>How one programme matches: the weights, and the languages its interpreters cover.</summary>
public sealed record ProgrammeMatchingSettings(
    string ProgrammeId,
    MatchingWeights Weights,
    IReadOnlyCollection<string> InterpreterLanguages,
    int MaxDistanceKm = ProgrammeMatchingSettings.DefaultMaxDistanceKm)
{
    public const int DefaultMaxDistanceKm = 50;

    public static ProgrammeMatchingSettings Default(string programmeId) => new(programmeId, MatchingWeights.Default, []);
}

/// <summary>Everything one matching run reads.</summary>
public sealed record MatchingInput(
    IReadOnlyList<MenteeProfile> Mentees,
    IReadOnlyList<MentorProfile> Mentors,
    IReadOnlyList<ProgrammeMatchingSettings>? Programmes = null,
    IReadOnlyList<Exclusion>? Exclusions = null,
    IReadOnlyList<ApprovedPair>? Approved = null);
