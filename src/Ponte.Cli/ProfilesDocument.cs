using Ponte.Domain.Matching;

namespace Ponte.Cli;

/// <summary>The P.json of <c>ponte match --profiles</c>, each list converted as <see cref="ProfilesJsonReader"/> read it; see README, "The ponte command".</summary>
internal sealed class ProfilesDocument
{
    public Section<ProgrammeMatchingSettings>? Programmes { get; set; }

    public Section<MenteeProfile>? Mentees { get; set; }

    public Section<MentorProfile>? Mentors { get; set; }

    public Section<Exclusion>? Exclusions { get; set; }

    public Section<ApprovedPair>? Approved { get; set; }
}

/// <summary>One list of P.json: the items converted up to the first error, and that error.</summary>
internal sealed class Section<T>
{
    public List<T> Items { get; } = [];

    public InputException? Error { get; set; }
}

/// <summary>How each item of each list becomes a domain value, given its index; an <see cref="InputException"/> says why not.</summary>
internal sealed record ProfilesConverters(
    Func<ProgrammeDto, int, ProgrammeMatchingSettings> Programme,
    Func<MenteeDto, int, MenteeProfile> Mentee,
    Func<MentorDto, int, MentorProfile> Mentor,
    Func<ExclusionDto, int, Exclusion> Exclusion,
    Func<PairDto, int, ApprovedPair> Approved);

internal sealed class ProgrammeDto
{
    public string? Id { get; set; }

    public WeightsDto? Weights { get; set; }

    public List<string>? InterpreterLanguages { get; set; }

    public int? MaxDistanceKm { get; set; }
}

internal sealed class WeightsDto
{
    public decimal? Language { get; set; }

    public decimal? Proximity { get; set; }

    public decimal? Availability { get; set; }

    public decimal? Interests { get; set; }

    public decimal? ComplementaryNeeds { get; set; }

    public decimal? Identity { get; set; }

    public decimal? SupportIntensity { get; set; }
}

internal sealed class LanguageDto
{
    public string? Code { get; set; }

    public string? Level { get; set; }
}

internal sealed class LocationDto
{
    public double Lat { get; set; }

    public double Lon { get; set; }
}

internal class PersonDto
{
    public string? Id { get; set; }

    public string? Programme { get; set; }

    public bool NetworkPool { get; set; }

    public string? Gender { get; set; }

    public string? CountryOfOrigin { get; set; }

    public List<LanguageDto>? Languages { get; set; }

    public LocationDto? Location { get; set; }

    public string? Area { get; set; }

    public List<string>? Availability { get; set; }

    public List<string>? Interests { get; set; }

    public List<string>? SupportAreas { get; set; }
}

internal sealed class PreferencesDto
{
    public bool WomanMentorOnly { get; set; }

    public bool SameCountryOfOrigin { get; set; }

    public bool SameGender { get; set; }
}

internal sealed class MenteeDto : PersonDto
{
    public int? TargetGroup { get; set; }

    public PreferencesDto? Preferences { get; set; }
}

internal sealed class MentorDto : PersonDto
{
    public bool Ready { get; set; } = true;

    public int Capacity { get; set; } = 1;

    public bool ExperiencedWithVulnerableGroups { get; set; }
}

internal sealed class ExclusionDto
{
    public string? MenteeId { get; set; }

    public string? MentorId { get; set; }

    public string? Reason { get; set; }
}

internal sealed class PairDto
{
    public string? MenteeId { get; set; }

    public string? MentorId { get; set; }
}
