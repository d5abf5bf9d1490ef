using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Ponte.Web.Infrastructure.Localization;

/// <summary>The CLDR plural categories; a resource family has one key per category its language uses: <c>Key.One</c>, <c>Key.Other</c>…</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// CLDR cardinal plural rules (unicode.org/cldr, plurals.xml) for the shipped languages. Portuguese
/// follows pt-PT, the Portuguese the resources are written in (0 takes the plural there).
/// A number is judged as it is shown: at most two decimals.
/// </summary>
public static class Plurals
{
    private static readonly PluralCategory[] English = [PluralCategory.One, PluralCategory.Other];

    /// <summary>The categories a language's resources must have.</summary>
    public static IReadOnlyList<PluralCategory> CategoriesOf(string language) => language switch
    {
        "pt" => [PluralCategory.One, PluralCategory.Many, PluralCategory.Other],
        "uk" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        "ar" => [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        _ => English,
    };

    public static PluralCategory Of(string language, decimal number)
    {
        // The CLDR operands: n the absolute value, i its integer digits, v how many fraction digits are shown.
        var n = Math.Round(Math.Abs(number), 2);
        var shown = n.ToString("0.##", CultureInfo.InvariantCulture);
        var v = shown.Contains('.', StringComparison.Ordinal) ? shown.Length - shown.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var i = decimal.Truncate(n);
        var whole = v == 0;
        return language switch
        {
            "pt" => i == 1 && whole ? PluralCategory.One
                : whole && i != 0 && i % 1_000_000 == 0 ? PluralCategory.Many
                : PluralCategory.Other,
            "uk" => !whole ? PluralCategory.Other
                : i % 10 == 1 && i % 100 != 11 ? PluralCategory.One
                : i % 10 is >= 2 and <= 4 && i % 100 is not (>= 12 and <= 14) ? PluralCategory.Few
                : PluralCategory.Many,
            "ar" => n == 0 ? PluralCategory.Zero
                : n == 1 ? PluralCategory.One
                : n == 2 ? PluralCategory.Two
                : whole && n % 100 is >= 3 and <= 10 ? PluralCategory.Few
                : whole && n % 100 is >= 11 and <= 99 ? PluralCategory.Many
                : PluralCategory.Other,
            _ => i == 1 && whole ? PluralCategory.One : PluralCategory.Other,
        };
    }

    /// <summary>
    /// The text of <paramref name="key"/> for <paramref name="count"/> in the UI language:
    /// <c>Key.One</c>, <c>Key.Few</c>… as its rules say, <c>Key.Other</c> if that form is missing.
    /// The count, as the culture writes it (at most two decimals), is <c>{0}</c>; <paramref name="more"/> follow as <c>{1}</c>, <c>{2}</c>…
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer text, string key, decimal count, params object[] more)
    {
        var category = Of(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, count);
        object[] args = [count.ToString("0.##", CultureInfo.CurrentCulture), .. more];
        var found = text[$"{key}.{category}", args];
        return found.ResourceNotFound && category != PluralCategory.Other ? text[$"{key}.{PluralCategory.Other}", args] : found;
    }
}
