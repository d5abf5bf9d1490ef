using System.Collections.Concurrent;
using System.Globalization;

namespace Ponte.Web.Features.Shared;

/// <summary>A code and its name in the reader's language, as a select option shows it.</summary>
public sealed record NamedCode(string Code, string Name);

/// <summary>
/// Countries (ISO 3166-1 alpha-2) and languages (ISO 639-1) with their names in the current UI
/// language, sorted for that language.
/// </summary>
public static class WorldLists
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<NamedCode>> CountryCache = new();
    private static readonly ConcurrentDictionary<string, IReadOnlyList<NamedCode>> LanguageCache = new();

    /// <summary>Every region the runtime knows, keyed by code, with the culture whose display name carries the region's name.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, CultureInfo>> Regions = new(() =>
    {
        var regions = new Dictionary<string, CultureInfo>(StringComparer.Ordinal);
        // Plain "ll-RR" cultures first: their display name is "Language (Region)" with nothing else in the brackets.
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures)
                     .OrderBy(c => c.Name.Count(ch => ch == '-')).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length == 2 && code.All(char.IsAsciiLetterUpper))
                regions.TryAdd(code, culture);
        }

        return regions;
    });

    private static readonly Lazy<IReadOnlySet<string>> LanguageCodes = new(() =>
        CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Select(c => c.Name)
            .Where(n => n.Length == 2 && n.All(char.IsAsciiLetterLower))
            .ToHashSet(StringComparer.Ordinal));

    public static bool IsCountry(string? code) => code is not null && Regions.Value.ContainsKey(code);

    public static bool IsLanguage(string? code) => code is not null && LanguageCodes.Value.Contains(code);

    public static IReadOnlyList<NamedCode> Countries() =>
        CountryCache.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Sorted(Regions.Value.Keys.Select(c => new NamedCode(c, CountryName(c)))));

    public static IReadOnlyList<NamedCode> Languages() =>
        LanguageCache.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Sorted(LanguageCodes.Value.Select(c => new NamedCode(c, LanguageName(c)))));

    /// <summary>
    /// The country's name in the current UI language. Under ICU, <see cref="RegionInfo.DisplayName"/>
    /// is not translated, but a culture's display name is ("ucraniano (Ucrânia)"), so the region's
    /// name is read from inside its brackets; the English name is the fallback.
    /// </summary>
    public static string CountryName(string? code)
    {
        if (code is null || !Regions.Value.TryGetValue(code, out var culture))
            return code ?? string.Empty;
        var display = culture.DisplayName;
        var open = display.IndexOf('(');
        var close = display.LastIndexOf(')');
        if (open < 0 || close <= open + 1)
            return new RegionInfo(code).EnglishName;
        var inside = display[(open + 1)..close].Trim();
        // "az-Cyrl-AZ" reads "Azerbaijani (Cyrillic, Azerbaijan)": the region comes last.
        if (culture.Name.Count(ch => ch == '-') > 1)
        {
            var cut = inside.LastIndexOfAny([',', '،']);
            if (cut >= 0)
                inside = inside[(cut + 1)..].Trim();
        }

        return inside.Length == 0 ? new RegionInfo(code).EnglishName : inside;
    }

    public static string LanguageName(string? code)
    {
        if (string.IsNullOrEmpty(code))
            return string.Empty;
        try
        {
            var name = CultureInfo.GetCultureInfo(code).DisplayName;
            return name.Length > 0 ? char.ToUpper(name[0], CultureInfo.CurrentUICulture) + name[1..] : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static IReadOnlyList<NamedCode> Sorted(IEnumerable<NamedCode> items)
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        return items.OrderBy(i => i.Name, comparer).ToList();
    }
}
