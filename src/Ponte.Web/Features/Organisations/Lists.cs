using System.Globalization;

namespace Ponte.Web.Features.Organisations;

/// <summary>Countries and languages for pickers, named in the reader's language.</summary>
public static class Lists
{
    private static readonly string[] LanguageCodes =
    [
        "ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "ha", "hi", "hr", "hu", "it",
        "ka", "ku", "lt", "lv", "nl", "no", "pl", "ps", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sr", "sv", "sw",
        "ti", "tl", "tr", "uk", "ur", "vi", "zh", "am", "hy", "az", "be", "uz", "ta", "ne",
    ];

    public static IReadOnlyList<(string Code, string Name)> Countries() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
            .Where(r => r is not null && r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
            .DistinctBy(r => r!.TwoLetterISORegionName)
            .Select(r => (r!.TwoLetterISORegionName, CountryName(r.TwoLetterISORegionName)))
            .OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, true))
            .ToList();

    public static string CountryName(string code)
    {
        try
        {
            return new RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    public static IReadOnlyList<(string Code, string Name)> Languages() =>
        LanguageCodes.Select(c => (c, LanguageName(c)))
            .OrderBy(l => l.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, true))
            .ToList();

    public static string LanguageName(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).DisplayName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
