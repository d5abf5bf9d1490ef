using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Ponte.Data;
using Xunit;

namespace Ponte.Domain.Tests;

/// <summary>The TimeZones migration gives organisations that existed before it their country's zone, on either provider.</summary>
public sealed class TimeZonesMigrationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ponte-tz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Acting Network()
    {
        var acting = new Acting(NoAmbientUser.Instance);
        acting.ForNetwork();
        return acting;
    }

    private static void AssertExistingOrganisationsGetTheirCountrysZone(AppDbContext db, object createdAt)
    {
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_TimeZones", StringComparison.Ordinal)).Last();
        migrator.Migrate(before);
        foreach (var (name, country) in new[] { ("Lisboa", "PT"), ("Helsinki", "FI"), ("Rīga", "LV"), ("Atlantis", "ZZ") })
        {
            db.Database.ExecuteSql(
                $"INSERT INTO \"Organisations\" (\"Id\", \"Name\", \"CountryCode\", \"City\", \"StaffLanguages\", \"CreatedAt\", \"Version\") VALUES ({Guid.NewGuid()}, {name}, {country}, {name}, '[\"en\"]', {createdAt}, {Guid.NewGuid()})");
        }

        migrator.Migrate();

        var zones = db.Organisations.AsNoTracking().ToDictionary(o => o.CountryCode, o => o.TimeZone);
        Assert.Equal(new Dictionary<string, string> { ["PT"] = "Europe/Lisbon", ["FI"] = "Europe/Helsinki", ["LV"] = "Europe/Riga", ["ZZ"] = "UTC" }, zones);
    }

    [Fact]
    public void On_sqlite()
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(_dir, "ponte.db")};Pooling=false").Options;
        using var db = new SqliteAppDbContext(options, Network());
        AssertExistingOrganisationsGetTheirCountrysZone(db, 0L);
    }

    [Fact]
    public void On_postgres()
    {
        var server = Environment.GetEnvironmentVariable("PONTE_TEST_POSTGRES");
        Assert.SkipWhen(string.IsNullOrEmpty(server), "PONTE_TEST_POSTGRES names no PostgreSQL server");
        var name = "ponte_tz_" + Guid.NewGuid().ToString("N")[..12];
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString).Options;
        try
        {
            using var db = new PostgresAppDbContext(options, Network());
            AssertExistingOrganisationsGetTheirCountrysZone(db, DateTimeOffset.UtcNow);
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
}
