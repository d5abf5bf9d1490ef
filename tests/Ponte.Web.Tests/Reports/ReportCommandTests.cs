using System.Text;
using ClosedXML.Excel;
using Npgsql;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Reports;

/// <summary><c>ponte report</c> on the site's database writes the lines the coordinator's report carries, as CSV and XLSX.</summary>
public abstract class ReportCommandTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task The_command_writes_the_networks_figures_as_csv_and_xlsx()
    {
        var coordinator = await As(Demo.Coordinator);
        var site = Numbers(await coordinator.Http.GetStringAsync("/Reports?handler=Csv&from=2026-01-01&to=2026-12-31"));
        Assert.Contains(site, l => l[0] == "EECO01" && decimal.Parse(l[7], System.Globalization.CultureInfo.InvariantCulture) > 0);

        var dir = Directory.CreateTempSubdirectory("ponte-report-").FullName;
        try
        {
            var csv = Path.Combine(dir, "r.csv");
            var (code, stderr) = Run("--period", "2026-01-01..2026-12-31", "--format", "csv", "--out", csv);
            Assert.True(code == 0, stderr);
            Assert.Equal(site, Numbers(await File.ReadAllTextAsync(csv)));

            var xlsx = Path.Combine(dir, "r.xlsx");
            (code, stderr) = Run("--period", "2026-01-01..2026-12-31", "--format", "xlsx", "--out", xlsx);
            Assert.True(code == 0, stderr);
            using var book = new XLWorkbook(xlsx);
            var rows = book.Worksheet(1).RowsUsed().Where(r => r.RowNumber() > 4)
                .Select(r => Enumerable.Range(1, 10).Select(c => c is 2 ? string.Empty : r.Cell(c).IsEmpty() ? string.Empty : c == 1 ? r.Cell(c).GetString() : r.Cell(c).GetValue<decimal>().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList())
                .ToList();
            Assert.Equal(site, rows);

            (code, stderr) = Run("--period", "2026-12-31..2026-01-01", "--format", "csv", "--out", csv);
            Assert.Equal(2, code);
            Assert.Contains("--period", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private (int Code, string Stderr) Run(params string[] args)
    {
        var connection = Factory.Db == Db.Postgres
            ? new NpgsqlConnectionStringBuilder(PonteFactory.PostgresServer) { Database = Factory.PostgresDatabase }.ConnectionString
            : $"Data Source={Path.Combine(Factory.DataDirectory, "ponte.db")}";
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = Ponte.Cli.Program.Run(["report", .. args, "--provider", Factory.Db == Db.Postgres ? "postgres" : "sqlite", "--connection", connection], stdout, stderr);
        return (code, stderr.ToString());
    }

    /// <summary>Each line's code and figures (the name column left out: the site words it in the reader's language).</summary>
    private static List<List<string>> Numbers(string csv) =>
        csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => Cells(l).Select((c, k) => k == 1 ? string.Empty : c).ToList()).ToList();

    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
                cell.Append(ch);
        }

        cells.Add(cell.ToString());
        return cells;
    }
}

public sealed class SqliteReportCommandTests(SqliteFactory f) : ReportCommandTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresReportCommandTests(PostgresFactory f) : ReportCommandTests(f), IClassFixture<PostgresFactory>;
