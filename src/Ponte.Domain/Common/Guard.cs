namespace Ponte.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new DomainValidationException(field, "Required", $"{field} is required.");
        return MaxLength(trimmed, field, maxLength)!;
    }

    /// <summary>A required name of a person or an organisation: visible, without direction overrides or control characters.</summary>
    public static string Name(string? value, string field, int maxLength)
    {
        var name = Required(value, field, maxLength);
        return TextRules.NameProblem(name) switch
        {
            TextRules.NameInvisible => throw new DomainValidationException(field, TextRules.NameInvisible, $"{field} must contain visible letters."),
            TextRules.NameControl => throw new DomainValidationException(field, TextRules.NameControl, $"{field} may not contain direction-control or control characters."),
            _ => name,
        };
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, field, maxLength);
    }

    public static decimal Hours(decimal value, string field, decimal max = 1000m)
    {
        if (value < 0 || value > max)
            throw new DomainValidationException(field, "HoursRange", $"{field} must be between 0 and {max}.", 0, max);
        if (decimal.Round(value, 2) != value)
            throw new DomainValidationException(field, "HoursPrecision", $"{field} may have at most two decimals.");
        return value;
    }

    public static int Range(int value, string field, int min, int max)
    {
        if (value < min || value > max)
            throw new DomainValidationException(field, "Range", $"{field} must be between {min} and {max}.", min, max);
        return value;
    }

    public static T Defined<T>(T value, string field) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw new DomainValidationException(field, "Invalid", $"{field} has an unknown value.");
        return value;
    }

    private static string? MaxLength(string value, string field, int maxLength)
    {
        if (value.Length > maxLength)
            throw new DomainValidationException(field, "MaxLength", $"{field} may be at most {maxLength} characters.", maxLength);
        return value;
    }
}
