using Ponte.Domain.Common;

namespace Ponte.Domain.Profiles;

/// <summary>A language a person speaks (ISO 639-1 code, e.g. "uk") and how well.</summary>
public sealed record LanguageSkill(string Code, LanguageLevel Level)
{
    public static LanguageSkill Create(string? code, LanguageLevel level, string field = "Languages")
    {
        var c = (code ?? string.Empty).Trim().ToLowerInvariant();
        if (c.Length is < 2 or > 3 || !c.All(char.IsAsciiLetterLower))
            throw new DomainValidationException(field, "LanguageCode", "Choose a language from the list.");
        Guard.Defined(level, field);
        return new LanguageSkill(c, level);
    }
}
