using System.Globalization;
using Ponte.Domain.Screening;

namespace Ponte.Domain.Outcomes;

public enum FactRole : byte
{
    Mentee = 0,
    Mentor = 1,
}

public enum FactSex : byte
{
    Woman = 0,
    Man = 1,
    Nonbinary = 2,
    Unknown = 3,
}

/// <summary>The labour-market situation at entry, as the EU common output indicators count it.</summary>
public enum EntryLabourStatus : byte
{
    Employed = 0,
    SelfEmployed = 1,
    Unemployed = 2,
    LongTermUnemployed = 3,
    Inactive = 4,
    Unknown = 5,
}

public enum YesNoUnknown : byte
{
    Yes = 0,
    No = 1,
    Unknown = 2,
}

public enum DisabilityAnswer : byte
{
    Yes = 0,
    No = 1,
    Declined = 2,
    Unknown = 3,
}

public enum FactKind : byte
{
    Entered = 0,
    Left = 1,
    Status = 2,
    Qualification = 3,
    TrainingCompleted = 4,
    JobInterview = 5,
    JobOffer = 6,
    LanguageLevel = 7,
    Rating = 8,
    Participation = 9,
    Satisfaction = 10,
}

public enum LeftHow : byte
{
    Completed = 0,
    EndedEarly = 1,
    Withdrawn = 2,
}

/// <summary>A situation during or after the programme (the <c>status</c> fact).</summary>
public enum FactStatus : byte
{
    Employed = 0,
    SelfEmployed = 1,
    JobSearching = 2,
    InEducation = 3,
    InTraining = 4,
    Inactive = 5,
    Unemployed = 6,
}

/// <summary>
/// The words of the outcome facts as files carry them (lower case, snake case), both ways: the
/// command reads them and the site writes them, so the two never disagree.
/// </summary>
public static class OutcomeWords
{
    private static readonly string[] Roles = ["mentee", "mentor"];
    private static readonly string[] Sexes = ["woman", "man", "nonbinary", "unknown"];
    private static readonly string[] LabourStatuses = ["employed", "self_employed", "unemployed", "long_term_unemployed", "inactive", "unknown"];
    private static readonly string[] YesNo = ["yes", "no", "unknown"];
    private static readonly string[] Disabilities = ["yes", "no", "declined", "unknown"];
    private static readonly string[] Kinds =
        ["entered", "left", "status", "qualification", "training_completed", "job_interview", "job_offer", "language_level", "rating", "participation", "satisfaction"];
    private static readonly string[] Lefts = ["completed", "ended_early", "withdrawn"];
    private static readonly string[] Statuses = ["employed", "self_employed", "job_searching", "in_education", "in_training", "inactive", "unemployed"];

    /// <summary>Language codes seen, so millions of level facts share a few strings.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> LanguageCodes = new(StringComparer.Ordinal);

    /// <summary>CEFR levels by rank: A0 (none) is 0, C2 is 6.</summary>
    public static readonly IReadOnlyList<string> Levels = ["A0", "A1", "A2", "B1", "B2", "C1", "C2"];

    public static string Word(FactRole v) => Roles[(int)v];

    public static string Word(FactSex v) => Sexes[(int)v];

    public static string Word(EntryLabourStatus v) => LabourStatuses[(int)v];

    public static string Word(YesNoUnknown v) => YesNo[(int)v];

    public static string Word(DisabilityAnswer v) => Disabilities[(int)v];

    public static string Word(FactKind v) => Kinds[(int)v];

    public static string Word(LeftHow v) => Lefts[(int)v];

    public static string Word(FactStatus v) => Statuses[(int)v];

    public static bool TryRole(ReadOnlySpan<char> s, out FactRole v) => TryIndex(Roles, s, out v);

    public static bool TrySex(ReadOnlySpan<char> s, out FactSex v) => TryIndex(Sexes, s, out v);

    public static bool TryLabourStatus(ReadOnlySpan<char> s, out EntryLabourStatus v) => TryIndex(LabourStatuses, s, out v);

    public static bool TryYesNo(ReadOnlySpan<char> s, out YesNoUnknown v) => TryIndex(YesNo, s, out v);

    public static bool TryDisability(ReadOnlySpan<char> s, out DisabilityAnswer v) => TryIndex(Disabilities, s, out v);

    public static bool TryKind(ReadOnlySpan<char> s, out FactKind v) => TryIndex(Kinds, s, out v);

    public static bool TryLeft(ReadOnlySpan<char> s, out LeftHow v) => TryIndex(Lefts, s, out v);

    public static bool TryStatus(ReadOnlySpan<char> s, out FactStatus v) => TryIndex(Statuses, s, out v);

    /// <summary>Education as an ISCED 2011 level 0–8, or null for <c>unknown</c>.</summary>
    public static bool TryEducation(ReadOnlySpan<char> s, out int? level)
    {
        level = null;
        if (s.SequenceEqual("unknown"))
            return true;
        if (s.Length == 1 && s[0] is >= '0' and <= '8')
        {
            level = s[0] - '0';
            return true;
        }

        return false;
    }

    public static string EducationWord(int? level) => level is { } l ? l.ToString(CultureInfo.InvariantCulture) : "unknown";

    /// <summary>A calendar date written YYYY-MM-DD exactly (2026-02-30 is refused).</summary>
    public static bool TryDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
            return false;
        if (!Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
                return false;
            value = (value * 10) + (c - '0');
        }

        return true;
    }

    public static string DateWord(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A country as ISO 3166-1 alpha-2: two letters, kept in capitals.</summary>
    public static bool TryCountry(ReadOnlySpan<char> s, out string country)
    {
        country = string.Empty;
        if (s.Length != 2 || !char.IsAsciiLetter(s[0]) || !char.IsAsciiLetter(s[1]))
            return false;
        country = string.Concat(char.ToUpperInvariant(s[0]).ToString(), char.ToUpperInvariant(s[1]).ToString());
        return true;
    }

    /// <summary><c>code:level</c>, the code 2–3 lower-case letters, the level A0–C2.</summary>
    public static bool TryLanguageLevel(ReadOnlySpan<char> s, out string language, out int rank)
    {
        language = string.Empty;
        rank = -1;
        var colon = s.IndexOf(':');
        if (colon is < 2 or > 3)
            return false;
        var code = s[..colon];
        foreach (var c in code)
        {
            if (c is < 'a' or > 'z')
                return false;
        }

        var level = s[(colon + 1)..];
        for (var k = 0; k < Levels.Count; k++)
        {
            if (level.SequenceEqual(Levels[k]))
            {
                language = LanguageCodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var known)
                    ? known
                    : LanguageCodes.GetOrAdd(code.ToString(), static c => c);
                rank = k;
                return true;
            }
        }

        return false;
    }

    public enum RatingError
    {
        None,
        Malformed,
        OutOfRange,
    }

    /// <summary><c>Indicator:score</c>, the indicator by its name in <see cref="Indicator"/>, the score 1–5.</summary>
    public static RatingError TryRating(ReadOnlySpan<char> s, out Indicator indicator, out int score)
    {
        indicator = default;
        score = 0;
        var colon = s.IndexOf(':');
        if (colon <= 0 || !TryIndicator(s[..colon], out indicator))
            return RatingError.Malformed;
        if (!int.TryParse(s[(colon + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out score))
            return RatingError.Malformed;
        return score is >= 1 and <= 5 ? RatingError.None : RatingError.OutOfRange;
    }

    /// <summary>A satisfaction 1–5: false with <paramref name="isNumber"/> true when it is a whole number outside the range.</summary>
    public static bool TrySatisfaction(ReadOnlySpan<char> s, out int score, out bool isNumber)
    {
        isNumber = int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out score);
        return isNumber && score is >= 1 and <= 5;
    }

    private static bool TryIndicator(ReadOnlySpan<char> s, out Indicator indicator)
    {
        foreach (var candidate in Indicators.All)
        {
            if (s.SequenceEqual(candidate.ToString()))
            {
                indicator = candidate;
                return true;
            }
        }

        indicator = default;
        return false;
    }

    private static bool TryIndex<T>(string[] words, ReadOnlySpan<char> s, out T value)
        where T : struct, Enum
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (s.SequenceEqual(words[k]))
            {
                var rank = (byte)k;
                value = System.Runtime.CompilerServices.Unsafe.As<byte, T>(ref rank); // every enum here is a byte
                return true;
            }
        }

        value = default;
        return false;
    }
}
