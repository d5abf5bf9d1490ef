using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Data;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

public abstract class PlatformTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await Anonymous().Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_migrations_of_this_provider_match_the_model()
    {
        var pending = await Factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, $"The {Factory.Db} migrations lag the model: run tools/migrations.sh <Name>.");
        var unapplied = await Factory.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        Assert.Empty(unapplied);
    }

    [Fact]
    public async Task The_demo_network_is_loaded_with_the_pilot_figures()
    {
        var (mentors, mentees, orgs) = await Factory.WithDbAsync(async db => (
            await db.Participants.CountAsync(p => p.Role == Ponte.Domain.Profiles.ParticipantRole.Mentor),
            await db.Participants.CountAsync(p => p.Role == Ponte.Domain.Profiles.ParticipantRole.Mentee),
            await db.Organisations.CountAsync()));
        Assert.Equal(67, mentors);
        Assert.Equal(124, mentees);
        Assert.Equal(3, orgs);
    }

    [Theory]
    [InlineData("/api/programmes")]
    [InlineData("/api/participants")]
    [InlineData("/api/applications")]
    public async Task An_unauthenticated_api_call_gets_401_problem_details(string url)
    {
        var response = await Anonymous().Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unauthenticated_page_redirects_to_sign_in()
    {
        var response = await Anonymous().Http.GetAsync("/Participants");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [InlineData(Demo.Coordinator)]
    [InlineData(Demo.ManagerPt)]
    [InlineData(Demo.TrainerFi)]
    [InlineData(Demo.Mentor)]
    [InlineData(Demo.Tatiana)]
    public async Task Each_demo_role_signs_in_and_sees_its_own_home(string email)
    {
        var visitor = await As(email);
        var home = await visitor.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("h1"));
        Assert.Null(home.QuerySelector("#demo-heading"));
        Assert.NotNull(home.QuerySelector("form[action='/Account/Logout']"));
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        var doc = await Anonymous().Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");
        Assert.Contains(doc.GetProperty("paths").EnumerateObject(), p => p.Name.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_without_an_antiforgery_token_is_rejected()
    {
        var response = await Anonymous().Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.ManagerPt,
            ["Input.Password"] = Visitor.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ponte.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_api_post_without_an_antiforgery_token_is_rejected()
    {
        var visitor = await As(Demo.ManagerPt);
        var response = await visitor.PostJsonAsync("/api/programmes", new { name = "X" }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class SqlitePlatformTests(SqliteFactory f) : PlatformTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresPlatformTests(PostgresFactory f) : PlatformTests(f), IClassFixture<PostgresFactory>;

public sealed class StaticAssetTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_stylesheets_a_page_links_are_served_to_anyone()
    {
        var visitor = factory.NewVisitor();
        var page = await visitor.GetPageAsync("/");
        var links = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        foreach (var href in links)
        {
            var response = await visitor.Http.GetAsync(href);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{href}: {(int)response.StatusCode}");
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("--brand", await response.Content.ReadAsStringAsync());
        }
    }
}
