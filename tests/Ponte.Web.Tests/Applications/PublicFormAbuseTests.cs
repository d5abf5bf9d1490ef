using Ponte.Data.Outbox;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Web.Features.Public;
using Ponte.Web.Infrastructure.Http;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Applications;

/// <summary>Answers that make a complete application form.</summary>
internal static class PublicFormAnswers
{
    public static Dictionary<string, string?> Valid(string email) => new()
    {
        ["Input.FullName"] = "Amina Yusuf",
        ["Input.Email"] = email,
        ["Input.Phone"] = "+351 910 000 000",
        ["Input.Gender"] = "Woman",
        ["Input.CountryOfOrigin"] = "SY",
        ["Input.Municipality"] = "Lisboa",
        ["Input.Postcode"] = "1100-001",
        ["Input.Languages[0].Code"] = "ar",
        ["Input.Languages[0].Level"] = "Native",
        ["Input.Availability"] = "Monday.Morning",
        ["Input.SupportAreas"] = "JobSearch",
        ["Input.About"] = "I ran a bakery in Aleppo for ten years.",
        ["Input.ReferralSource"] = "EmploymentOffice",
        ["Input.Consent"] = "true",
    };

    public static Task<int> CountAsync(this PonteFactory factory, string email)
    {
        var key = email.Trim().ToLowerInvariant();
        return factory.WithDbAsync(db => db.Applications.CountAsync(a => a.Profile.Email.ToLower() == key));
    }
}

/// <summary>A site whose public forms take three forms per address in ten minutes, with the client address taken from a test header, and its log kept.</summary>
public class PublicFormLimitFactory(Db db) : PonteFactory(db)
{
    public const int Permits = 3;

    public Visitor From(string address) => this.VisitorFrom(address);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ponte:PublicFormRateLimit:PermitsPerWindow", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Ponte:PublicFormRateLimit:Window", "00:10:00");
    }
}

public sealed class SqlitePublicFormLimitFactory() : PublicFormLimitFactory(Db.Sqlite);

public sealed class PostgresPublicFormLimitFactory() : PublicFormLimitFactory(Db.Postgres);

/// <summary>The public forms' rate limit per client address: 429 with Retry-After, her form back in her language, one security event.</summary>
public abstract class PublicFormRateLimitTests(PublicFormLimitFactory factory) : IntegrationTest(factory)
{
    private new PublicFormLimitFactory Factory => (PublicFormLimitFactory)base.Factory;

    private IReadOnlyList<CapturedLogs.Entry> RateLimitEvents(string address) =>
        Factory.Logs.Entries.Where(e => e.EventId.Id == SecurityEvents.Ids.PublicFormRateLimited.Id && Equals(e.Values.GetValueOrDefault("Address"), address)).ToList();

    [Fact]
    public async Task Over_the_limit_an_address_gets_429_with_retry_after_and_her_form_back_in_her_language_until_the_window_ends()
    {
        var programme = await Factory.ProgrammeAsync();
        var url = $"/apply/{programme.PublicKey}/mentee?culture=pt";
        const string address = "203.0.113.7";
        var her = Factory.From(address);
        for (var i = 0; i < PublicFormLimitFactory.Permits; i++)
        {
            var (sent, _) = await her.SubmitAsync(url, PublicFormAnswers.Valid(ApplicationsFixtures.UniqueEmail("limit")));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var email = ApplicationsFixtures.UniqueEmail("refused");
        var (response, page) = await her.SubmitAsync(url, PublicFormAnswers.Valid(email));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(10), response.Headers.RetryAfter?.Delta);
        Assert.Equal("pt", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("aguarde 10 minutos", page.QuerySelector("#rate-limited[role=alert]")?.TextContent);
        Assert.Equal("Amina Yusuf", page.QuerySelector<IHtmlInputElement>("#Input_FullName")?.Value);
        Assert.Equal(email, page.QuerySelector<IHtmlInputElement>("#Input_Email")?.Value);
        Assert.Equal("I ran a bakery in Aleppo for ten years.", page.QuerySelector<IHtmlTextAreaElement>("#Input_About")?.Value);
        Assert.True(page.QuerySelector<IHtmlInputElement>("#Input_Consent")?.IsChecked);
        Assert.Null(page.QuerySelector(".field-error:not(:empty)"));
        Assert.Equal(0, await Factory.CountAsync(email));

        // One structured security event: address and outcome, none of what she typed.
        var logged = Assert.Single(RateLimitEvents(address));
        Assert.Equal("PublicFormRateLimited", logged.EventId.Name);
        Assert.Equal(SecurityOutcome.RateLimited, logged.Values["Outcome"]);
        Assert.Equal(programme.Id, logged.Values["ProgrammeId"]);
        Assert.DoesNotContain(email, logged.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Amina", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logged.Values.Values, v => v is string s && (s.Contains(email, StringComparison.OrdinalIgnoreCase) || s.Contains("Amina", StringComparison.Ordinal)));

        // Reading the form is not limited, and another address has its own allowance.
        await her.GetPageAsync(url);
        var (neighbour, _) = await Factory.From("198.51.100.23").SubmitAsync(url, PublicFormAnswers.Valid(ApplicationsFixtures.UniqueEmail("neighbour")));
        Assert.Equal(HttpStatusCode.Redirect, neighbour.StatusCode);

        // Half-way through the window she is told the rest of it; once it is over her form goes through.
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var (still, stillPage) = await her.PostFormAsync(url, ApplicationsFixtures.FormValues(page, "main form[method=post]"));
        Assert.Equal(HttpStatusCode.TooManyRequests, still.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(5), still.Headers.RetryAfter?.Delta);
        Assert.Contains("aguarde 5 minutos", stillPage.QuerySelector("#rate-limited")?.TextContent);
        Assert.Equal(2, RateLimitEvents(address).Count);

        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var (through, _) = await her.PostFormAsync(url, ApplicationsFixtures.FormValues(stillPage, "main form[method=post]"));
        Assert.Equal(HttpStatusCode.Redirect, through.StatusCode);
        Assert.Equal(1, await Factory.CountAsync(email));
    }

    [Fact]
    public async Task The_limit_counts_both_forms_of_every_programme_and_answers_in_arabic_right_to_left()
    {
        var lisbon = await Factory.ProgrammeAsync();
        var helsinki = await Factory.ProgrammeAsync("FI");
        const string address = "2001:db8:7:7::1";
        var her = Factory.From(address);
        string[] urls = [$"/apply/{lisbon.PublicKey}/mentee", $"/apply/{lisbon.PublicKey}/mentor", $"/apply/{helsinki.PublicKey}/mentee"];
        foreach (var url in urls)
            Assert.Equal(HttpStatusCode.Redirect, (await her.SubmitAsync(url, PublicFormAnswers.Valid(ApplicationsFixtures.UniqueEmail("roles")))).Response.StatusCode);

        // Another address of the same IPv6 /64 shares the allowance.
        var (response, page) = await Factory.From("2001:db8:7:7:abcd::9").SubmitAsync($"/apply/{helsinki.PublicKey}/mentor?culture=ar", PublicFormAnswers.Valid(ApplicationsFixtures.UniqueEmail("v6")));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Contains("10", page.QuerySelector("#rate-limited")?.TextContent);
        Assert.NotNull(page.QuerySelector("main form[method=post] button[type=submit]"));
        Assert.Single(Factory.Logs.Entries, e => e.EventId.Id == SecurityEvents.Ids.PublicFormRateLimited.Id && Equals(e.Values.GetValueOrDefault("Address"), "2001:db8:7:7:abcd::9"));
    }
}

public sealed class SqlitePublicFormRateLimitTests(SqlitePublicFormLimitFactory f) : PublicFormRateLimitTests(f), IClassFixture<SqlitePublicFormLimitFactory>;

public sealed class PostgresPublicFormRateLimitTests(PostgresPublicFormLimitFactory f) : PublicFormRateLimitTests(f), IClassFixture<PostgresPublicFormLimitFactory>;

/// <summary>The rate limiter's window on its own clock, and how addresses are grouped.</summary>
public sealed class PublicFormThrottleTests
{
    [Fact]
    public void A_window_allows_its_permits_then_says_how_long_to_wait_and_starts_afresh_when_over()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var throttle = new PublicFormThrottle(Microsoft.Extensions.Options.Options.Create(new PublicFormRateLimitOptions { PermitsPerWindow = 2, Window = TimeSpan.FromMinutes(10) }), clock);
        var address = IPAddress.Parse("192.0.2.1");
        Assert.Null(throttle.TryAcquire(address));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(throttle.TryAcquire(address));
        Assert.Equal(TimeSpan.FromMinutes(9), throttle.TryAcquire(address));
        Assert.Null(throttle.TryAcquire(IPAddress.Parse("192.0.2.2")));
        Assert.Equal(TimeSpan.FromMinutes(9), throttle.TryAcquire(IPAddress.Parse("::ffff:192.0.2.1")));
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Null(throttle.TryAcquire(address));
    }

    [Theory]
    [InlineData("2001:db8:1:2::5", "2001:db8:1:2:ffff::1", true)]
    [InlineData("2001:db8:1:2::5", "2001:db8:1:3::5", false)]
    [InlineData("192.0.2.1", "::ffff:192.0.2.1", true)]
    [InlineData("192.0.2.1", "192.0.2.2", false)]
    public void Addresses_are_grouped_by_ipv4_address_or_ipv6_64(string a, string b, bool same) =>
        Assert.Equal(same, ClientAddress.Partition(IPAddress.Parse(a)) == ClientAddress.Partition(IPAddress.Parse(b)));

    [Fact]
    public void Beyond_the_tracked_keys_newcomers_share_one_window_until_old_windows_end()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var limiter = new KeyedWindowLimiter(clock, 1, TimeSpan.FromMinutes(1));
        for (var i = 0; i < KeyedWindowLimiter.MaxTracked; i++)
            Assert.Null(limiter.TryAcquire("client " + i));

        Assert.Null(limiter.TryAcquire("first newcomer"));
        Assert.Equal(TimeSpan.FromMinutes(1), limiter.TryAcquire("second newcomer"));
        Assert.Equal(TimeSpan.FromMinutes(1), limiter.TryAcquire("client 7"));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(limiter.TryAcquire("third newcomer"));
        Assert.Null(limiter.TryAcquire("fourth newcomer"));
    }
}

/// <summary>One open application per email and programme; staff see applications that may be the same person's.</summary>
public abstract class DuplicateApplicationTests(PonteFactory factory) : IntegrationTest(factory)
{
    /// <summary>The mail to her other than the confirmation each stored application gets (<see cref="ReceivedAsync"/>).</summary>
    private Task<List<Ponte.Data.Outbox.OutboxMessage>> MailToAsync(string email)
    {
        var key = email.Trim().ToLowerInvariant();
        return Factory.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To.ToLower() == key && m.Template != Received).ToListAsync());
    }

    private const string Received = "Application.Received";

    /// <summary>How many "we have received your application" messages she was sent.</summary>
    private Task<int> ReceivedAsync(string email)
    {
        var key = email.Trim().ToLowerInvariant();
        return Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.To.ToLower() == key && m.Template == Received));
    }

    [Fact]
    public async Task Applying_again_while_open_stores_one_application_shows_the_same_thanks_and_emails_her_in_her_language()
    {
        var programme = await Factory.ProgrammeAsync();
        var url = $"/apply/{programme.PublicKey}/mentee?culture=pt";
        var email = ApplicationsFixtures.UniqueEmail("again");
        var (first, _) = await Anonymous().SubmitAsync(url, PublicFormAnswers.Valid(email));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Empty(await MailToAsync(email));

        // A fresh form, the same address written in other capitals and with spaces: what a new applicant sees.
        var visitor = Anonymous();
        var (second, _) = await visitor.SubmitAsync(url, PublicFormAnswers.Valid("  " + email.ToUpperInvariant() + " "));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var thanks = await visitor.GetPageAsync(second.Headers.Location!.OriginalString);
        Assert.Contains(programme.Name, thanks.QuerySelector("main [role=status]")?.TextContent);
        Assert.Equal(1, await Factory.CountAsync(email));

        var mail = Assert.Single(await MailToAsync(email));
        Assert.Equal($"A sua candidatura a {programme.Name}", mail.Subject);
        Assert.Contains("Já temos a sua candidatura", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", mail.Body, StringComparison.Ordinal);

        // The other form of the same programme is the same programme.
        var (mentor, _) = await Anonymous().SubmitAsync($"/apply/{programme.PublicKey}/mentor?culture=uk", PublicFormAnswers.Valid(email));
        Assert.Equal(HttpStatusCode.Redirect, mentor.StatusCode);
        Assert.Equal(1, await Factory.CountAsync(email));
        Assert.Contains(await MailToAsync(email), m => m.Subject == $"Ваша заявка до програми {programme.Name}");
    }

    [Fact]
    public async Task After_a_decision_or_in_another_programme_she_may_apply_again()
    {
        var email = ApplicationsFixtures.UniqueEmail("decided");
        var id = await Factory.NewApplicationAsync(email: email);
        await Factory.WithDbAsync(async db =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            application.Decide(Decision.Decline, "The programme is full this year.", new Actor(null, "Test manager"), Factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        var lisbon = await Factory.ProgrammeAsync();
        var (again, _) = await Anonymous().SubmitAsync($"/apply/{lisbon.PublicKey}/mentee", PublicFormAnswers.Valid(email));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, await Factory.CountAsync(email));

        var helsinki = await Factory.ProgrammeAsync("FI");
        var (elsewhere, _) = await Anonymous().SubmitAsync($"/apply/{helsinki.PublicKey}/mentee", PublicFormAnswers.Valid(email));
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal(3, await Factory.CountAsync(email));
        Assert.Empty(await MailToAsync(email));
    }

    [Fact]
    public async Task Two_forms_with_the_same_email_sent_at_the_same_moment_store_one_application()
    {
        var programme = await Factory.ProgrammeAsync();
        var url = $"/apply/{programme.PublicKey}/mentee";
        var email = ApplicationsFixtures.UniqueEmail("race");
        var (one, two) = (Anonymous(), Anonymous());
        var bodyOne = ApplicationsFixtures.FormValues(await one.GetPageAsync(url), "main form[method=post]", PublicFormAnswers.Valid(email));
        var bodyTwo = ApplicationsFixtures.FormValues(await two.GetPageAsync(url), "main form[method=post]", PublicFormAnswers.Valid(email));

        var sent = await Task.WhenAll(one.PostFormAsync(url, bodyOne), two.PostFormAsync(url, bodyTwo));

        Assert.All(sent, s => Assert.Equal(HttpStatusCode.Redirect, s.Response.StatusCode));
        Assert.Equal(1, await Factory.CountAsync(email));
        Assert.Single(await MailToAsync(email));
        Assert.Equal(1, await ReceivedAsync(email));
    }

    private Task<Guid> ArrangeAsync(string country, string name, string email, string? phone) =>
        Factory.WithDbAsync(async db =>
        {
            var programme = await Factory.ProgrammeAsync(country);
            var profile = Profile.Create(name, email, phone, "uk", Gender.Woman, "UA", "Lisboa", "1100-001",
                [new LanguageSkill("uk", LanguageLevel.Native)], WeeklyAvailability.Of([(DayOfWeek.Monday, DayPart.Morning)]), [],
                SupportAreas.JobSearch, MatchingPreferences.None, null);
            var application = Application.Submit(programme, ParticipantRole.Mentee, Guid.NewGuid(), profile, ReferralSource.Leaflet, null, true,
                programme.PrivacyNoticeVersion, Factory.Clock.GetUtcNow());
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    [Fact]
    public async Task Staff_see_a_possible_duplicate_mark_for_the_same_phone_or_name_with_links_in_the_inbox_details_and_api()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var halyna = await ArrangeAsync("PT", "Галина Коваленко", $"halyna.{tag}@example.org", "+380 67 123 4567");
        var sameName = await ArrangeAsync("PT", "ГАЛИНА КОВАЛЕНКО", $"h.k.{tag}@example.org", null);
        var samePhone = await ArrangeAsync("PT", "Olena Bondar", $"olena.{tag}@example.org", "380-67-123-45-67");
        var other = await ArrangeAsync("PT", "Iryna Melnyk", $"iryna.{tag}@example.org", "+380 99 000 0000");
        var elsewhere = await ArrangeAsync("FI", "Галина Коваленко", $"fi.{tag}@example.org", "+380 67 123 4567");
        var manager = await Factory.SessionAsync(Demo.ManagerPt);

        var inbox = await manager.GetPageAsync($"/Applications?q={tag}&culture=en");
        IElement Row(Guid id) => inbox.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("td > a")?.GetAttribute("href") == $"/Applications/{id}");
        IReadOnlyList<string?> LinksOf(Guid id) =>
            Row(id).QuerySelector(".duplicates")?.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList() ?? [];
        Assert.Equal([$"/Applications/{sameName}", $"/Applications/{samePhone}"], LinksOf(halyna).Order());
        Assert.Equal([$"/Applications/{halyna}"], LinksOf(sameName));
        Assert.Equal([$"/Applications/{halyna}"], LinksOf(samePhone));
        Assert.Empty(LinksOf(other));
        var mark = Row(samePhone).QuerySelector(".duplicates")!;
        Assert.Equal("Possible duplicate", mark.QuerySelector(".badge")?.TextContent);
        Assert.Contains("same phone", mark.TextContent, StringComparison.Ordinal);

        var details = await manager.GetPageAsync($"/Applications/{halyna}?culture=uk");
        var section = details.QuerySelector("#possible-duplicates")!;
        Assert.Equal("Можливі дублікати", section.QuerySelector("h2")?.TextContent);
        Assert.Equal([$"/Applications/{sameName}", $"/Applications/{samePhone}"], section.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).Order());
        Assert.Contains("те саме ім'я", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("той самий телефон", section.TextContent, StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector(".status-line a[href='#possible-duplicates']"));
        Assert.Null((await manager.GetPageAsync($"/Applications/{other}")).QuerySelector("#possible-duplicates"));

        var list = await (await manager.Http.GetAsync("/api/applications?q=" + tag)).JsonAsync();
        IEnumerable<string?> Ids(JsonElement e) => e.GetProperty("possibleDuplicates").EnumerateArray().Select(x => x.GetString());
        var items = list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid());
        Assert.Equal(4, items.Count);
        Assert.Equal([sameName.ToString(), samePhone.ToString()], Ids(items[halyna]).Order());
        Assert.Empty(Ids(items[other]));
        var one = await (await manager.Http.GetAsync($"/api/applications/{halyna}")).JsonAsync();
        Assert.Equal([sameName.ToString(), samePhone.ToString()], Ids(one).Order());
        Assert.DoesNotContain(elsewhere.ToString(), Ids(one));
    }
}

public sealed class SqliteDuplicateApplicationTests(SqliteFactory f) : DuplicateApplicationTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresDuplicateApplicationTests(PostgresFactory f) : DuplicateApplicationTests(f), IClassFixture<PostgresFactory>;
