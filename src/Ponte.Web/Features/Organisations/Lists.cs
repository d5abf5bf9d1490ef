using System.Globalization;

namespace Ponte.Web.Features.Organisations;

/// <summary>Countries and the common staff languages for pickers, named in the reader's language.</summary>
public static class Lists
{
    private static readonly string[] LanguageCodes =
    [
        "ar", "bg", "bn", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "ha", "hi", "hr", "hu", "it",
        "ka", "ku", "lt", "lv", "nl", "no", "pl", "ps", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sr", "sv", "sw",
        "ti", "tl", "tr", "uk", "ur", "vi", "zh", "am", "hy", "az", "be", "uz", "ta", "ne",
    ];

    public static IReadOnlyList<(string Code, string Name)> Countries() =>
        WorldLists.Countries().Select(c => (c.Code, c.Name)).ToList();

    public static string CountryName(string code) => WorldLists.CountryName(code);

    public static IReadOnlyList<(string Code, string Name)> Languages() =>
        LanguageCodes.Select(c => (c, LanguageName(c)))
            .OrderBy(l => l.Item2, StringComparer.Create(CultureInfo.CurrentUICulture, true))
            .ToList();

    public static string LanguageName(string code) => WorldLists.LanguageName(code);

    /// <summary>The IANA zones this machine knows, by id ("Europe/Helsinki"), with <paramref name="current"/> among them.</summary>
    public static IReadOnlyList<string> TimeZones(string? current) => TimeZoneChoices.With(current);
}
