using Ponte.Domain.Common;

namespace Ponte.Domain.Organisations;

/// <summary>A partner of the network: an NGO, municipality, university or company.</summary>
public sealed class Organisation : VersionedEntity
{
    private Organisation()
    {
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; private set; } = string.Empty;

    public string City { get; private set; } = string.Empty;

    /// <summary>ISO 639-1 codes of the languages its staff speak.</summary>
    public List<string> StaffLanguages { get; private set; } = [];

    /// <summary>The IANA zone its people type and read times in ("Europe/Lisbon"); times are stored in UTC.</summary>
    public string TimeZone { get; private set; } = string.Empty;

    /// <param name="timeZone">An IANA zone; none gives the usual zone of the country.</param>
    public static Organisation Create(string? name, string? countryCode, string? city, IEnumerable<string?> staffLanguages, string? timeZone = null)
    {
        var organisation = new Organisation();
        organisation.Update(name, countryCode, city, staffLanguages, timeZone);
        return organisation;
    }

    /// <param name="timeZone">An IANA zone; none keeps the zone it has.</param>
    public void Update(string? name, string? countryCode, string? city, IEnumerable<string?> staffLanguages, string? timeZone = null)
    {
        var country = Guard.Required(countryCode, nameof(CountryCode), 2).ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
            throw new DomainValidationException(nameof(CountryCode), "CountryCode", "Choose a country from the list.");
        var languages = staffLanguages.Select(l => (l ?? string.Empty).Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        if (languages.Count == 0)
            throw new DomainValidationException(nameof(StaffLanguages), "LanguagesRequired", "Add at least one language the staff speak.");
        if (languages.Any(l => l.Length is < 2 or > 3 || !l.All(char.IsAsciiLetterLower)))
            throw new DomainValidationException(nameof(StaffLanguages), "LanguageCode", "Choose a language from the list.");
        var zone = string.IsNullOrWhiteSpace(timeZone)
            ? (TimeZone.Length > 0 ? TimeZone : TimeZones.ForCountry(country))
            : TimeZones.Canonical(timeZone) ?? throw new DomainValidationException(nameof(TimeZone), "TimeZone", "Choose a time zone from the list.");

        Name = Guard.Name(name, nameof(Name), 200);
        CountryCode = country;
        City = Guard.Required(city, nameof(City), 120);
        StaffLanguages = languages;
        TimeZone = zone;
    }
}
