using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Domain.Profiles;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// Every page route and API operation, asked by a visitor, a manager and the coordinator, with every
/// method it answers: each response carries the security headers and is never cached.
/// </summary>
public sealed class SecurityHeadersTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Every_page_and_api_operation_answers_with_the_security_headers_and_no_store()
    {
        var samples = await SamplesAsync();
        var routes = Routes().ToList();
        Assert.Contains(routes, r => r.Template == "Participants/{id:guid}");
        Assert.Contains(routes, r => r.Template.StartsWith("api/matching-runs/", StringComparison.Ordinal));

        var visitors = new[] { ("anonymous", factory.NewVisitor()), ("manager", await factory.SignedInAsync(Demo.ManagerPt)), ("coordinator", await factory.SignedInAsync(Demo.Coordinator)) };
        var failures = new List<string>();
        var requests = 0;
        foreach (var (template, methods) in routes)
        {
            var url = "/" + Fill(template, samples);
            foreach (var method in methods)
            {
                foreach (var (who, visitor) in visitors)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method is not ("GET" or "HEAD"))
                        request.Content = template.StartsWith("api/", StringComparison.Ordinal)
                            ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
                            : new FormUrlEncodedContent([]);
                    using var response = await visitor.Http.SendAsync(request);
                    requests++;
                    foreach (var problem in Problems(response, url))
                        failures.Add($"{who} {method} {url} → {(int)response.StatusCode}: {problem}");
                }
            }
        }

        Assert.True(requests > 100, $"only {requests} requests were made");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    [Fact]
    public async Task The_policy_allows_no_inline_script_without_this_responses_nonce()
    {
        var visitor = factory.NewVisitor();
        var first = await visitor.Http.GetAsync("/");
        var second = await visitor.Http.GetAsync("/");
        var a = first.Headers.GetValues("Content-Security-Policy").Single();
        var b = second.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", a, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", a, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'", a);
        Assert.NotEqual(a, b);

        // The markup has no inline script or event handler for the policy to block.
        var html = await first.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task Static_files_may_be_cached_and_still_carry_the_headers()
    {
        var visitor = factory.NewVisitor();
        var page = await visitor.GetPageAsync("/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var response = await visitor.Http.GetAsync(css);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    internal static IEnumerable<string> Problems(HttpResponseMessage response, string url)
    {
        if ((int)response.StatusCode >= 500)
            yield return "a server error";
        var csp = Header(response, "Content-Security-Policy");
        if (csp is null || !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || !csp.Contains("'nonce-", StringComparison.Ordinal) || csp.Contains("unsafe-inline", StringComparison.Ordinal))
            yield return $"Content-Security-Policy: {csp ?? "missing"}";
        if (Header(response, "X-Content-Type-Options") != "nosniff")
            yield return "X-Content-Type-Options missing";
        if (string.IsNullOrEmpty(Header(response, "Referrer-Policy")))
            yield return "Referrer-Policy missing";
        if (string.IsNullOrEmpty(Header(response, "Permissions-Policy")))
            yield return "Permissions-Policy missing";
        var publicImage = url.EndsWith("/qr.png", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.OK;
        if (!publicImage && response.Headers.CacheControl?.NoStore != true)
            yield return $"Cache-Control: {response.Headers.CacheControl?.ToString() ?? "missing"}";
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var v) ? string.Join(", ", v)
        : response.Content.Headers.TryGetValues(name, out var c) ? string.Join(", ", c) : null;

    /// <summary>Every page and API endpoint of the site, with the methods it answers (pages: GET and POST).</summary>
    private IEnumerable<(string Template, string[] Methods)> Routes()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var seen = new HashSet<string>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var template = endpoint.RoutePattern.RawText?.TrimStart('/') ?? string.Empty;
            var isPage = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null
                || endpoint.Metadata.OfType<PageActionDescriptor>().Any();
            var isApi = template.StartsWith("api/", StringComparison.Ordinal) || template is "api" or "health" || template.StartsWith("openapi", StringComparison.Ordinal);
            if (!isPage && !isApi)
                continue;
            var methods = isPage ? ["GET", "POST"] : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET"];
            foreach (var method in methods)
            {
                if (seen.Add(method + " " + template))
                    yield return (template, [method]);
            }
        }
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> samples)
    {
        var first = template.Split('/')[0] == "api" ? template.Split('/').ElementAtOrDefault(1) ?? "api" : template.Split('/')[0];
        return System.Text.RegularExpressions.Regex.Replace(template, @"\{([a-zA-Z]+)[^}]*\}", m =>
        {
            var name = m.Groups[1].Value;
            return samples.TryGetValue(first.ToLowerInvariant() + ":" + name, out var v) ? v
                : samples.TryGetValue(name, out var general) ? general
                : Guid.NewGuid().ToString();
        });
    }

    private async Task<IReadOnlyDictionary<string, string>> SamplesAsync() => await factory.WithDbAsync(async db =>
    {
        var org = await db.Organisations.Where(o => o.CountryCode == "PT").Select(o => o.Id).FirstAsync();
        var programme = await db.Programmes.Where(p => p.OrganisationId == org).OrderBy(p => p.Name).FirstAsync();
        var mentee = await db.Participants.Where(p => p.OrganisationId == org && p.Role == ParticipantRole.Mentee).Select(p => p.Id).FirstAsync();
        var mentor = await db.Participants.Where(p => p.OrganisationId == org && p.Role == ParticipantRole.Mentor).Select(p => p.Id).FirstAsync();
        var application = await db.Applications.Where(a => a.OrganisationId == org).Select(a => a.Id).FirstAsync();
        var session = await db.TrainingSessions.Where(s => s.OrganisationId == org).Select(s => s.Id).FirstAsync();
        return (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["participants:id"] = mentee.ToString(),
            ["mentors:id"] = mentor.ToString(),
            ["applications:id"] = application.ToString(),
            ["training:id"] = session.ToString(),
            ["training-sessions:id"] = session.ToString(),
            ["programmes:id"] = programme.Id.ToString(),
            ["matching:id"] = programme.Id.ToString(),
            ["organisations:id"] = org.ToString(),
            ["publicKey"] = programme.PublicKey,
            ["role"] = "mentee",
            ["documentName"] = "v1",
        };
    });
}

/// <summary>A production site over https: Strict-Transport-Security on every response.</summary>
public sealed class ProductionHeadersTests(ProductionHeadersTests.Site site) : IClassFixture<ProductionHeadersTests.Site>
{
    public sealed class Site() : PonteFactory(Db.Sqlite)
    {
        protected override string EnvironmentName => "Production";
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/api/programmes")]
    [InlineData("/no-such-page")]
    public async Task Production_answers_over_https_carry_hsts_and_the_other_headers(string path)
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mentoring.example.org"), AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), $"{path}: no HSTS");
        Assert.Contains("max-age=", hsts!.Single(), StringComparison.Ordinal);
        Assert.Empty(SecurityHeadersTests.Problems(response, path));
    }
}
