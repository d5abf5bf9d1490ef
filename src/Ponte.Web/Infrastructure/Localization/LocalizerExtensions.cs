using Microsoft.Extensions.Localization;

namespace Ponte.Web.Infrastructure.Localization;

public static class LocalizerExtensions
{
    /// <summary>The label of an enum value: resource key <c>Enum.{Type}.{Value}</c>.</summary>
    public static string Enum<TEnum>(this IStringLocalizer text, TEnum value)
        where TEnum : struct, System.Enum =>
        text[$"Enum.{typeof(TEnum).Name}.{value}"];

    /// <summary>The labels of every flag set in a flags value, in declaration order.</summary>
    public static IEnumerable<string> Flags<TEnum>(this IStringLocalizer text, TEnum value)
        where TEnum : struct, System.Enum
    {
        var bits = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var flag in System.Enum.GetValues<TEnum>())
        {
            var f = Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
            if (f != 0 && System.Numerics.BitOperations.PopCount((ulong)f) == 1 && (bits & f) == f)
                yield return text.Enum(flag);
        }
    }

    public static string Day(this IStringLocalizer text, DayOfWeek day) => text[$"Day.{day}"];
}
