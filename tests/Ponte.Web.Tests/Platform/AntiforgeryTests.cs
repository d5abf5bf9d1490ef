using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>Every state-changing request the site accepts, found from its own routing table, refuses a request without the antiforgery token.</summary>
public abstract partial class AntiforgeryTests(PonteFactory factory) : IntegrationTest(factory)
{
    private IReadOnlyList<(string Method, string Url)> StateChangingRoutes()
    {
        var routes = new List<(string, string)>();
        var sources = Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
            var url = "/" + RouteParameter().Replace(pattern.TrimStart('/'), m => m.Groups[1].Value switch
            {
                var n when n.Contains("guid", StringComparison.Ordinal) || n.EndsWith("id", StringComparison.OrdinalIgnoreCase) || n.EndsWith("Id", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
                var n when n.Contains("role", StringComparison.Ordinal) => "mentee",
                _ => "x",
            });
            url = url.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/');
            if (url.Length == 0)
                url = "/";
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null || endpoint.Metadata.OfType<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>().Any())
            {
                routes.Add(("POST", url));
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE"))
                routes.Add((method, url));
        }

        // The error page answers re-executed POSTs that already failed; it changes nothing.
        return routes.Distinct().Where(r => r.Item2 != "/Error").ToList();
    }

    [Fact]
    public async Task Every_post_put_and_delete_without_a_token_is_rejected()
    {
        var routes = StateChangingRoutes();
        Assert.Contains(routes, r => r.Url.StartsWith("/api/", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Url == "/Account/Login");

        var signedIn = await As(Demo.ManagerPt);
        var anonymous = Anonymous();
        var accepted = new List<string>();
        foreach (var (method, url) in routes)
        {
            foreach (var visitor in new[] { signedIn, anonymous })
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url)
                {
                    Content = url.StartsWith("/api/", StringComparison.Ordinal)
                        ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
                        : new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "x" }),
                };
                var response = await visitor.Http.SendAsync(request);
                // Refused: no token (400), not signed in (401/redirect to sign-in) or not allowed (403). Never done, never a crash.
                var refused = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/", StringComparison.Ordinal) == true);
                if (!refused)
                    accepted.Add($"{method} {url} → {(int)response.StatusCode} ({(visitor == signedIn ? "manager" : "anonymous")})");
            }
        }

        Assert.True(accepted.Count == 0, "Accepted without a token:\n" + string.Join("\n", accepted));
    }

    [GeneratedRegex(@"\{\*?([^}=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}

public sealed class SqliteAntiforgeryTests(SqliteFactory f) : AntiforgeryTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresAntiforgeryTests(PostgresFactory f) : AntiforgeryTests(f), IClassFixture<PostgresFactory>;
