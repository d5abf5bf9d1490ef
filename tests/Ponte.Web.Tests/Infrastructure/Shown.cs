using System.Globalization;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Tests.Infrastructure;

/// <summary>How a page in a given language and zone writes a moment, for tests that look for it.</summary>
public static class Shown
{
    public static string DateTime(DateTimeOffset at, string zone, string culture = "en") =>
        In(culture, () => new LocalTime(TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime(at));

    public static string Date(DateTimeOffset at, string zone, string culture = "en") =>
        In(culture, () => new LocalTime(TimeZoneInfo.FindSystemTimeZoneById(zone)).Date(at));

    /// <summary>Runs <paramref name="write"/> as a request in <paramref name="culture"/> would.</summary>
    public static T In<T>(string culture, Func<T> write)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return write();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
