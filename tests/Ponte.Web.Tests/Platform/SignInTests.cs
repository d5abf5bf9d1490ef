using System.Net;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>Sign-in defences. Each test class has its own site, so the rate limiter starts fresh.</summary>
public abstract class SignInTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var visitor = Anonymous();
        for (var i = 0; i < 5; i++)
            await visitor.SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Email"] = Demo.TrainerLv, ["Input.Password"] = "wrong password " + i });

        var (response, page) = await visitor.SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Email"] = Demo.TrainerLv, ["Input.Password"] = Visitor.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary li"));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ponte.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Rapid_sign_in_attempts_get_429_with_retry_after()
    {
        var visitor = Anonymous();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 12 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            (last, _) = await visitor.SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "guess " + i });
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var limited = Assert.Single(Factory.Logs.Entries, e => e.EventId.Id == Ponte.Web.Infrastructure.Security.SecurityEvents.Ids.SignInRateLimited.Id);
        Assert.Equal(Ponte.Web.Infrastructure.Security.SecurityOutcome.RateLimited, limited.Values["Outcome"]);
        Assert.DoesNotContain("nobody@example.org", limited.Message, StringComparison.Ordinal);

        // The window runs on the site's clock: once it is over, the next attempt is heard again.
        Factory.Clock.Advance(last.Headers.RetryAfter!.Delta!.Value);
        var (heard, _) = await visitor.SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "guess again" });
        Assert.Equal(HttpStatusCode.OK, heard.StatusCode);
    }

    [Fact]
    public async Task A_short_password_is_refused_and_a_long_passphrase_without_symbols_is_accepted()
    {
        var manager = await As(Demo.ManagerLv);
        await manager.SubmitAsync("/People", new Dictionary<string, string?>
        {
            ["Input.Name"] = "New Trainer",
            ["Input.Email"] = "new.trainer@ponte.example",
            ["Input.Role"] = "Trainer",
        });
        var link = await Factory.ReadLinkAsync("new.trainer@ponte.example", "/Account/AcceptInvitation");
        var invitee = Factory.NewVisitor();
        var (shortOne, page) = await invitee.SubmitAsync(link, new Dictionary<string, string?> { ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });
        Assert.Equal(HttpStatusCode.OK, shortOne.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#password-error")?.TextContent));
        var (ok, _) = await invitee.SubmitAsync(link, new Dictionary<string, string?> { ["Input.Password"] = "correct horse battery staple", ["Input.ConfirmPassword"] = "correct horse battery staple" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task The_language_choice_is_remembered_for_the_person()
    {
        var manager = await As(Demo.ManagerFi);
        var (response, _) = await manager.SubmitAsync("/", new Dictionary<string, string?> { ["culture"] = "ar", ["returnUrl"] = "/" }, formSelector: "form.language-picker");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var elsewhere = await As(Demo.ManagerFi);
        var page = await elsewhere.GetPageAsync("/");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
    }
}

public sealed class SqliteSignInTests(SqliteStrictFactory f) : SignInTests(f), IClassFixture<SqliteStrictFactory>;

public sealed class PostgresSignInTests(PostgresStrictFactory f) : SignInTests(f), IClassFixture<PostgresStrictFactory>;

/// <summary>The lockout's own tables, on their own clock.</summary>
public sealed class SignInLockoutTests
{
    [Fact]
    public void Under_a_flood_beyond_the_tracked_pairs_newcomers_are_counted_together_rather_than_kept()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var lockout = new Ponte.Web.Infrastructure.Security.SignInLockout(clock);
        for (var i = 0; i < Ponte.Web.Infrastructure.Security.SignInLockout.MaxTracked; i++)
            lockout.RecordFailure(new IPAddress([11, (byte)(i >> 16), (byte)(i >> 8), (byte)i]), $"flood{i}@example.org");

        for (var i = 1; i <= Ponte.Web.Infrastructure.Security.SignInLockout.MaxFailures; i++)
            lockout.RecordFailure(IPAddress.Parse("198.51.100." + i), "victim@example.org");

        Assert.NotNull(lockout.LockedFor(IPAddress.Parse("198.51.100.200"), "victim@example.org"));
        Assert.Null(lockout.LockedFor(IPAddress.Parse("11.0.0.7"), "flood7@example.org"));
    }
}
