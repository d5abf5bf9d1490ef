using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Ponte.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server process for the tests: Debian's aiosmtpd, storing what it receives in a
/// maildir that the tests read. It listens on a port chosen when the fixture is made, so a test
/// can start it later (mail sent before then fails, as with a server that is down).
/// </summary>
public sealed class SmtpServer : IDisposable
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        if (!File.Exists(Python))
            return false;
        using var check = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true, UseShellExecute = false })!;
        check.WaitForExit();
        return check.ExitCode == 0;
    });

    private readonly string _root;

    private Process? _process;

    public SmtpServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        // A folder that does not exist yet: the server creates the maildir (new, cur, tmp) in it.
        _root = Directory.CreateTempSubdirectory("ponte-smtp-").FullName;
        Maildir = Path.Combine(_root, "maildir");
    }

    public int Port { get; }

    public bool IsRunning => _process is { HasExited: false };

    public string Maildir { get; }

    /// <summary>Skips the calling test when aiosmtpd is not installed (CI installs it and fails on any skip).</summary>
    public static void RequireInstalled() =>
        Assert.SkipUnless(Installed.Value, $"The SMTP tests need python3-aiosmtpd ({Python} -m aiosmtpd).");

    private readonly SemaphoreSlim _starting = new(1, 1);

    /// <summary>Starts the server unless it runs already (skipping the test when aiosmtpd is missing): the set-up of every class that reads delivered mail.</summary>
    public async Task EnsureStartedAsync()
    {
        RequireInstalled();
        await _starting.WaitAsync();
        try
        {
            if (!IsRunning)
                await StartAsync();
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        RequireInstalled();
        _process = Process.Start(new ProcessStartInfo(Python, $"-m aiosmtpd -n -l 127.0.0.1:{Port} -c aiosmtpd.handlers.Mailbox \"{Maildir}\"")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"aiosmtpd exited: {await _process.StandardError.ReadToEndAsync()}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("aiosmtpd did not start listening.");
    }

    /// <summary>Every message the server has received, oldest first.</summary>
    public List<MimeMessage> Received()
    {
        var files = new[] { "new", "cur" }
            .Select(d => Path.Combine(Maildir, d))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .OrderBy(File.GetLastWriteTimeUtc)
            .ToList();
        return files.Select(f => MimeMessage.Load(f)).ToList();
    }

    /// <summary>The messages delivered to one address.</summary>
    public List<MimeMessage> To(string address) =>
        Received().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _starting.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's cleaning.
        }
    }
}

/// <summary>Base of the tests that read what a real SMTP server received: the class's site sends to its own server, started before the first test.</summary>
public abstract class MailingTest(MailingFactory factory) : IntegrationTest(factory)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await ((MailingFactory)Factory).Smtp.EnsureStartedAsync();
    }
}

/// <summary>A site that sends its mail to a real SMTP server of its own.</summary>
public class MailingFactory(Db db) : PonteFactory(db)
{
    public SmtpServer Smtp { get; } = new();

    protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:UseStartTls", "false");
        builder.UseSetting("Smtp:From", "Ponte <no-reply@ponte.example>");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}

public sealed class SqliteMailingFactory() : MailingFactory(Db.Sqlite);

public sealed class PostgresMailingFactory() : MailingFactory(Db.Postgres);
