using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Reports;

/// <summary>
/// Targets per indicator and delivery period: set by a manager for her organisation or a programme
/// and by the coordinator for the network; every total with a target shows it and the progress
/// (cumulative ÷ target); the command on the export gives the same; bad values are named by code.
/// </summary>
public abstract class TargetsTests(PonteFactory factory) : IntegrationTest(factory)
{
    private const string From = "2026-01-01";
    private const string To = "2026-12-31";

    [Fact]
    public async Task A_target_shows_with_its_progress_and_only_for_its_scope_and_period()
    {
        var manager = await As(Demo.ManagerPt);
        var put = await manager.PutJsonAsync("/api/reports/targets", new { from = From, to = To, targets = new Dictionary<string, decimal?> { ["EECO01"] = 200, ["COMPETITIVENESS"] = 40 } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var rows = await RowsAsync(manager, From, To);
        var total = rows.Single(r => (string?)r["code"] == "EECO01" && r["by"] is null);
        Assert.Equal(200m, total["target"]!.GetValue<decimal>());
        Assert.Equal(Math.Round(total["cumulative"]!.GetValue<decimal>() / 200m, 4, MidpointRounding.AwayFromZero), total["progress"]!.GetValue<decimal>());
        Assert.Null(rows.Single(r => (string?)r["code"] == "EECO01" && (string?)r["by"] == "sex" && (string?)r["key"] == "woman")["target"]);

        // Another period, another organisation and the network have none.
        Assert.Null((await RowsAsync(manager, From, "2026-06-30")).Single(r => (string?)r["code"] == "EECO01" && r["by"] is null)["target"]);
        Assert.Null((await RowsAsync(await As(Demo.ManagerFi), From, To)).Single(r => (string?)r["code"] == "EECO01" && r["by"] is null)["target"]);
        Assert.Null((await RowsAsync(await As(Demo.Coordinator), From, To)).Single(r => (string?)r["code"] == "EECO01" && r["by"] is null)["target"]);

        // Removing one leaves the other.
        await manager.PutJsonAsync("/api/reports/targets", new { from = From, to = To, targets = new Dictionary<string, decimal?> { ["EECO01"] = null } });
        var left = await manager.Http.GetFromJsonAsync<Dictionary<string, decimal>>($"/api/reports/targets?from={From}&to={To}");
        Assert.Equal(new Dictionary<string, decimal> { ["COMPETITIVENESS"] = 40 }, left);
    }

    [Fact]
    public async Task The_coordinator_sets_the_networks_targets()
    {
        var coordinator = await As(Demo.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutJsonAsync("/api/reports/targets", new { from = From, to = To, targets = new Dictionary<string, decimal?> { ["RCO81"] = 839, ["COMPETITIVENESS"] = 515 } })).StatusCode);
        var rows = await RowsAsync(coordinator, From, To);
        Assert.Equal(515m, rows.Single(r => (string?)r["code"] == "COMPETITIVENESS" && r["by"] is null)["target"]!.GetValue<decimal>());
        Assert.Null((await RowsAsync(await As(Demo.ManagerLv), From, To)).Single(r => (string?)r["code"] == "COMPETITIVENESS" && r["by"] is null)["target"]);
    }

    [Theory]
    [InlineData("EECO01", "0")]
    [InlineData("EECO01", "-3")]
    [InlineData("EECO01", "2.5")]
    [InlineData("EECO01", "20000000")]
    [InlineData("SATISFACTION", "4")]
    [InlineData("NOPE", "4")]
    public async Task A_bad_target_is_a_problem_and_saves_nothing(string code, string value)
    {
        var manager = await As(Demo.ManagerPt);
        var body = JsonNode.Parse($$$"""{"from":"2025-01-01","to":"2025-12-31","targets":{"MENTORS":30,"{{{code}}}":{{{value}}}}}""")!;
        var withToken = await manager.PutJsonAsync("/api/reports/targets", body);
        Assert.Equal(HttpStatusCode.BadRequest, withToken.StatusCode);
        var problem = await withToken.Content.ReadFromJsonAsync<JsonObject>();
        Assert.NotEmpty(problem!["errors"]!.AsObject());
        var saved = await manager.Http.GetFromJsonAsync<Dictionary<string, decimal>>("/api/reports/targets?from=2025-01-01&to=2025-12-31");
        Assert.Empty(saved!);
    }

    [Fact]
    public async Task The_page_saves_targets_and_names_a_wrong_one_by_its_field()
    {
        var manager = await As(Demo.ManagerPt);
        var url = "/Reports?from=2026-07-01&to=2026-12-31";
        var (response, page) = await manager.SubmitAsync(url, new Dictionary<string, string?> { ["TargetInput[EECO01]"] = "-1", ["TargetInput[MENTORS]"] = "30" }, "form.targets-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#t-eeco01-error")!.TextContent));
        Assert.Equal("30", page.QuerySelector("#t-mentors")!.GetAttribute("value"));

        (response, _) = await manager.SubmitAsync(url, new Dictionary<string, string?> { ["TargetInput[MENTORS]"] = "30" }, "form.targets-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await manager.GetPageAsync(url);
        Assert.Equal("30", page.QuerySelector("#t-mentors")!.GetAttribute("value"));
        Assert.NotEmpty(page.QuerySelector("#report-table tr[data-code='MENTORS'] meter")!.GetAttribute("value")!);
    }

    private static async Task<List<JsonNode>> RowsAsync(Visitor visitor, string from, string to) =>
        JsonNode.Parse(await visitor.Http.GetStringAsync($"/api/reports/indicators?from={from}&to={to}"))!["rows"]!.AsArray().Select(r => r!).ToList();
}

public sealed class SqliteTargetsTests(SqliteFactory f) : TargetsTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresTargetsTests(PostgresFactory f) : TargetsTests(f), IClassFixture<PostgresFactory>;
