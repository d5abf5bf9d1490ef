namespace Ponte.Web.Features.Shared;

/// <summary>The time zones a person can choose from: the IANA zones this machine knows, by id ("Europe/Helsinki").</summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<IReadOnlyList<string>> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal).ToList());

    /// <summary>Every known zone, with <paramref name="current"/> among them so a form shows what it holds (or what was typed).</summary>
    public static IReadOnlyList<string> With(string? current) =>
        string.IsNullOrEmpty(current) || Zones.Value.Contains(current) ? Zones.Value : [.. Zones.Value.Append(current).Order(StringComparer.Ordinal)];
}
