using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;

namespace Ponte.Domain.Outcomes;

/// <summary>Her labour-market situation when she joins, as she describes it.</summary>
public enum SituationAtEntry
{
    Employed = 0,
    SelfEmployed = 1,

    /// <summary>Without work and looking, for less than 12 months.</summary>
    Unemployed = 2,

    /// <summary>Without work and looking, for 12 months or more.</summary>
    LongTermUnemployed = 3,

    /// <summary>Neither working nor looking for work (at home, caring, studying, ill).</summary>
    Inactive = 4,
}

/// <summary>The highest education completed, by its ISCED 2011 level (0–8); the form names each in plain words.</summary>
public enum EducationLevel
{
    Isced0 = 0,
    Isced1 = 1,
    Isced2 = 2,
    Isced3 = 3,
    Isced4 = 4,
    Isced5 = 5,
    Isced6 = 6,
    Isced7 = 7,
    Isced8 = 8,
}

public enum YesNo
{
    Yes = 0,
    No = 1,
}

/// <summary>The questions of the facts at entry; each may be answered "prefer not to say".</summary>
[Flags]
public enum EntryQuestion
{
    None = 0,
    BirthDate = 1 << 0,
    Situation = 1 << 1,
    Education = 1 << 2,
    Citizenship = 1 << 3,
    ForeignBackground = 1 << 4,
    Disability = 1 << 5,
    Homeless = 1 << 6,
    HostLanguage = 1 << 7,
}

/// <summary>Who answered the questions at entry.</summary>
public enum EntryFactsSource
{
    /// <summary>She did, on the public application form.</summary>
    ApplicationForm = 0,

    /// <summary>A staff member, with her, at the interview or the screening.</summary>
    Staff = 1,
}

/// <summary>The answers as typed: a null answer with its question in <see cref="Declined"/> is "prefer not to say"; null and not declined is not answered.</summary>
public sealed record EntryFactsInput(
    DateOnly? BirthDate,
    SituationAtEntry? Situation,
    EducationLevel? Education,
    string? Citizenship,
    YesNo? ForeignBackground,
    YesNo? Disability,
    YesNo? Homeless,
    CefrLevel? HostLanguageLevel,
    EntryQuestion Declined)
{
    public static readonly EntryFactsInput None = new(null, null, null, null, null, null, null, null, EntryQuestion.None);
}

/// <summary>
/// What the funder's indicators need to know about a person when she joins: her situation on the
/// labour market, education, citizenship, background, disability, housing and her level in the host
/// country's language. Every question may be answered "prefer not to say", which is recorded as such
/// (the attempt counts: the question was asked). Disability and housing are sensitive: only
/// managers see them, and matching never reads them.
/// </summary>
public sealed class EntryFacts
{
    /// <summary>The citizenship answer of a person who has none.</summary>
    public const string Stateless = "stateless";

    /// <summary>The oldest birth year the form accepts, and the youngest age at entry.</summary>
    public const int OldestYear = 1900;

    private EntryFacts()
    {
    }

    public DateOnly? BirthDate { get; private set; }

    public SituationAtEntry? Situation { get; private set; }

    public EducationLevel? Education { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of her citizenship, or <see cref="Stateless"/>; null when not answered.</summary>
    public string? Citizenship { get; private set; }

    /// <summary>Both her parents were born abroad.</summary>
    public YesNo? ForeignBackground { get; private set; }

    public YesNo? Disability { get; private set; }

    /// <summary>Homeless or affected by housing exclusion.</summary>
    public YesNo? Homeless { get; private set; }

    /// <summary>Her level in the host country's language (its CEFR level; none at all is <see cref="CefrLevel.None"/>).</summary>
    public CefrLevel? HostLanguageLevel { get; private set; }

    /// <summary>The questions she chose not to answer.</summary>
    public EntryQuestion Declined { get; private set; }

    /// <summary>When the questions were last put to her (null: never asked).</summary>
    public DateTimeOffset? AskedAt { get; private set; }

    public EntryFactsSource? Source { get; private set; }

    public bool WasAsked => AskedAt is not null;

    /// <summary>Third-country national: a citizen of no EU member state (stateless included); null when not answered.</summary>
    public bool? ThirdCountryNational => Citizenship is null ? null : Citizenship == Stateless || !EuCountries.IsMember(Citizenship);

    public static EntryFacts NotAsked() => new();

    /// <summary>
    /// Checks the answers (every wrong field named together) and records them as asked now. A
    /// birth date must make her at least 15 and after 1900; a citizenship must be a country code
    /// or stateless; a question both answered and declined counts as answered.
    /// </summary>
    public static EntryFacts Record(EntryFactsInput input, EntryFactsSource source, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new FieldChecks();
        var facts = new EntryFacts { AskedAt = now, Source = Guard.Defined(source, nameof(Source)) };
        checks.Run(() => facts.BirthDate = CheckBirthDate(input.BirthDate, today));
        checks.Run(() => facts.Situation = Optional(input.Situation, nameof(Situation)));
        checks.Run(() => facts.Education = Optional(input.Education, nameof(Education)));
        checks.Run(() => facts.Citizenship = CheckCitizenship(input.Citizenship));
        checks.Run(() => facts.ForeignBackground = Optional(input.ForeignBackground, nameof(ForeignBackground)));
        checks.Run(() => facts.Disability = Optional(input.Disability, nameof(Disability)));
        checks.Run(() => facts.Homeless = Optional(input.Homeless, nameof(Homeless)));
        checks.Run(() => facts.HostLanguageLevel = Optional(input.HostLanguageLevel, nameof(HostLanguageLevel)));
        checks.ThrowIfAny();

        var answered = EntryQuestion.None;
        if (facts.BirthDate is not null) answered |= EntryQuestion.BirthDate;
        if (facts.Situation is not null) answered |= EntryQuestion.Situation;
        if (facts.Education is not null) answered |= EntryQuestion.Education;
        if (facts.Citizenship is not null) answered |= EntryQuestion.Citizenship;
        if (facts.ForeignBackground is not null) answered |= EntryQuestion.ForeignBackground;
        if (facts.Disability is not null) answered |= EntryQuestion.Disability;
        if (facts.Homeless is not null) answered |= EntryQuestion.Homeless;
        if (facts.HostLanguageLevel is not null) answered |= EntryQuestion.HostLanguage;
        facts.Declined = input.Declined & AllQuestions & ~answered;
        return facts;
    }

    public const EntryQuestion AllQuestions = EntryQuestion.BirthDate | EntryQuestion.Situation | EntryQuestion.Education
        | EntryQuestion.Citizenship | EntryQuestion.ForeignBackground | EntryQuestion.Disability | EntryQuestion.Homeless | EntryQuestion.HostLanguage;

    /// <summary>Whether she declined <paramref name="question"/>.</summary>
    public bool IsDeclined(EntryQuestion question) => (Declined & question) == question && question != EntryQuestion.None;

    /// <summary>The answers as a form shows them again.</summary>
    public EntryFactsInput ToInput() => new(BirthDate, Situation, Education, Citizenship, ForeignBackground, Disability, Homeless, HostLanguageLevel, Declined);

    public EntryFacts Copy() => (EntryFacts)MemberwiseClone();

    /// <summary>The same answers: recording them again changes nothing.</summary>
    public bool SameAnswers(EntryFacts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ToInput() == other.ToInput();
    }

    private static T? Optional<T>(T? value, string field)
        where T : struct, Enum =>
        value is { } v ? Guard.Defined(v, field) : null;

    /// <summary>The birth date if it is one the form accepts: from <see cref="OldestYear"/> to 15 years before <paramref name="today"/>.</summary>
    public static DateOnly? CheckBirthDate(DateOnly? birthDate, DateOnly today)
    {
        if (birthDate is not { } b)
            return null;
        if (b.Year < OldestYear || b > today.AddYears(-15))
            throw new DomainValidationException(nameof(BirthDate), "BirthDateOutOfRange", $"Enter a birth date between {OldestYear} and 15 years ago.");
        return b;
    }

    private static string? CheckCitizenship(string? value)
    {
        var c = value?.Trim();
        if (string.IsNullOrEmpty(c))
            return null;
        if (string.Equals(c, Stateless, StringComparison.OrdinalIgnoreCase))
            return Stateless;
        if (c.Length != 2 || !c.All(char.IsAsciiLetter))
            throw new DomainValidationException(nameof(Citizenship), "CountryCode", "Choose a country from the list.");
        return c.ToUpperInvariant();
    }
}

/// <summary>The member states of the European Union (ISO 3166-1 alpha-2).</summary>
public static class EuCountries
{
    private static readonly HashSet<string> Members = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    };

    public static bool IsMember(string countryCode) => Members.Contains(countryCode);
}

/// <summary>The language of the host country a programme runs in, whose level the facts at entry and on leaving record.</summary>
public static class HostLanguages
{
    private static readonly Dictionary<string, string> ByCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AT"] = "de", ["BE"] = "nl", ["BG"] = "bg", ["HR"] = "hr", ["CY"] = "el", ["CZ"] = "cs", ["DK"] = "da", ["EE"] = "et",
        ["FI"] = "fi", ["FR"] = "fr", ["DE"] = "de", ["GR"] = "el", ["HU"] = "hu", ["IE"] = "en", ["IT"] = "it", ["LV"] = "lv",
        ["LT"] = "lt", ["LU"] = "fr", ["MT"] = "mt", ["NL"] = "nl", ["PL"] = "pl", ["PT"] = "pt", ["RO"] = "ro", ["SK"] = "sk",
        ["SI"] = "sl", ["ES"] = "es", ["SE"] = "sv", ["NO"] = "no", ["IS"] = "is", ["CH"] = "de", ["GB"] = "en",
    };

    /// <summary>The ISO 639-1 code of the main language of <paramref name="countryCode"/>, or null when Ponte does not know it.</summary>
    public static string? For(string countryCode) => ByCountry.GetValueOrDefault(countryCode);
}
