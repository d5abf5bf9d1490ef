using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Data;

namespace Ponte.Cli;

/// <summary>
/// <c>ponte migrate [--provider sqlite|postgres] [--connection CS]</c>: brings a database to the
/// current schema before the site's nodes start (the same migrations the site applies on start).
/// Without options it reads <c>Database__Provider</c> and <c>Database__ConnectionString</c>, as the
/// site does. Prints one JSON object: the migrations applied and the one the database is now at.
/// </summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public const string Usage = "ponte migrate [--provider sqlite|postgres] [--connection CS]";

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var provider = Environment.GetEnvironmentVariable("Database__Provider");
        var connection = Environment.GetEnvironmentVariable("Database__ConnectionString");
        for (var k = 1; k < args.Length; k++)
        {
            switch (args[k])
            {
                case "--provider":
                    provider = UsageException.ValueOf(args, ref k);
                    break;
                case "--connection":
                    connection = UsageException.ValueOf(args, ref k);
                    break;
                default:
                    throw new UsageException($"unknown option \"{args[k]}\"");
            }
        }

        var kind = (provider ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            var other => throw new UsageException($"unknown provider \"{other}\""),
        };
        if (string.IsNullOrWhiteSpace(connection))
            throw new UsageException("migrate needs --connection (or Database__ConnectionString)");

        using var services = new ServiceCollection().AddPonteData(kind, connection).BuildServiceProvider();
        using var scope = services.CreateScope();

        // Migrating is work for the whole network, named as such.
        using var network = scope.ServiceProvider.GetRequiredService<Acting>().ForNetwork();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        try
        {
            var pending = db.Database.GetPendingMigrations().ToList();
            db.Database.Migrate();
            var current = db.Database.GetAppliedMigrations().LastOrDefault();
            using var json = new Utf8JsonWriter(stdout);
            json.WriteStartObject();
            json.WriteStartArray("applied");
            foreach (var id in pending)
                json.WriteStringValue(id);
            json.WriteEndArray();
            json.WriteString("current", current);
            json.WriteEndObject();
            json.Flush();
            stdout.WriteByte((byte)'\n');
            return Program.Ok;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            stderr.WriteLine($"ponte: the database could not be migrated: {e.GetType().Name}: {e.Message}".ReplaceLineEndings(" "));
            return Program.Failure;
        }

    }
}
