using System.Globalization;
using System.Text;

namespace Ponte.Domain.Common;

/// <summary>What a name or a phone number people type must look like, shared by every form and the API.</summary>
public static class TextRules
{
    /// <summary>Refusal code of a name that shows nothing: only spaces, joiners, fillers or other invisible characters.</summary>
    public const string NameInvisible = "NameInvisible";

    /// <summary>Refusal code of a name carrying bidirectional overrides or control characters, which can make it read as something else.</summary>
    public const string NameControl = "NameControl";

    /// <summary>Refusal code of a phone number that is not digits with the usual separators.</summary>
    public const string Phone = "Phone";

    /// <summary>The refusal code for a name, or null when it may be stored.</summary>
    public static string? NameProblem(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        var visible = false;
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsDirectionControl(rune.Value) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control)
                return NameControl;
            visible |= !IsInvisible(rune);
        }

        return visible ? null : NameInvisible;
    }

    /// <summary>
    /// A phone number: an optional leading +, then 6 to 15 decimal digits (E.164 allows at most 15)
    /// separated by spaces, dots, dashes, slashes or parentheses.
    /// </summary>
    public static bool IsPhone(string value)
    {
        var digits = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            // Any decimal digits: Arabic-Indic ones as typed on an Arabic keyboard too.
            if (char.IsDigit(c))
                digits++;
            else if (c == '+' ? i != 0 : c is not (' ' or '-' or '.' or '/' or '(' or ')'))
                return false;
        }

        return digits is >= 6 and <= 15;
    }

    /// <summary>U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates).</summary>
    private static bool IsDirectionControl(int c) => c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
        // Letters that render as blanks: Hangul fillers, the braille blank, the Mongolian vowel separator.
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x180E;
}
