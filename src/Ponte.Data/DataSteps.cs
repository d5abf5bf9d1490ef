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

    /// <summary>
    /// The ActorIds migration: names copied onto records become the id of the account with that
    /// name (in the record's organisation first); a name no account has (an applicant's own form) becomes null.
    /// Timelines say what kind of actor each line has: an account, the person herself, or Ponte.
    /// </summary>
    public static string ActorIds()
    {
        (string Table, string From, string To, bool Owned)[] columns =
        [
            ("Applications", "CreatedBy", "CreatedById", true), ("Applications", "UpdatedBy", "UpdatedById", true),
            ("Assessments", "CreatedBy", "CreatedById", true), ("Assessments", "UpdatedBy", "UpdatedById", true), ("Assessments", "AssessedBy", "AssessedById", true),
            ("MatchExclusions", "CreatedBy", "CreatedById", true), ("MatchExclusions", "UpdatedBy", "UpdatedById", true), ("MatchExclusions", "DeclaredBy", "DeclaredById", true),
            ("MatchingRuns", "CreatedBy", "CreatedById", true), ("MatchingRuns", "UpdatedBy", "UpdatedById", true), ("MatchingRuns", "RanBy", "RanById", true),
            ("MatchProposals", "DecidedBy", "DecidedById", false),
            ("Organisations", "CreatedBy", "CreatedById", false), ("Organisations", "UpdatedBy", "UpdatedById", false),
            ("Participants", "CreatedBy", "CreatedById", true), ("Participants", "UpdatedBy", "UpdatedById", true), ("Participants", "SafetyCheckedBy", "SafetyCheckedById", true),
            ("Programmes", "CreatedBy", "CreatedById", true), ("Programmes", "UpdatedBy", "UpdatedById", true),
            ("Relationships", "CreatedBy", "CreatedById", false), ("Relationships", "UpdatedBy", "UpdatedById", false),
            ("TrainingSessions", "CreatedBy", "CreatedById", true), ("TrainingSessions", "UpdatedBy", "UpdatedById", true),
        ];
        var steps = columns.Select(c =>
        {
            var order = c.Owned ? $"CASE WHEN u.\"OrganisationId\" = \"{c.Table}\".\"OrganisationId\" THEN 0 ELSE 1 END, " : string.Empty;
            return $"UPDATE \"{c.Table}\" SET \"{c.To}\" = (SELECT u.\"Id\" FROM \"AspNetUsers\" u WHERE u.\"DisplayName\" = \"{c.Table}\".\"{c.From}\" ORDER BY {order}u.\"Id\" LIMIT 1) WHERE \"{c.From}\" IS NOT NULL;";
        });
        var kinds = new[] { "ApplicationHistory", "ParticipantTimeline" }.Select(t =>
            $"UPDATE \"{t}\" SET \"ActorKind\" = CASE WHEN \"ActorUserId\" IS NOT NULL THEN 'User' WHEN \"Event\" = 'Applied' THEN 'Subject' ELSE 'System' END;");
        return string.Join('\n', steps.Concat(kinds));
    }
}
