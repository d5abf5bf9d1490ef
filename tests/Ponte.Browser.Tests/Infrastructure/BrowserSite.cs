using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Browser.Tests.Infrastructure;

/// <summary>
/// The real site on Kestrel (a fresh SQLite database with the demo network) and Debian's
/// Chromium driven by Playwright. Runs when PONTE_TEST_BROWSER names the Chromium executable.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string BrowserVariable = "PONTE_TEST_BROWSER";

    private readonly PonteFactory _factory = new SqliteFactory();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public PonteFactory Factory => _factory;

    public static string? Executable => Environment.GetEnvironmentVariable(BrowserVariable) is { Length: > 0 } path ? path : null;

    public static void RequireBrowser()
    {
        if (Executable is null)
            Assert.Skip($"Browser tests need {BrowserVariable} set to a Chromium executable (e.g. /usr/bin/chromium).");
    }

    public async ValueTask InitializeAsync()
    {
        if (Executable is null)
            return;
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1200, int height = 900, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = BaseUrl,
            Locale = locale ?? "en-GB",
        });
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, string email, string password = "ponte-demo-2026")
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("main button[type=submit]");

        // Signed in when the header offers to sign out: waiting for what the person sees, not for a load event.
        await page.Locator("header form.inline button[type=submit]").WaitForAsync();
        Assert.DoesNotContain("/Account/Login", page.Url, StringComparison.Ordinal);
    }

    /// <summary>A visitor signed in over HTTP against the real server, for arranging as the web tests arrange.</summary>
    public async Task<Visitor> VisitorAsync(string email, string password = Visitor.DemoPassword)
    {
        var visitor = new Visitor(new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) });
        await visitor.SignInAsync(email, password);
        return visitor;
    }

    /// <summary>Saves a screenshot under the test output, and under PONTE_SCREENSHOT_DIR when set (docs/screenshots).</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, ILocator? part = null, bool fullPage = true)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        if (part is not null)
            await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        else
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        if (Environment.GetEnvironmentVariable("PONTE_SCREENSHOT_DIR") is { Length: > 0 } docs)
        {
            Directory.CreateDirectory(docs);
            File.Copy(path, Path.Combine(docs, name + ".png"), overwrite: true);
        }

        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        await _factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
