using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Ponte.Cli;
using Ponte.Data;
using Xunit;

namespace Ponte.Domain.Tests;

/// <summary><c>ponte migrate</c>: brings an empty or older database to the current schema, once, on either provider.</summary>
public sealed class CliMigrateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ponte-migrate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, JsonElement? Json, string Stderr) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        var text = Encoding.UTF8.GetString(stdout.ToArray());
        return (code, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone(), stderr.ToString());
    }

    private static List<string> MigrationsOf(Type context) =>
        typeof(AppDbContext).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(DbContextAttribute), false).OfType<DbContextAttribute>().Any(a => a.ContextType == context)
                && t.GetCustomAttributes(typeof(MigrationAttribute), false).Length > 0)
            .Select(t => ((MigrationAttribute)t.GetCustomAttributes(typeof(MigrationAttribute), false)[0]).Id)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void AssertMigratesOnce(string provider, string connection, List<string> expected)
    {
        var (code, json, stderr) = Run("migrate", "--provider", provider, "--connection", connection);
        Assert.True(code == 0, stderr);
        Assert.Equal(expected, json!.Value.GetProperty("applied").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(expected[^1], json.Value.GetProperty("current").GetString());

        (code, json, _) = Run("migrate", "--provider", provider, "--connection", connection);
        Assert.Equal(0, code);
        Assert.Empty(json!.Value.GetProperty("applied").EnumerateArray());
        Assert.Equal(expected[^1], json.Value.GetProperty("current").GetString());
    }

    [Fact]
    public void Migrates_a_new_sqlite_database_to_every_migration_and_then_has_nothing_to_do()
    {
        var expected = MigrationsOf(typeof(SqliteAppDbContext));
        Assert.Contains("20261123180408_Initial", expected);
        AssertMigratesOnce("sqlite", $"Data Source={Path.Combine(_dir, "ponte.db")}", expected);
    }

    [Fact]
    public void Migrates_a_new_postgres_database_to_every_migration_and_then_has_nothing_to_do()
    {
        var server = Environment.GetEnvironmentVariable("PONTE_TEST_POSTGRES");
        Assert.SkipWhen(string.IsNullOrEmpty(server), "PONTE_TEST_POSTGRES names no PostgreSQL server");
        var name = "ponte_migrate_" + Guid.NewGuid().ToString("N")[..12];
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            var expected = MigrationsOf(typeof(PostgresAppDbContext));
            Assert.Contains("20261123180419_Initial", expected);
            AssertMigratesOnce("postgres", connection, expected);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }

    [Theory]
    [InlineData("--provider", "oracle", "--connection", "x")]
    [InlineData("--connection")]
    [InlineData("--verbose")]
    public void A_wrong_command_line_exits_2_with_one_line(params string[] options)
    {
        var (code, json, stderr) = Run(["migrate", .. options]);
        Assert.Equal(2, code);
        Assert.Null(json);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("ponte: ", stderr, StringComparison.Ordinal);
    }
}
