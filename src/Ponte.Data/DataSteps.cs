using System.Globalization;
using Ponte.Domain.Organisations;

namespace Ponte.Data;

/// <summary>
/// Data that migrations fill in after changing the schema, as SQL both providers run. A migration
/// calls its step in one line, so a regenerated migration only needs that line again.
/// </summary>
internal static class DataSteps
{
    /// <summary>The TimeZones migration: every organisation gets the usual zone of its country ("UTC" for one not listed).</summary>
    public static string OrganisationTimeZones()
    {
        var cases = string.Join(' ', TimeZones.ByCountry.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => string.Create(CultureInfo.InvariantCulture, $"WHEN '{kv.Key}' THEN '{kv.Value}'")));
        return $"UPDATE \"Organisations\" SET \"TimeZone\" = CASE \"CountryCode\" {cases} ELSE '{TimeZones.Utc}' END;";
    }
}
