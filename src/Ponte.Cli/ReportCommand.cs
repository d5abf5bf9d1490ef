using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Data;
using Ponte.Data.Outcomes;
using Ponte.Domain.Outcomes;

namespace Ponte.Cli;

/// <summary>
/// <c>ponte report --period YYYY-MM-DD..YYYY-MM-DD --format xlsx|csv --out FILE [--organisation ID]
/// [--provider sqlite|postgres] [--connection CS]</c>: the funder's report of the network (or one
/// organisation) from the database, the same lines the site's report page and downloads carry,
/// in English. The database settings are the site's (<c>Database__Provider</c>,
/// <c>Database__ConnectionString</c>) unless given.
/// </summary>
internal static class ReportCommand
{
    public const string Name = "report";

    public const string Usage = "ponte report --period YYYY-MM-DD..YYYY-MM-DD --format xlsx|csv --out FILE [--organisation ID] [--provider sqlite|postgres] [--connection CS]";

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var options = UsageException.Options(args, ["--period", "--format", "--out", "--organisation", "--provider", "--connection"], []);
        var periodText = options.GetValueOrDefault("--period") ?? throw new UsageException("report needs --period YYYY-MM-DD..YYYY-MM-DD");
        var format = options.GetValueOrDefault("--format")?.ToLowerInvariant() ?? throw new UsageException("report needs --format xlsx or csv");
        if (format is not ("xlsx" or "csv"))
            throw new UsageException($"unknown format \"{format}\": xlsx or csv");
        var output = options.GetValueOrDefault("--out") ?? throw new UsageException("report needs --out FILE");
        var period = Period(periodText);
        Guid? organisation = null;
        if (options.GetValueOrDefault("--organisation") is { } text)
            organisation = Guid.TryParse(text, out var id) ? id : throw new UsageException($"--organisation \"{text}\" is not an organisation id");

        var provider = options.GetValueOrDefault("--provider") ?? Environment.GetEnvironmentVariable("Database__Provider") ?? "sqlite";
        var connection = options.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("Database__ConnectionString");
        var kind = provider.ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            var other => throw new UsageException($"unknown provider \"{other}\""),
        };
        if (string.IsNullOrWhiteSpace(connection))
            throw new UsageException("report needs --connection (or Database__ConnectionString)");

        using var services = new ServiceCollection().AddPonteData(kind, connection).BuildServiceProvider();
        using var scope = services.CreateScope();

        // A command reads the network's figures (or one organisation's), numbers only.
        var acting = scope.ServiceProvider.GetRequiredService<Acting>();
        using var network = organisation is { } o ? acting.ForOrganisation(o) : acting.ForNetwork();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        string name;
        ReportSelection selection;
        if (organisation is { } orgId)
        {
            name = db.Organisations.AsNoTracking().Where(x => x.Id == orgId).Select(x => x.Name).FirstOrDefault()
                ?? throw new UsageException($"no organisation {orgId}");
            selection = ReportSelection.Organisation(orgId);
        }
        else
        {
            name = "the whole network";
            selection = ReportSelection.Network;
        }

        var facts = OutcomeRecords.LoadAsync(db, selection, period, TimeProvider.System.GetUtcNow()).GetAwaiter().GetResult();
        var report = FunderReport.Of(facts.Compute(period));
        var words = EnglishFunderWords.For(name);
        if (format == "csv")
            File.WriteAllText(output, report.ToCsv(words), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        else
            File.WriteAllBytes(output, report.ToXlsx(words));

        using var json = new System.Text.Json.Utf8JsonWriter(stdout);
        json.WriteStartObject();
        json.WriteString("period", period.ToString());
        json.WriteString("format", format);
        json.WriteString("out", Path.GetFullPath(output));
        json.WriteNumber("lines", report.Lines.Count);
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
        return Program.Ok;
    }

    private static DeliveryPeriod Period(string text)
    {
        var parts = text.Split("..");
        if (parts.Length != 2 || !OutcomeWords.TryDate(parts[0], out var from) || !OutcomeWords.TryDate(parts[1], out var to))
            throw new UsageException($"--period \"{text}\" is not YYYY-MM-DD..YYYY-MM-DD");
        if (from > to)
            throw new UsageException($"--period {text}: the first day is after the last");
        return new DeliveryPeriod(from, to);
    }
}
