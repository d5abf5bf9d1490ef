using System.Globalization;
using System.Text;
using Ponte.Domain.Matching;

namespace Ponte.Web.Features.Matching;

/// <summary>
/// The approximate centres (town halls, to about a kilometre) of the municipalities the partner
/// organisations work in, so that matching can say "12 km apart" from a profile that names only a
/// municipality. A municipality not listed gives no location: two people of the same municipality
/// still count as near, others as "distance not known".
/// </summary>
public static class AreaCentres
{
    private static readonly Dictionary<string, Dictionary<string, (string Name, GeoPoint Centre)>> Centres = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PT"] = Table(
            ("Lisboa", 38.7077, -9.1365), ("Amadora", 38.7597, -9.2397), ("Odivelas", 38.7927, -9.1838),
            ("Loures", 38.8309, -9.1685), ("Sintra", 38.7980, -9.3880), ("Oeiras", 38.6970, -9.3090), ("Almada", 38.6790, -9.1569),
            ("Cascais", 38.6979, -9.4215), ("Seixal", 38.6400, -9.1010), ("Barreiro", 38.6631, -9.0724), ("Setúbal", 38.5244, -8.8882),
            ("Vila Franca de Xira", 38.9553, -8.9897), ("Porto", 41.1496, -8.6109), ("Vila Nova de Gaia", 41.1239, -8.6118),
            ("Matosinhos", 41.1844, -8.6963), ("Braga", 41.5454, -8.4265), ("Coimbra", 40.2033, -8.4103), ("Faro", 37.0194, -7.9322)),
        ["FI"] = Table(
            ("Helsinki", 60.1699, 24.9384), ("Espoo", 60.2055, 24.6559), ("Vantaa", 60.2934, 25.0378), ("Kauniainen", 60.2108, 24.7290),
            ("Tampere", 61.4978, 23.7610), ("Turku", 60.4518, 22.2666), ("Oulu", 65.0121, 25.4651), ("Lahti", 60.9827, 25.6612)),
        ["LV"] = Table(
            ("Rīga", 56.9496, 24.1052), ("Jūrmala", 56.9680, 23.7704), ("Mārupe", 56.9065, 24.0573), ("Salaspils", 56.8614, 24.3497),
            ("Ķekava", 56.8280, 24.2300), ("Olaine", 56.7852, 23.9384), ("Ādaži", 57.0745, 24.3228), ("Jelgava", 56.6511, 23.7214),
            ("Daugavpils", 55.8747, 26.5362), ("Liepāja", 56.5047, 21.0108)),
    };

    /// <summary>Names people also write, by the municipality's own name.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        [Key("Lisbon")] = "Lisboa",
        [Key("Setubal")] = "Setúbal",
        [Key("Helsingfors")] = "Helsinki",
        [Key("Esbo")] = "Espoo",
        [Key("Vanda")] = "Vantaa",
        [Key("Jurmala")] = "Jūrmala",
    };

    /// <summary>The centre of the municipality in the organisation's country, or null when it is not known.</summary>
    public static GeoPoint? Of(string? countryCode, string? municipality) =>
        Find(countryCode, municipality)?.Centre;

    /// <summary>
    /// The municipality as one key for "same area": its own name when it is listed ("Lisbon",
    /// "lisboa " → "Lisboa"), else the name as typed, trimmed.
    /// </summary>
    public static string? AreaName(string? countryCode, string? municipality) =>
        Find(countryCode, municipality)?.Name ?? municipality?.Trim();

    private static (string Name, GeoPoint Centre)? Find(string? countryCode, string? municipality)
    {
        if (countryCode is null || string.IsNullOrWhiteSpace(municipality) || !Centres.TryGetValue(countryCode, out var table))
            return null;
        var key = Key(municipality);
        if (Aliases.TryGetValue(key, out var name))
            key = Key(name);
        return table.TryGetValue(key, out var place) ? place : null;
    }

    private static Dictionary<string, (string Name, GeoPoint Centre)> Table(params (string Name, double Latitude, double Longitude)[] places) =>
        places.ToDictionary(p => Key(p.Name), p => (p.Name, new GeoPoint(p.Latitude, p.Longitude)));

    /// <summary>"Rīga", "riga" and " RIGA " are one key.</summary>
    private static string Key(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                plain.Append(char.ToLowerInvariant(c));
        }

        return plain.ToString();
    }
}
