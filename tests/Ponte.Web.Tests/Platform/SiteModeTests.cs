using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Web.Infrastructure.Persistence;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>A demo site says so on every page; the outbox page exists only on demo and development sites.</summary>
public sealed class DemoSiteTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData(null, "/Account/Login")]
    [InlineData(Demo.ManagerPt, "/no-such-page")]
    [InlineData(Demo.ManagerPt, "/Participants")]
    [InlineData(Demo.Tatiana, "/")]
    public async Task Every_page_of_a_demo_site_shows_the_demo_banner(string? who, string path)
    {
        var visitor = who is null ? factory.NewVisitor() : await factory.SignedInAsync(who);
        var response = await visitor.Http.GetAsync(path);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var banner = page.QuerySelector("#demo-banner");
        Assert.NotNull(banner);
        Assert.False(string.IsNullOrWhiteSpace(banner.TextContent));
    }

    [Fact]
    public async Task The_demo_outbox_is_open_to_managers()
    {
        var manager = await factory.SignedInAsync(Demo.ManagerPt);
        var home = await manager.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("a[href='/Outbox']"));
        await manager.GetPageAsync("/Outbox");
    }
}

/// <summary>A site without demo data in the Testing environment: no banner, no outbox page, no demo accounts.</summary>
public sealed class RealSiteTests(RealSiteTests.Site site) : IClassFixture<RealSiteTests.Site>
{
    public sealed class Site() : PonteFactory(Db.Sqlite)
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ponte:DemoData", "false");
    }

    [Fact]
    public async Task A_site_without_demo_data_has_no_banner_no_demo_accounts_and_no_outbox()
    {
        var visitor = site.NewVisitor();
        var home = await visitor.GetPageAsync("/");
        Assert.Null(home.QuerySelector("#demo-banner"));
        Assert.Null(home.QuerySelector("#demo-heading"));
        Assert.DoesNotContain(Visitor.DemoPassword, home.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/Outbox")).StatusCode);
        Assert.Equal(0, await site.WithDbAsync(db => Task.FromResult(db.Organisations.Count())));
    }
}

/// <summary>
/// A database the demo network was loaded into, started again without <c>Ponte:DemoData</c>: the
/// site still says it is a demo, and in Production the outbox page stays hidden.
/// </summary>
public sealed class LeftoverDemoDatabaseTests : IAsyncLifetime
{
    private readonly DirectoryInfo _files = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ponte-tests", "leftover-" + Guid.NewGuid().ToString("N")));

    private sealed class Start(DirectoryInfo files, bool demoData, string environment) : PonteFactory(files)
    {
        protected override string EnvironmentName => environment;

        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ponte:DemoData", demoData ? "true" : "false");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_demo_database_started_without_demo_data_shows_the_banner_and_no_outbox_in_production()
    {
        await using (var demo = new Start(_files, demoData: true, "Testing"))
        {
            await demo.InitializeAsync();
            Assert.NotNull((await demo.NewVisitor().GetPageAsync("/")).QuerySelector("#demo-banner"));
        }

        await using var later = new Start(_files, demoData: false, "Production");
        await later.InitializeAsync();
        var visitor = later.NewVisitor();
        foreach (var path in new[] { "/", "/Account/Login" })
            Assert.False(string.IsNullOrWhiteSpace((await visitor.GetPageAsync(path)).QuerySelector("#demo-banner")?.TextContent), path);

        // The demo password is not published, and the outbox is not opened, because the setting is off.
        Assert.DoesNotContain(Visitor.DemoPassword, (await visitor.GetPageAsync("/")).DocumentElement.OuterHtml, StringComparison.Ordinal);
        var manager = await later.SignedInAsync(Demo.ManagerPt);
        var home = await manager.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("#demo-banner"));
        Assert.Null(home.QuerySelector("a[href='/Outbox']"));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync("/Outbox")).StatusCode);
    }
}

/// <summary>Behind a named reverse proxy the client's address and scheme are the forwarded ones; from anyone else the headers are ignored.</summary>
public sealed class ReverseProxyTests(ReverseProxyTests.Site site) : IClassFixture<ReverseProxyTests.Site>
{
    /// <summary>The connection's peer is the address the test names (TestServer has no sockets).</summary>
    public sealed class Site() : PonteFactory(Db.Sqlite)
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Ponte:ReverseProxy:KnownProxies:0", "10.0.0.5");
            builder.UseSetting("Ponte:ReverseProxy:KnownNetworks:0", "192.168.50.0/24");
        }
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.50.77")]
    public async Task Behind_the_named_proxy_the_client_address_scheme_and_secure_cookies_are_right(string proxy)
    {
        var (cookies, address) = await SignInAndTripAsync(proxy, forwardedFor: "203.0.113.7", forwardedProto: "https");
        Assert.Contains(cookies, c => c.StartsWith("ponte.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("203.0.113.7", address);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_the_proxy_are_ignored()
    {
        var (cookies, address) = await SignInAndTripAsync("198.51.100.9", forwardedFor: "203.0.113.7", forwardedProto: "https");
        Assert.Contains(cookies, c => c.StartsWith("ponte.auth=", StringComparison.Ordinal) && !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("198.51.100.9", address);
    }

    /// <summary>Signs a trainer in through the given peer, then lets her ask for a manager's page: the denial's security event names the address the site saw.</summary>
    private async Task<(List<string> Cookies, string? Address)> SignInAndTripAsync(string peer, string forwardedFor, string forwardedProto)
    {
        // Cookies kept by hand: a browser behind the proxy speaks https, so it sends back even the Secure ones.
        var client = site.CreateDefaultClient(new Uri("http://localhost"), new PlainCookieJar());
        client.DefaultRequestHeaders.Add(PonteFactory.ClientAddressHeader, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        var visitor = new Visitor(client);
        var (response, _) = await visitor.SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = Demo.TrainerLv,
            ["Input.Password"] = Visitor.DemoPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();

        var marker = Guid.NewGuid().ToString();
        var denied = await client.GetAsync("/Matching?probe=" + marker);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var events = site.Logs.Entries.Where(e => e.EventId == AccessDenials.Denied).ToList();
        Assert.True(events.Count > 0, string.Join("\n", site.Logs.Entries.Select(e => e.Category + " " + e.EventId + " " + e.Message)));
        return (cookies, events[^1].Values["Address"]?.ToString());
    }
}

/// <summary>Keeps every cookie and sends it back, Secure or not, and follows no redirect.</summary>
internal sealed class PlainCookieJar : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var pair in set.Select(c => c.Split(';')[0]))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                _cookies[pair[..eq]] = pair[(eq + 1)..];
            }
        }

        return response;
    }
}

/// <summary>Refused access writes one structured event with the user id, address and outcome, and nothing typed.</summary>
public sealed class AccessDenialEventTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task A_trainer_on_a_managers_api_and_a_manager_on_another_organisations_record_each_write_one_event()
    {
        var trainer = await factory.SignedInAsync(Demo.TrainerPt);
        var before = factory.Logs.Entries.Count(e => e.EventId == AccessDenials.Denied);
        var forbidden = await trainer.PostJsonAsync("/api/programmes", new { name = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var foreign = await factory.WithDbAsync(db => Task.FromResult(db.Participants.First(p => db.Organisations.Any(o => o.Id == p.OrganisationId && o.CountryCode == "FI")).Id));
        var manager = await factory.SignedInAsync(Demo.ManagerPt);
        var hidden = await manager.Http.GetAsync($"/api/participants/{foreign}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        var events = factory.Logs.Entries.Where(e => e.EventId == AccessDenials.Denied).Skip(before).ToList();
        Assert.True(2 == events.Count, string.Join("\n", factory.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning || e.Category.Contains("Authoriz")).Select(e => e.Category + " " + e.EventId + " " + e.Message)));
        Assert.Equal("forbidden", events[0].Values["Outcome"]);
        Assert.Equal("not-found", events[1].Values["Outcome"]);
        foreach (var e in events)
        {
            Assert.True(Guid.TryParse(e.Values["UserId"]?.ToString(), out _));
            Assert.False(string.IsNullOrEmpty(e.Values["Address"]?.ToString()));
            Assert.DoesNotContain(foreign.ToString(), e.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@", e.Message, StringComparison.Ordinal);
        }
    }
}

/// <summary>Refused access by an id in a form body (a page handler's 404) writes the event as one in the path or query does.</summary>
public sealed class FormBodyAccessDenialTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Another_organisations_user_id_posted_in_a_form_writes_one_not_found_event()
    {
        var finnishTrainer = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Demo.TrainerFi).Select(u => u.Id).SingleAsync());
        var manager = await factory.SignedInAsync(Demo.ManagerPt);
        var page = await manager.GetPageAsync("/People");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? string.Empty;
        var before = factory.Logs.Entries.Count(e => e.EventId == AccessDenials.Denied);

        var response = await manager.Http.PostAsync("/People?handler=Deactivate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = finnishTrainer.ToString(),
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var logged = Assert.Single(factory.Logs.Entries.Where(e => e.EventId == AccessDenials.Denied).Skip(before));
        Assert.Equal("not-found", logged.Value("Outcome"));
        Assert.True(Guid.TryParse(logged.Value("UserId"), out _));
        Assert.DoesNotContain(finnishTrainer.ToString(), logged.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == finnishTrainer).Select(u => u.DeactivatedAt).SingleAsync()));
    }
}

/// <summary>Links that leave the site (the form's address, its QR code, emails) use Ponte:PublicBaseUrl, whatever Host a client sends.</summary>
public sealed class PublicAddressTests(PublicAddressTests.Site site) : IClassFixture<PublicAddressTests.Site>
{
    public sealed class Site() : PonteFactory(Db.Sqlite)
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ponte:PublicBaseUrl", "https://mentoring.example.org/");
    }

    [Fact]
    public async Task A_forged_host_header_changes_neither_the_form_link_nor_an_invitation_link()
    {
        var manager = await site.SignedInAsync(Demo.ManagerPt);
        manager.Http.DefaultRequestHeaders.Host = "evil.example";
        var programme = await site.WithDbAsync(db => Task.FromResult(db.Programmes.First(p => db.Organisations.Any(o => o.Id == p.OrganisationId && o.CountryCode == "PT"))));
        var page = await manager.GetPageAsync($"/Programmes/{programme.Id}");
        var links = page.QuerySelectorAll("a code").Select(c => c.TextContent).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith($"https://mentoring.example.org/apply/{programme.PublicKey}/", l, StringComparison.Ordinal));

        var (response, _) = await manager.SubmitAsync("/People", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Host Check",
            ["Input.Email"] = "host.check@ponte.example",
            ["Input.Role"] = "Trainer",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var body = await site.WithDbAsync(db => Task.FromResult(db.Outbox.Single(m => m.To == "host.check@ponte.example").Body));
        Assert.Contains("https://mentoring.example.org/Account/AcceptInvitation?", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }
}

/// <summary>A new real site invites the coordinator named in its settings, once: the way into a site without demo accounts.</summary>
public sealed class FirstCoordinatorTests(FirstCoordinatorTests.Site site) : IClassFixture<FirstCoordinatorTests.Site>
{
    public sealed class Site() : PonteFactory(Db.Sqlite)
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Ponte:DemoData", "false");
            builder.UseSetting("Ponte:FirstCoordinator:Email", "helena@network.example");
            builder.UseSetting("Ponte:FirstCoordinator:Name", "Helena Duarte");
            builder.UseSetting("Ponte:FirstCoordinator:Culture", "pt");
        }
    }

    [Fact]
    public async Task The_named_coordinator_gets_an_account_and_a_link_in_her_language_sets_her_password_and_signs_in_and_a_restart_invites_nobody_again()
    {
        var mail = await site.WithDbAsync(db => Task.FromResult(db.Outbox.Where(m => m.To == "helena@network.example").ToList()));
        var invitation = Assert.Single(mail);
        Assert.Contains("Helena Duarte", invitation.Body, StringComparison.Ordinal);
        Assert.Equal("pt", await site.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "helena@network.example").PreferredCulture)));

        var link = await site.ReadLinkAsync("helena@network.example", "/Account/AcceptInvitation");
        var visitor = site.NewVisitor();
        var (set, _) = await visitor.SubmitAsync(link, new Dictionary<string, string?> { ["Input.Password"] = "a long first passphrase", ["Input.ConfirmPassword"] = "a long first passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var coordinator = site.NewVisitor();
        await coordinator.SignInAsync("helena@network.example", "a long first passphrase");
        await coordinator.GetPageAsync("/Organisations");

        await site.Services.InitialiseDatabaseAsync();
        Assert.Equal(1, await site.WithDbAsync(db => Task.FromResult(db.Outbox.Count(m => m.To == "helena@network.example"))));
        Assert.Equal(1, await site.WithDbAsync(db => Task.FromResult(db.Users.Count())));
    }
}

/// <summary>Bodies a client can send that no reader understands: a broken multipart form, an unknown character set.</summary>
public sealed class UnreadableBodyTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Theory]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"Input.Email\"\r\n\r\nab")]
    [InlineData("multipart/form-data; boundary=x", "")]
    [InlineData("multipart/form-data", "--x--")]
    public async Task A_broken_multipart_form_is_400_not_500(string contentType, string body)
    {
        foreach (var path in new[] { "/Account/Login", "/Account/ForgotPassword" })
        {
            var content = new StringContent(body);
            content.Headers.Remove("Content-Type");
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            var response = await factory.NewVisitor().Http.PostAsync(path, content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task Json_in_an_unknown_character_set_is_415_problem_details()
    {
        var mentee = await factory.SignedInAsync(Demo.Tatiana);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/programmes") { Content = new StringContent("{\"name\":\"x\"}") };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=nonsense");
        request.Headers.Add("RequestVerificationToken", await mentee.ApiTokenAsync());
        var response = await mentee.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
