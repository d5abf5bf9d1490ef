using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Reports;

/// <summary>
/// The funder's report page, its CSV and its XLSX carry the figures of the indicators API, line
/// for line; the coordinator's names nobody; others are refused; a bad period is told by its field.
/// </summary>
public abstract class FunderReportTests(PonteFactory factory) : IntegrationTest(factory)
{
    private const string Period = "from=2026-01-01&to=2026-12-31";

    [Fact]
    public async Task The_page_the_csv_and_the_xlsx_carry_the_figures_of_the_api()
    {
        var manager = await As(Demo.ManagerPt);
        var api = JsonNode.Parse(await manager.Http.GetStringAsync($"/api/reports/indicators?{Period}"))!["rows"]!.AsArray();
        decimal? Value(string code, string? by, string? key, string field) =>
            api.Single(r => (string?)r!["code"] == code && (string?)r["by"] == by && (string?)r["key"] == key)![field]?.GetValue<decimal>();

        var page = await manager.GetPageAsync($"/Reports?{Period}");
        var rows = page.QuerySelectorAll("#report-table tbody tr");
        Assert.Equal(Ponte.Domain.Outcomes.IndicatorEngine.Codes.Count + 1, rows.Length); // satisfaction has a line per role
        var first = page.QuerySelector("#report-table tr[data-code='EECO01']")!;
        Assert.Equal(Value("EECO01", null, null, "period")!.Value.ToString("N0", CultureInfo.GetCultureInfo("pt")), first.QuerySelector("[data-value='period']")!.TextContent.Trim());
        Assert.True(Value("EECO01", null, null, "cumulative") > 0);

        var csvResponse = await manager.Http.GetAsync($"/Reports?handler=Csv&{Period}");
        Assert.True(csvResponse.IsSuccessStatusCode, string.Join("\n", Factory.Logs.Entries.Where(e => e.Exception is not null).Select(e => e.Text)));
        var csv = await csvResponse.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rows.Length + 1, lines.Length);
        var xlsxResponse = await manager.Http.GetAsync($"/Reports?handler=Xlsx&{Period}");
        Assert.True(xlsxResponse.IsSuccessStatusCode, string.Join("\n", Factory.Logs.Entries.Where(e => e.Exception is not null).Select(e => e.Text)));
        var xlsx = new XLWorkbook(new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync()));
        var sheet = xlsx.Worksheet(1);
        foreach (var line in lines.Skip(1))
        {
            var cells = Split(line);
            var code = cells[0];
            var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == code && (code != "SATISFACTION" || r.Cell(2).GetString() == cells[1]));
            for (var c = 2; c < cells.Count; c++)
            {
                var inXlsx = row.Cell(c + 1).IsEmpty() ? string.Empty : row.Cell(c + 1).GetValue<decimal>().ToString(CultureInfo.InvariantCulture);
                Assert.Equal(cells[c], inXlsx);
            }

            if (code is "SATISFACTION")
                continue;
            Assert.Equal(Text(Value(code, null, null, "period")), cells[2]);
            Assert.Equal(Text(Value(code, null, null, "cumulative")), cells[7]);
            if (cells[3].Length > 0)
                Assert.Equal(Text(Value(code, "sex", "woman", "period")), cells[3]);
        }
    }

    [Fact]
    public async Task The_coordinators_report_names_nobody()
    {
        var coordinator = await As(Demo.Coordinator);
        var html = await coordinator.Http.GetStringAsync($"/Reports?{Period}");
        var csv = await coordinator.Http.GetStringAsync($"/Reports?handler=Csv&{Period}");
        var names = await Factory.WithDbAsync(db => db.Participants.IgnoreQueryFilters().Select(p => p.Profile.FullName).ToListAsync());
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.DoesNotContain(n, html, StringComparison.OrdinalIgnoreCase));
        Assert.All(names, n => Assert.DoesNotContain(n, csv, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("/Participants/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_sees_who_an_indicator_counted_and_the_coordinator_does_not()
    {
        var manager = await As(Demo.ManagerPt);
        var api = JsonNode.Parse(await manager.Http.GetStringAsync($"/api/reports/indicators?{Period}"))!["rows"]!.AsArray();
        foreach (var code in new[] { "EECO01", "COMPETITIVENESS", "MENTORS" })
        {
            var cumulative = api.Single(r => (string?)r!["code"] == code && r["by"] is null)!["cumulative"]!.GetValue<decimal>();
            var period = api.Single(r => (string?)r!["code"] == code && r["by"] is null)!["period"]!.GetValue<decimal>();
            Assert.True(cumulative > 0, code);
            var ids = new List<string>();
            for (var n = 1; ; n++)
            {
                var page = await manager.GetPageAsync($"/Reports/Evidence?code={code}&{Period}&page={n}");
                var rows = page.QuerySelectorAll("#evidence-table tbody tr").Select(r => r.GetAttribute("data-participant")!).ToList();
                ids.AddRange(rows);
                if (rows.Count < 50)
                    break;
            }

            Assert.Equal((int)cumulative, ids.Count);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            var inPeriod = (await manager.GetPageAsync($"/Reports/Evidence?code={code}&{Period}&periodOnly=true")).QuerySelectorAll("#evidence-table tbody tr").Length;
            Assert.Equal(Math.Min((int)period, 50), inPeriod);
            var organisations = await Factory.WithDbAsync(db => db.Participants.IgnoreQueryFilters().Where(p => ids.Select(Guid.Parse).Contains(p.Id))
                .Select(p => db.Organisations.IgnoreQueryFilters().Where(o => o.Id == p.OrganisationId).Select(o => o.CountryCode).First()).Distinct().ToListAsync());
            Assert.Equal(["PT"], organisations);
        }

        var report = await manager.GetPageAsync($"/Reports?{Period}");
        Assert.NotNull(report.QuerySelector("#report-table tr[data-code='EECO01'] a.evidence-link"));

        var coordinator = await As(Demo.Coordinator);
        var refused = await coordinator.Http.GetAsync($"/Reports/Evidence?code=EECO01&{Period}");
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var network = await coordinator.GetPageAsync($"/Reports?{Period}");
        Assert.Null(network.QuerySelector("a.evidence-link"));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/Reports/Evidence?code=NOPE&{Period}")).StatusCode);
    }

    [Theory]
    [InlineData(Demo.TrainerPt)]
    [InlineData(Demo.Samira)]
    public async Task Others_are_refused(string email)
    {
        var visitor = await As(email);
        var response = await visitor.Http.GetAsync($"/Reports?{Period}");
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_period_is_told_by_its_field_and_keeps_what_was_typed()
    {
        var manager = await As(Demo.ManagerPt);
        var page = await manager.GetPageAsync("/Reports?from=2026-12-31&to=2026-01-01");
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#r-to-error")!.TextContent));
        Assert.Equal("2026-12-31", page.QuerySelector("#r-from")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#report-table"));

        page = await manager.GetPageAsync("/Reports?from=not-a-day&to=2026-01-01");
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#r-from-error")!.TextContent));
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var k = 0; k < line.Length; k++)
        {
            var ch = line[k];
            if (quoted)
            {
                if (ch == '"' && k + 1 < line.Length && line[k + 1] == '"')
                {
                    cell.Append('"');
                    k++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}

public sealed class SqliteFunderReportTests(SqliteFactory f) : FunderReportTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresFunderReportTests(PostgresFactory f) : FunderReportTests(f), IClassFixture<PostgresFactory>;
