using Ponte.Domain.Common;

namespace Ponte.Domain.Profiles;

/// <summary>The mentee's own conditions for a match.</summary>
public sealed record MatchingPreferences(bool WomanMentorOnly, bool SameCountryOfOrigin, bool SameGender)
{
    public static readonly MatchingPreferences None = new(false, false, false);
}

/// <summary>
/// What a person tells the programme about herself when she applies, and what matching reads.
/// Nothing sensitive (health, history, status) lives here.
/// </summary>
public sealed class Profile
{
    public const int NameMax = 200;
    public const int TextMax = 2000;

    private Profile()
    {
    }

    public string FullName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    /// <summary>The culture she reads the site in (en, pt, uk, ar).</summary>
    public string PreferredLanguage { get; private set; } = "en";

    public Gender Gender { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string CountryOfOrigin { get; private set; } = string.Empty;

    public string Municipality { get; private set; } = string.Empty;

    public string Postcode { get; private set; } = string.Empty;

    public List<LanguageSkill> Languages { get; private set; } = [];

    public int AvailabilityMask { get; private set; }

    public WeeklyAvailability Availability => WeeklyAvailability.FromMask(AvailabilityMask);

    public List<string> Interests { get; private set; } = [];

    /// <summary>For a mentee, the areas she needs support in; for a mentor, the areas she offers.</summary>
    public SupportAreas SupportAreas { get; private set; }

    public bool WomanMentorOnly { get; private set; }

    public bool SameCountryOfOrigin { get; private set; }

    public bool SameGender { get; private set; }

    public MatchingPreferences Preferences => new(WomanMentorOnly, SameCountryOfOrigin, SameGender);

    /// <summary>In her own words: why she applies, what she hopes for, what she brings.</summary>
    public string? About { get; private set; }

    public static Profile Create(
        string? fullName,
        string? email,
        string? phone,
        string? preferredLanguage,
        Gender gender,
        string? countryOfOrigin,
        string? municipality,
        string? postcode,
        IEnumerable<LanguageSkill> languages,
        WeeklyAvailability availability,
        IEnumerable<string> interests,
        SupportAreas supportAreas,
        MatchingPreferences preferences,
        string? about)
    {
        var langs = languages.GroupBy(l => l.Code).Select(g => g.MaxBy(l => l.Level)!).ToList();
        if (langs.Count == 0)
            throw new DomainValidationException(nameof(Languages), "LanguagesRequired", "Add at least one language you speak.");
        if (availability.Count == 0)
            throw new DomainValidationException(nameof(Availability), "AvailabilityRequired", "Choose at least one time you could meet.");
        if (supportAreas == SupportAreas.None)
            throw new DomainValidationException(nameof(SupportAreas), "SupportAreasRequired", "Choose at least one support area.");
        var country = Guard.Required(countryOfOrigin, nameof(CountryOfOrigin), 2).ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
            throw new DomainValidationException(nameof(CountryOfOrigin), "CountryCode", "Choose a country from the list.");
        var mail = Guard.Required(email, nameof(Email), 254);
        if (!IsEmail(mail))
            throw new DomainValidationException(nameof(Email), "Email", "Enter an email address like name@example.org.");

        var phoneNumber = Guard.Optional(phone, nameof(Phone), 40);
        if (phoneNumber is not null && !TextRules.IsPhone(phoneNumber))
            throw new DomainValidationException(nameof(Phone), TextRules.Phone, "Enter a phone number like +351 912 345 678.");

        return new Profile
        {
            FullName = Guard.Name(fullName, nameof(FullName), NameMax),
            Email = mail,
            Phone = phoneNumber,
            PreferredLanguage = Guard.Optional(preferredLanguage, nameof(PreferredLanguage), 10) ?? "en",
            Gender = Guard.Defined(gender, nameof(Gender)),
            CountryOfOrigin = country,
            Municipality = Guard.Required(municipality, nameof(Municipality), 120),
            Postcode = Guard.Required(postcode, nameof(Postcode), 20),
            Languages = langs,
            AvailabilityMask = availability.Mask,
            Interests = interests.Select(i => i.Trim()).Where(i => i.Length > 0)
                .Select(i => i.Length > 60 ? throw new DomainValidationException(nameof(Interests), "MaxLength", "An interest may be at most 60 characters.", 60) : i)
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(20).ToList(),
            SupportAreas = supportAreas,
            WomanMentorOnly = preferences.WomanMentorOnly,
            SameCountryOfOrigin = preferences.SameCountryOfOrigin,
            SameGender = preferences.SameGender,
            About = Guard.Optional(about, nameof(About), TextMax),
        };
    }

    /// <summary>The same profile with other times she can meet (at least one).</summary>
    public Profile WithAvailability(WeeklyAvailability availability)
    {
        if (availability.Mask == 0)
            throw new DomainValidationException(nameof(Availability), "AvailabilityRequired", "Choose at least one time you could meet.");
        var copy = Copy();
        copy.AvailabilityMask = availability.Mask;
        return copy;
    }

    public Profile Copy()
    {
        var copy = (Profile)MemberwiseClone();
        copy.Languages = [.. Languages];
        copy.Interests = [.. Interests];
        return copy;
    }

    /// <summary>
    /// An address mail can be sent to: one @, a dot in the domain, and none of the characters
    /// that only quoted addresses may hold (which mail libraries refuse when the message is sent).
    /// </summary>
    public static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 3
            && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace)
            && !value.Any(c => char.IsControl(c) || "\"(),:;<>[]\\".Contains(c, StringComparison.Ordinal))
            && !value.Contains("..", StringComparison.Ordinal) && value[0] != '.' && value[at - 1] != '.' && value[at + 1] is not ('.' or '-');
    }
}
