using System.Globalization;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;

namespace Ponte.Web.Infrastructure.Localization;

/// <summary>Marker for the resources every page shares (layout, common words, error messages).</summary>
public sealed class SharedResource;

public static class Cultures
{
    public const string Default = "en";

    /// <summary>The languages Ponte ships complete.</summary>
    public static readonly string[] Supported = ["en", "pt", "uk", "ar"];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture);

    public static bool IsRightToLeft(CultureInfo culture) => culture.TextInfo.IsRightToLeft;

    /// <summary>The language's own name, as a language picker shows it.</summary>
    public static string NativeName(string culture) => culture switch
    {
        "en" => "English",
        "pt" => "Português",
        "uk" => "Українська",
        "ar" => "العربية",
        _ => culture,
    };
}

public static class ErrorText
{
    /// <summary>The message for a refused operation in the current UI language, falling back to the domain's English.</summary>
    public static string For(IStringLocalizer text, DomainException e)
    {
        // "Use at most 1 character": a message with a count as its first argument may come in plural forms.
        if (e.Args.Count > 0 && e.Args[0] is int or long or decimal && !text[$"Error.{e.Code}.{PluralCategory.Other}"].ResourceNotFound)
            return text.Plural("Error." + e.Code, Convert.ToDecimal(e.Args[0], CultureInfo.InvariantCulture), [.. e.Args.Skip(1)]);
        var found = text["Error." + e.Code];
        if (found.ResourceNotFound)
            return e.Message;
        try
        {
            return string.Format(CultureInfo.CurrentUICulture, found.Value, e.Args.ToArray());
        }
        catch (FormatException)
        {
            return found.Value;
        }
    }
}
