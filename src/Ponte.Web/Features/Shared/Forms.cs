using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Ponte.Web.Features.Shared;

/// <summary>What every form and request body reads the same way.</summary>
public static class Forms
{
    /// <summary>
    /// One of the enum's names, in any casing; null for anything else. Numbers and flag
    /// combinations ("1", "A, B") are refused: people type names, not the enum's values.
    /// </summary>
    public static TEnum? ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v) || !char.IsAsciiLetter(v[0]) || v.Contains(',', StringComparison.Ordinal))
            return null;
        return Enum.TryParse<TEnum>(v, ignoreCase: true, out var result) && Enum.IsDefined(result) ? result : null;
    }

    /// <summary>Replaces the framework's English binding messages with the site's own.</summary>
    public static void LocalizeBindingErrors(ModelStateDictionary modelState, IStringLocalizer text)
    {
        foreach (var entry in modelState.Values.Where(e => e.Errors.Count > 0))
        {
            entry.Errors.Clear();
            entry.Errors.Add(text["Error.Invalid"]);
        }
    }
}
