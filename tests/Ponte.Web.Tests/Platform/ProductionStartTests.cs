using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// The README's production example, run as written (with its connection string pointed at a fresh
/// test database and a free port): a Production site with no demo data, no demo accounts and no outbox page.
/// </summary>
public sealed class ProductionStartTests : IAsyncLifetime
{
    private string? _database;
    private string? _connectionString;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "ponte-prod-" + Guid.NewGuid().ToString("N")[..8]);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ponte.slnx")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Ponte.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The bash block under "Production example" in the README.</summary>
    public static string ReadmeProductionExample()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md"));
        var match = Regex.Match(readme, @"Production example[^\n]*\n(?:[^\n]*\n)*?```bash\n(?<block>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "README.md has no bash block after 'Production example'");
        return match.Groups["block"].Value;
    }

    public async ValueTask InitializeAsync()
    {
        PonteFactory.RequireAvailable(Db.Postgres);
        _database = "ponte_prod_" + Guid.NewGuid().ToString("N")[..10];
        await using var conn = new NpgsqlConnection(PonteFactory.PostgresServer);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        _connectionString = new NpgsqlConnectionStringBuilder(PonteFactory.PostgresServer) { Database = _database }.ConnectionString;
        Directory.CreateDirectory(_dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PonteFactory.PostgresServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task The_readme_production_example_starts_a_production_site_without_demo_data_accounts_or_outbox()
    {
        var block = ReadmeProductionExample();
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", block, StringComparison.Ordinal);
        var command = Regex.Replace(block, @"Database__ConnectionString=""[^""]*""", $"Database__ConnectionString=\"{_connectionString}\"");
        Assert.NotEqual(block, command);

        var port = FreePort();
        using var site = Start(command, new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Ponte__DataDirectory"] = _dataDirectory,
        });
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await site.WaitUntilAsync(async () => (await TryGetAsync(http, "/health"))?.StatusCode == HttpStatusCode.OK, TimeSpan.FromMinutes(8));

        Assert.Contains("Hosting environment: Production", site.Output, StringComparison.Ordinal);
        var home = await http.GetStringAsync("/");
        Assert.DoesNotContain("demo-heading", home, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-banner", home, StringComparison.Ordinal);
        Assert.DoesNotContain(Visitor.DemoPassword, home, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.ManagerPt, home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/Outbox")).StatusCode);
        Assert.True((await http.GetAsync("/")).Headers.Contains("Content-Security-Policy"));

        await using var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync();
        Assert.Equal(0L, await Scalar(conn, "SELECT COUNT(*) FROM \"Organisations\""));
        Assert.Equal(0L, await Scalar(conn, "SELECT COUNT(*) FROM \"AspNetUsers\""));
        Assert.Equal(0L, await Scalar(conn, "SELECT COUNT(*) FROM \"Participants\""));

        // The same command without the public address refuses to start, with one line saying why.
        var withoutUrl = Regex.Replace(command, @"Ponte__PublicBaseUrl=\S+ \\\n", string.Empty);
        Assert.NotEqual(command, withoutUrl);
        using var refused = Start(withoutUrl, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}", ["Ponte__DataDirectory"] = _dataDirectory });
        var exit = await refused.WaitForExitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(1, exit);
        var errors = refused.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(errors);
        Assert.Contains("Ponte:PublicBaseUrl", errors[0], StringComparison.Ordinal);
    }

    private static async Task<long> Scalar(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage?> TryGetAsync(HttpClient http, string path)
    {
        try
        {
            return await http.GetAsync(path);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static RunningCommand Start(string script, IDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
            info.Environment[key] = value;

        // The test run's own settings must not leak into the site.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("PONTE_", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) && k != "ASPNETCORE_URLS" || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
            info.Environment.Remove(key);
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        return new RunningCommand(Process.Start(info)!);
    }

    private sealed class RunningCommand : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _errors = new();

        public RunningCommand(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (!string.IsNullOrEmpty(e.Data)) lock (_errors) _errors.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Output
        {
            get { lock (_output) return _output.ToString(); }
        }

        public string Errors
        {
            get { lock (_errors) return _errors.ToString(); }
        }

        /// <summary>Polls the condition until it holds; fails with what the process printed if it exits or the time runs out.</summary>
        public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
        {
            var clock = Stopwatch.StartNew();
            while (!await condition())
            {
                Assert.False(_process.HasExited, $"the site exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output}\n{Errors}");
                Assert.True(clock.Elapsed < limit, $"the site did not answer within {limit}:\n{Output}\n{Errors}");
                await Task.Delay(250);
            }
        }

        public async Task<int> WaitForExitAsync(TimeSpan limit)
        {
            using var cts = new CancellationTokenSource(limit);
            await _process.WaitForExitAsync(cts.Token);
            _process.WaitForExit();
            return _process.ExitCode;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }
}
