using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Reports;

/// <summary>
/// The site's indicators are the engine's on the site's own facts: the figures the API answers
/// equal what <c>ponte indicators</c> prints for the export of the same period, for a manager
/// (her organisation, one of its programmes) and the coordinator (the network). The export names
/// nobody, and only managers and the coordinator reach it.
/// </summary>
public abstract class IndicatorReportTests(PonteFactory factory) : IntegrationTest(factory)
{
    private const string Period = "from=2026-01-01&to=2026-12-31";

    [Fact]
    public async Task A_managers_figures_equal_the_command_on_her_export()
    {
        var manager = await As(Demo.ManagerPt);
        var (site, command) = await BothAsync(manager, Period);
        Assert.Equal(command, site);
        Assert.True(Total(site, "EECO01") > 0, "the demo organisation has participants");
    }

    [Fact]
    public async Task The_network_figures_equal_the_command_on_the_network_export()
    {
        var coordinator = await As(Demo.Coordinator);
        var (site, command) = await BothAsync(coordinator, Period);
        Assert.Equal(command, site);

        var manager = await As(Demo.ManagerPt);
        var (organisation, _) = await BothAsync(manager, Period);
        Assert.True(Total(site, "EECO01") > Total(organisation, "EECO01"), "the network counts more organisations than one");
        Assert.True(Total(site, "MENTORS") > 0);
        Assert.True(Total(site, "LEFT") > 0, "the demo network has closed processes");
        Assert.True(Total(site, "RCO81") > 0, "the demo network's joint events were attended");
        foreach (var code in new[] { "EECO02", "EECO03", "EECO04", "EECO05", "EECO06", "EECO07", "EECO08", "EECO09", "EECO10", "EECO11", "EECO12", "EECO13", "EECO14", "EECO16", "EECR04", "COMPETITIVENESS" })
            Assert.True(Total(site, code) > 0, $"the demo network's facts at entry count for {code}");
    }

    [Fact]
    public async Task With_targets_the_figures_and_progress_still_equal_the_command()
    {
        var manager = await As(Demo.ManagerPt);
        var put = await manager.PutJsonAsync("/api/reports/targets", new { from = "2026-01-01", to = "2026-06-30", targets = new Dictionary<string, decimal?> { ["EECO01"] = 60, ["COMPETITIVENESS"] = 7, ["RCO81"] = 3 } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var (site, command) = await BothAsync(manager, "from=2026-01-01&to=2026-06-30");
        Assert.Equal(command, site);
        Assert.Contains("\"progress\"", site, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_programmes_figures_equal_the_command_on_its_export()
    {
        var manager = await As(Demo.ManagerPt);
        var programme = await Factory.WithDbAsync(db => db.Programmes.IgnoreQueryFilters()
            .Where(p => db.Organisations.IgnoreQueryFilters().Any(o => o.Id == p.OrganisationId && o.CountryCode == "PT"))
            .OrderBy(p => p.Name).Select(p => p.Id).FirstAsync());
        var (site, command) = await BothAsync(manager, $"{Period}&programmeId={programme}");
        Assert.Equal(command, site);
    }

    [Fact]
    public async Task An_earlier_period_has_the_same_cumulative_rules_on_fewer_facts()
    {
        var manager = await As(Demo.ManagerPt);
        var (site, command) = await BothAsync(manager, "from=2026-01-01&to=2026-03-31");
        Assert.Equal(command, site);
        var (year, _) = await BothAsync(manager, Period);
        Assert.True(Total(site, "EECO01") <= Total(year, "EECO01"));
    }

    [Fact]
    public async Task The_export_names_nobody()
    {
        var coordinator = await As(Demo.Coordinator);
        var zip = await coordinator.Http.GetByteArrayAsync($"/api/reports/facts?{Period}");
        var text = string.Concat(Files(zip).Values);
        var people = await Factory.WithDbAsync(db => db.Participants.IgnoreQueryFilters().Select(p => new { p.Profile.FullName, p.Profile.Email, p.Profile.Phone }).ToListAsync());
        Assert.NotEmpty(people);
        foreach (var p in people)
        {
            Assert.DoesNotContain(p.Email, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(p.FullName, text, StringComparison.OrdinalIgnoreCase);
            if (p.Phone is { Length: > 4 } phone)
                Assert.DoesNotContain(phone, text, StringComparison.Ordinal);
        }

        var ids = await Factory.WithDbAsync(db => db.Participants.IgnoreQueryFilters().Select(p => p.Id.ToString()).ToListAsync());
        Assert.All(ids, id => Assert.DoesNotContain(id, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Each_role_and_email_is_one_person_across_organisations()
    {
        var coordinator = await As(Demo.Coordinator);
        var files = Files(await coordinator.Http.GetByteArrayAsync($"/api/reports/facts?{Period}"));
        var people = files["people.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var distinct = await Factory.WithDbAsync(async db => (await db.Participants.IgnoreQueryFilters()
            .Select(p => new { p.Role, p.Profile.Email }).ToListAsync())
            .Select(p => (p.Role, p.Email.Trim().ToLowerInvariant())).Distinct().Count());
        Assert.Equal(distinct, people.Count);
        Assert.Equal(people.Count, people.Select(l => l.Split(',')[0]).Distinct().Count());
    }

    [Theory]
    [InlineData(Demo.TrainerPt)]
    [InlineData(Demo.Samira)]
    [InlineData(Demo.Mentor)]
    public async Task Others_are_refused(string email)
    {
        var visitor = await As(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync($"/api/reports/indicators?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync($"/api/reports/facts?{Period}")).StatusCode);
    }

    [Fact]
    public async Task A_visitor_must_sign_in() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().Http.GetAsync($"/api/reports/facts?{Period}")).StatusCode);

    [Fact]
    public async Task Another_organisations_programme_looks_like_nothing()
    {
        var other = await Factory.WithDbAsync(db => db.Programmes.IgnoreQueryFilters()
            .Where(p => db.Organisations.IgnoreQueryFilters().Any(o => o.Id == p.OrganisationId && o.CountryCode == "FI"))
            .Select(p => p.Id).FirstAsync());
        var manager = await As(Demo.ManagerPt);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/api/reports/indicators?{Period}&programmeId={other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/api/reports/facts?{Period}&programmeId={other}")).StatusCode);
    }

    [Theory]
    [InlineData("from=2026-02-30&to=2026-12-31", "from")]
    [InlineData("from=2026-01-01", "to")]
    [InlineData("from=2026-12-31&to=2026-01-01", "to")]
    [InlineData("from=yesterday&to=2026-01-01", "from")]
    [InlineData("from=1990-01-01&to=2026-01-01", "to")]
    public async Task A_bad_period_is_a_problem_naming_the_field(string query, string field)
    {
        var manager = await As(Demo.ManagerPt);
        var response = await manager.Http.GetAsync($"/api/reports/indicators?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    private static decimal Total(string json, string code) =>
        JsonNode.Parse(json)!["rows"]!.AsArray().Single(r => (string?)r!["code"] == code && r["by"] is null)!["cumulative"]!.GetValue<decimal>();

    /// <summary>The site's JSON and the command's on the site's export, both written the same canonical way.</summary>
    private static async Task<(string Site, string Command)> BothAsync(Visitor visitor, string query)
    {
        var response = await visitor.Http.GetAsync($"/api/reports/indicators?{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var site = await response.Content.ReadAsStringAsync();
        var zip = await visitor.Http.GetByteArrayAsync($"/api/reports/facts?{query}");
        var dir = Directory.CreateTempSubdirectory("ponte-facts-").FullName;
        try
        {
            foreach (var (name, content) in Files(zip))
                await File.WriteAllTextAsync(Path.Combine(dir, name), content);
            var args = System.Web.HttpUtility.ParseQueryString(query);
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();
            var code = Ponte.Cli.Program.Run(
                ["indicators", "--organisations", Path.Combine(dir, "organisations.csv"), "--people", Path.Combine(dir, "people.csv"),
                 "--events", Path.Combine(dir, "events.csv"), "--actions", Path.Combine(dir, "actions.csv"), "--targets", Path.Combine(dir, "targets.csv"),
                 "--from", args["from"]!, "--to", args["to"]!],
                stdout, stderr);
            Assert.True(code == 0, stderr.ToString());
            return (Canonical(site), Canonical(Encoding.UTF8.GetString(stdout.ToArray())));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Both sides as one JSON shape: numbers as decimals, names as the command writes them, absent target and progress dropped.</summary>
    private static string Canonical(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var rows = new JsonArray();
        foreach (var row in node["rows"]!.AsArray())
        {
            var r = new JsonObject();
            foreach (var key in new[] { "code", "by", "key", "cumulative", "period", "target", "progress" })
            {
                var value = row![key];
                if (key is "target" or "progress" && value is null)
                    continue;
                r[key] = value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(v.GetValue<decimal>()) : value?.DeepClone();
            }

            rows.Add(r);
        }

        return new JsonObject { ["from"] = node["from"]!.DeepClone(), ["to"] = node["to"]!.DeepClone(), ["rows"] = rows }.ToJsonString();
    }

    private static Dictionary<string, string> Files(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.Name, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }
}

public sealed class SqliteIndicatorReportTests(SqliteFactory f) : IndicatorReportTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresIndicatorReportTests(PostgresFactory f) : IndicatorReportTests(f), IClassFixture<PostgresFactory>;
