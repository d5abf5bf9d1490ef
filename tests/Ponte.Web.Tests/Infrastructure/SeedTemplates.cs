using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

[assembly: AssemblyFixture(typeof(Ponte.Web.Tests.Infrastructure.SeedTemplates))]

namespace Ponte.Web.Tests.Infrastructure;

/// <summary>
/// Migrating and seeding the demo network costs most of a test site's start. It is done once per
/// test run for each provider and clock start, into a template; every site then starts on a copy
/// (<c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL, a copy of the file on SQLite) and its start
/// finds the schema current and the network loaded, as a second start of a seeded site does.
/// The templates are dropped when the run ends; those a killed run left behind go at a later run.
/// </summary>
public sealed class SeedTemplates : IAsyncDisposable
{
    private const string Prefix = "ponte_tmpl_";
    private static readonly TimeSpan Stale = TimeSpan.FromHours(6);

    // The start time in the name lets a later run tell a dead run's templates from a running one's.
    private static readonly string Run = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..6];
    private static readonly ConcurrentDictionary<(Db Db, DateTimeOffset Now), Lazy<string>> Built = new();
    private static readonly Lazy<bool> StaleRemoved = new(RemoveStale);

    private static string SqliteFolder => Path.Combine(Path.GetTempPath(), "ponte-tests", "templates");

    /// <summary>The template for sites on <paramref name="db"/> whose clock reads <paramref name="now"/> at start: a PostgreSQL database name, or a SQLite file.</summary>
    public static string For(Db db, DateTimeOffset now) =>
        Built.GetOrAdd((db, now), key => new Lazy<string>(() => Build(key.Db, key.Now))).Value;

    private static string Build(Db db, DateTimeOffset now)
    {
        _ = StaleRemoved.Value;
        var name = $"{Prefix}{Run}_{now.ToUnixTimeSeconds()}";
        if (db == Db.Postgres)
        {
            Execute($"CREATE DATABASE \"{name}\"");
            PonteFactory.SeedTemplate(db, now, name, _ => { });
            Execute($"ALTER DATABASE \"{name}\" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
            NpgsqlConnection.ClearPool(new NpgsqlConnection(Connection(name)));
            Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
            return name;
        }

        Directory.CreateDirectory(SqliteFolder);
        var file = Path.Combine(SqliteFolder, name + ".db");
        PonteFactory.SeedTemplate(db, now, null, seeded =>
        {
            // A consistent copy of the live database (its write-ahead log included) in one file.
            using var conn = new SqliteConnection($"Data Source={seeded};Pooling=False");
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "VACUUM INTO $file";
            cmd.Parameters.AddWithValue("$file", file);
            cmd.ExecuteNonQuery();
        });
        return file;
    }

    /// <summary>Starts a site's database as a copy of its template: <paramref name="target"/> is the new PostgreSQL database's name or the SQLite file's path.</summary>
    public static void CloneInto(Db db, DateTimeOffset now, string target)
    {
        var template = For(db, now);
        if (db == Db.Postgres)
            Execute($"CREATE DATABASE \"{target}\" TEMPLATE \"{template}\"");
        else
            File.Copy(template, target);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var template in Built.Values.Where(t => t.IsValueCreated))
        {
            try
            {
                await DropAsync(template.Value);
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                // A template that failed to build, or a file the OS still holds: a later run removes it.
            }
        }
    }

    private static async Task DropAsync(string template)
    {
        if (File.Exists(template))
        {
            File.Delete(template);
            return;
        }

        await using var conn = new NpgsqlConnection(PonteFactory.PostgresServer);
        await conn.OpenAsync();
        foreach (var sql in new[] { $"ALTER DATABASE \"{template}\" WITH IS_TEMPLATE false", $"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Removes templates of runs that started long ago and so are over (killed before they could clean up).</summary>
    private static bool RemoveStale()
    {
        var stale = new List<string>();
        if (Directory.Exists(SqliteFolder))
            stale.AddRange(Directory.EnumerateFiles(SqliteFolder, Prefix + "*.db").Where(f => IsStale(Path.GetFileName(f))));
        if (PonteFactory.PostgresServer is not null)
        {
            using var conn = new NpgsqlConnection(PonteFactory.PostgresServer);
            conn.Open();
            using var cmd = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Prefix}%'", conn);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                if (IsStale(reader.GetString(0)))
                    stale.Add(reader.GetString(0));
            }
        }

        foreach (var template in stale)
        {
            try
            {
                DropAsync(template).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is NpgsqlException or IOException)
            {
                // Another run is removing it too.
            }
        }

        return true;
    }

    private static bool IsStale(string name) =>
        name.Length >= Prefix.Length + 14
        && DateTime.TryParseExact(name.AsSpan(Prefix.Length, 14), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var started)
        && DateTime.UtcNow - started > Stale;

    private static string Connection(string database) => new NpgsqlConnectionStringBuilder(PonteFactory.PostgresServer) { Database = database }.ConnectionString;

    private static void Execute(string sql)
    {
        using var conn = new NpgsqlConnection(PonteFactory.PostgresServer);
        conn.Open();
        using var cmd = new NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }
}
