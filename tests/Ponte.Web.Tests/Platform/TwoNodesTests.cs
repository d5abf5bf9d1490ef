using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// Two site processes on one PostgreSQL database share their Data Protection keys through it: a
/// form served by one node is accepted by the other, a cookie signed by one opens pages on the other,
/// and both keep working after a node restarts.
/// </summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private PostgresFactory? _first;

    private sealed class SecondNode(string database) : PonteFactory(database);

    public async ValueTask InitializeAsync()
    {
        PonteFactory.RequireAvailable(Db.Postgres);
        _first = new PostgresFactory();
        await _first.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_first is not null)
            await _first.DisposeAsync();
    }

    [Fact]
    public async Task Each_node_accepts_the_others_antiforgery_tokens_and_cookies_and_a_restart_changes_nothing()
    {
        var cookies = new System.Net.CookieContainer();
        var a = _first!.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        await using (var second = new SecondNode(_first.PostgresDatabase))
        {
            await second.InitializeAsync();
            var b = second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

            // The sign-in form (and its antiforgery cookie) from node A, posted to node B.
            var form = new HtmlParser().ParseDocument(await a.GetStringAsync("/Account/Login"));
            var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var signIn = await b.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = Demo.ManagerPt,
                ["Input.Password"] = Visitor.DemoPassword,
            }));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

            // The sign-in cookie node B wrote opens a staff page on node A, and an API token from A works on B.
            Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/Participants")).StatusCode);
            var apiToken = System.Text.Json.JsonDocument.Parse(await a.GetStringAsync("/api/antiforgery")).RootElement.GetProperty("token").GetString()!;
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/programmes") { Content = System.Net.Http.Json.JsonContent.Create(new { name = "Shared keys programme", template = "Custom" }) };
            request.Headers.Add("RequestVerificationToken", apiToken);
            var created = await b.SendAsync(request);
            Assert.True(created.IsSuccessStatusCode, $"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }

        // Node B is gone; a node started afresh on the same database still reads the cookie.
        await using var restarted = new SecondNode(_first.PostgresDatabase);
        await restarted.InitializeAsync();
        var c = restarted.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/Participants")).StatusCode);
        Assert.Equal(1, await _first.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.Count())));
    }
}
