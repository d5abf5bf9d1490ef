using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Ponte.Data;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Tests.Infrastructure;

public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real site on a fresh database of its own (a temporary SQLite file, or a new PostgreSQL
/// database when <c>PONTE_TEST_POSTGRES</c> names a server), loaded with the demo network.
/// </summary>
public class PonteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PostgresVariable = "PONTE_TEST_POSTGRES";

    /// <summary>A request with this header comes from the address it names (TestServer has no sockets), so tests can act from several addresses.</summary>
    public const string ClientAddressHeader = "X-Test-Address";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "ponte-tests", Guid.NewGuid().ToString("N"));
    private string? _postgresDatabase;

    // Named before the site's settings are known, created once they are: from the seed template when they allow it.
    private bool _postgresToCreate;

    /// <param name="loginAttemptsPerMinute">Sign-in rate limit; generous by default so tests may sign in often, low where the limit itself is tested.</param>
    /// <param name="clockStart">When the site's clock starts: 23 November 2026, 09:00 UTC unless a test needs another season.</param>
    public PonteFactory(Db db, int loginAttemptsPerMinute = 1000, DateTimeOffset? clockStart = null)
    {
        Db = db;
        _loginAttemptsPerMinute = loginAttemptsPerMinute;
        Clock = new TestClock(clockStart ?? new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    }

    private readonly int _loginAttemptsPerMinute;

    /// <summary>A site on a PostgreSQL database that another factory owns (two nodes, one database); this one neither creates nor drops it.</summary>
    protected PonteFactory(string sharedPostgresDatabase)
        : this(Db.Postgres)
    {
        _postgresDatabase = sharedPostgresDatabase;
        _sharesDatabase = true;
    }

    private readonly bool _sharesDatabase;

    /// <summary>A SQLite site on the files another site left in <paramref name="dataDirectory"/>, as the next start of that site; the caller deletes them.</summary>
    protected PonteFactory(DirectoryInfo dataDirectory)
        : this(Db.Sqlite)
    {
        _dataDirectory = dataDirectory.FullName;
        _keepsDataDirectory = true;
    }

    private readonly bool _keepsDataDirectory;

    /// <summary>The site that seeds a template (<see cref="SeedTemplates"/>): on the database it is given, with no jobs running.</summary>
    private PonteFactory(Db db, DateTimeOffset clockStart, string? postgresDatabase)
        : this(db, clockStart: clockStart)
    {
        _postgresDatabase = postgresDatabase;
        _seedsTemplate = true;
    }

    private readonly bool _seedsTemplate;

    /// <summary>The PostgreSQL database of this site (created on first use), for a second node to share.</summary>
    public string PostgresDatabase => _postgresDatabase ??= CreatePostgresDatabase();

    /// <summary>Everything the site logged.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The hosting environment; the tests' own unless a test asks for another.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>Settings a test's own site adds or changes.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public Db Db { get; }

    public TestClock Clock { get; }

    public string DataDirectory => _dataDirectory;

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>Skips the calling test when the database it needs is not available.</summary>
    public static void RequireAvailable(Db db)
    {
        if (db == Db.Postgres && PostgresServer is null)
            Assert.Skip($"PostgreSQL tests need {PostgresVariable} set to a server's connection string.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataDirectory);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Ponte:DataDirectory", _dataDirectory);
        builder.UseSetting("Ponte:DemoData", "true");
        builder.UseSetting("Ponte:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Ponte:LoginRateLimit:PerAccount", _loginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Ponte:LoginRateLimit:PerAddress", (_loginAttemptsPerMinute * 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Every test client has the same address; the public-form limit has its own tests.
        builder.UseSetting("Ponte:PublicFormRateLimit:PermitsPerWindow", "100000");
        if (Db == Db.Postgres)
        {
            if (_postgresDatabase is null)
            {
                _postgresDatabase = NewPostgresDatabaseName();
                _postgresToCreate = true;
            }

            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("Database:ConnectionString", new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString);
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_dataDirectory, "ponte.db")}");
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            if (_seedsTemplate)
            {
                foreach (var worker in services.Where(s => !s.IsKeyedService && s.ImplementationType == typeof(Ponte.Web.Infrastructure.Jobs.JobWorker)).ToList())
                    services.Remove(worker);
            }
        });
        Configure(builder);
        CreateDatabase(builder);
    }

    /// <summary>
    /// A new site's database: a copy of the seed template when the site would seed the demo network
    /// exactly as the template did (the tests' environment, demo data, the same clock), else empty.
    /// Sites that start on another's database or files, and tests of start-up, keep the real path.
    /// </summary>
    private void CreateDatabase(IWebHostBuilder builder)
    {
        var sqliteFile = Path.Combine(_dataDirectory, "ponte.db");
        if ((Db == Db.Postgres && !_postgresToCreate) || (Db == Db.Sqlite && File.Exists(sqliteFile)))
            return;
        var fromTemplate = !_seedsTemplate && !_sharesDatabase && !_keepsDataDirectory
            && EnvironmentName == "Testing"
            && builder.GetSetting("Ponte:DemoData") == "true"
            && string.IsNullOrEmpty(builder.GetSetting("Ponte:FirstCoordinator:Email"));
        if (Db == Db.Postgres)
        {
            if (fromTemplate)
                SeedTemplates.CloneInto(Db, Clock.GetUtcNow(), _postgresDatabase!);
            else
                CreatePostgresDatabase(_postgresDatabase!);
            _postgresToCreate = false;
        }
        else if (fromTemplate)
        {
            SeedTemplates.CloneInto(Db, Clock.GetUtcNow(), sqliteFile);
        }
    }

    /// <summary>Seeds a template: migrations and the demo network, as a site on <paramref name="postgresDatabase"/> (or a SQLite file of its own) starts; <paramref name="seeded"/> gets the SQLite file while the site runs.</summary>
    internal static void SeedTemplate(Db db, DateTimeOffset clockStart, string? postgresDatabase, Action<string> seeded)
    {
        var site = new PonteFactory(db, clockStart, postgresDatabase);
        try
        {
            site.InitializeAsync().AsTask().GetAwaiter().GetResult();

            // The key ring the start made is the template site's own; each copy makes its own at start, as a fresh site does.
            site.WithDbAsync(d => d.DataProtectionKeys.ExecuteDeleteAsync()).GetAwaiter().GetResult();
            seeded(Path.Combine(site.DataDirectory, "ponte.db"));
        }
        finally
        {
            site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Runs work against the database as the system (no tenant filter), for arranging and checking.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        using var system = scope.ServiceProvider.GetRequiredService<Acting>().ForNetwork();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public bool Available => Db == Db.Sqlite || PostgresServer is not null;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        if (Available)
            _ = Services; // start the host: migrations and demo data
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null && !_sharesDatabase && !_postgresToCreate && !_seedsTemplate)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PostgresServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        try
        {
            if (!_keepsDataDirectory)
                Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS; the temp folder is cleaned eventually.
        }

        GC.SuppressFinalize(this);
    }

    private static string NewPostgresDatabaseName() => "ponte_test_" + Guid.NewGuid().ToString("N")[..12];

    private static string CreatePostgresDatabase(string? name = null)
    {
        name ??= NewPostgresDatabaseName();
        using var conn = new NpgsqlConnection(PostgresServer);
        conn.Open();
        using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        cmd.ExecuteNonQuery();
        return name;
    }
}

/// <summary>Sets the connection's address from <see cref="PonteFactory.ClientAddressHeader"/>, before anything of the site runs.</summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(then => context =>
        {
            if (System.Net.IPAddress.TryParse(context.Request.Headers[PonteFactory.ClientAddressHeader], out var address))
                context.Connection.RemoteIpAddress = address;
            return then(context);
        });
        next(app);
    };
}

public sealed class SqliteFactory() : PonteFactory(Db.Sqlite);

public sealed class PostgresFactory() : PonteFactory(Db.Postgres);

/// <summary>A site with the production sign-in rate limit (10 attempts a minute per account).</summary>
public sealed class SqliteStrictFactory() : PonteFactory(Db.Sqlite, 10);

public sealed class PostgresStrictFactory() : PonteFactory(Db.Postgres, 10);

/// <summary>A site whose clock starts on 1 October 2026, before summer time ends in Europe.</summary>
public sealed class SqliteAutumnFactory() : PonteFactory(Db.Sqlite, clockStart: AutumnStart)
{
    public static readonly DateTimeOffset AutumnStart = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
}

public sealed class PostgresAutumnFactory() : PonteFactory(Db.Postgres, clockStart: SqliteAutumnFactory.AutumnStart);

/// <summary>A clock the tests move by hand.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
