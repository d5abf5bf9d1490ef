using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Ponte.Web.Features.Account;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// A signed-in person sets her own time zone on /Account/TimeZone: the same instants are shown in
/// it, an unknown zone is refused beside the field and changes nothing, and clearing it goes back
/// to her organisation's. Each test works with a trainer of its own, invited in the Lisbon organisation.
/// </summary>
public abstract class OwnTimeZoneTests(PonteFactory factory) : IntegrationTest(factory)
{
    private const string Password = "a quiet river at dawn";

    [Fact]
    public async Task Her_zone_typed_in_any_casing_shows_the_same_instants_in_it()
    {
        var (trainer, email) = await NewTrainerAsync();
        var url = await ApplicationPageAsync();
        var lisbon = Times(await trainer.GetPageAsync(url));
        Assert.NotEmpty(lisbon);
        Assert.All(lisbon, t => Assert.Equal(Offset("Europe/Lisbon", t.At), t.At.Offset));
        var link = (await trainer.GetPageAsync("/")).QuerySelector("header a[href='/Account/TimeZone']");
        Assert.NotNull(link);

        var (saved, _) = await trainer.SubmitAsync("/Account/TimeZone", new Dictionary<string, string?> { ["Input.TimeZone"] = "asia/TOKYO" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Asia/Tokyo", await OwnZoneAsync(email));
        var confirmation = await trainer.GetPageAsync("/Account/TimeZone");
        Assert.Contains("Asia/Tokyo", confirmation.QuerySelector("main .flash[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Asia/Tokyo", Chosen(confirmation));

        var page = await trainer.GetPageAsync(url);
        var tokyo = Times(page);
        Assert.Equal(lisbon.Select(t => t.At.UtcDateTime), tokyo.Select(t => t.At.UtcDateTime));
        Assert.All(tokyo, t => Assert.Equal(TimeSpan.FromHours(9), t.At.Offset));
        Assert.NotEqual(lisbon.Select(t => t.Text), tokyo.Select(t => t.Text));
        Assert.Contains("Asia/Tokyo", page.GetElementById("time-zone")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_zone_is_refused_beside_the_field_keeps_what_she_sent_and_changes_nothing()
    {
        var (trainer, email) = await NewTrainerAsync();
        await trainer.SubmitAsync("/Account/TimeZone", new Dictionary<string, string?> { ["Input.TimeZone"] = "America/Sao_Paulo" });
        Assert.Equal("America/Sao_Paulo", await OwnZoneAsync(email));

        foreach (var unknown in new[] { "Mars/Olympus_Mons", "Europe/Lisbon/../../etc", "Central European Standard Time", new string('a', 200) })
        {
            var (response, page) = await trainer.SubmitAsync("/Account/TimeZone", new Dictionary<string, string?> { ["Input.TimeZone"] = unknown });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var lang = page.DocumentElement.GetAttribute("lang")!;
            Assert.Equal(Own("Error.UnknownTimeZone", lang), page.GetElementById("timezone-error")?.TextContent.Trim());
            Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_TimeZone']"));
            Assert.Equal(unknown, Chosen(page));
            Assert.Equal("America/Sao_Paulo", await OwnZoneAsync(email));
        }
    }

    [Fact]
    public async Task Clearing_her_zone_goes_back_to_her_organisations()
    {
        var (trainer, email) = await NewTrainerAsync();
        var url = await ApplicationPageAsync();
        await trainer.SubmitAsync("/Account/TimeZone", new Dictionary<string, string?> { ["Input.TimeZone"] = "Asia/Tokyo" });
        Assert.All(Times(await trainer.GetPageAsync(url)), t => Assert.Equal(TimeSpan.FromHours(9), t.At.Offset));

        var (cleared, _) = await trainer.SubmitAsync("/Account/TimeZone", new Dictionary<string, string?> { ["Input.TimeZone"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Null(await OwnZoneAsync(email));

        var form = await trainer.GetPageAsync("/Account/TimeZone");
        Assert.Contains("Europe/Lisbon", form.QuerySelector("main .flash[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Chosen(form));
        Assert.Contains("(Europe/Lisbon)", (form.QuerySelector("#Input_TimeZone") as IHtmlSelectElement)!.Options[0]!.TextContent, StringComparison.Ordinal);
        var page = await trainer.GetPageAsync(url);
        Assert.All(Times(page), t => Assert.Equal(Offset("Europe/Lisbon", t.At), t.At.Offset));
        Assert.Contains("Europe/Lisbon", page.GetElementById("time-zone")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_for_signed_in_people_only()
    {
        var response = await Anonymous().Http.GetAsync("/Account/TimeZone");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The instants a page shows (its time elements), as the machine-readable value and the text she reads.</summary>
    private static List<(DateTimeOffset At, string Text)> Times(IHtmlDocument page) =>
        page.QuerySelectorAll("main time[datetime]")
            .Select(t => (DateTimeOffset.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture), t.TextContent.Trim()))
            .ToList();

    private static TimeSpan Offset(string zone, DateTimeOffset at) => TimeZoneInfo.FindSystemTimeZoneById(zone).GetUtcOffset(at);

    /// <summary>The zone the form shows as chosen: as a browser does, the selected option or else the first.</summary>
    private static string? Chosen(IHtmlDocument page) =>
        page.QuerySelector("#Input_TimeZone") is IHtmlSelectElement select ? (select.SelectedOptions.FirstOrDefault() ?? select.Options.FirstOrDefault())?.Value : null;

    /// <summary>The page of the Lisbon organisation's first application, which shows when things happened.</summary>
    private async Task<string> ApplicationPageAsync()
    {
        var id = await Factory.WithDbAsync(db =>
            (from a in db.Applications join o in db.Organisations on a.OrganisationId equals o.Id where o.CountryCode == "PT" orderby a.ConsentGivenAt, a.Id select a.Id).FirstAsync());
        return $"/Applications/{id}";
    }

    private Task<string?> OwnZoneAsync(string email) =>
        Factory.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.TimeZone).SingleAsync());

    private async Task<(Visitor Trainer, string Email)> NewTrainerAsync()
    {
        var email = $"zone.{Guid.NewGuid():N}"[..20] + "@ponte.example";
        var manager = await As(Demo.ManagerPt);
        var (invited, _) = await manager.SubmitAsync("/People", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Zone Trainer",
            ["Input.Email"] = email,
            ["Input.Role"] = "Trainer",
        }, formSelector: "form[action*='handler=Invite']");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var link = await Factory.ReadLinkAsync(email, "/Account/AcceptInvitation");
        var (set, _) = await Anonymous().SubmitAsync(link, new Dictionary<string, string?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        return (await Factory.SignedInAsync(email, Password), email);
    }

    /// <summary>A text of the Account area in the given language, as the site writes it.</summary>
    private string Own(string key, string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Factory.Services.GetRequiredService<IStringLocalizer<AccountText>>()[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

public sealed class SqliteOwnTimeZoneTests(SqliteFactory f) : OwnTimeZoneTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresOwnTimeZoneTests(PostgresFactory f) : OwnTimeZoneTests(f), IClassFixture<PostgresFactory>;
