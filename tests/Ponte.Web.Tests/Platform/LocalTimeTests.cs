using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ponte.Web.Tests.Applications;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// People type and read times in their organisation's zone; the database holds the instant.
/// The site's clock starts on 1 October 2026, so 25 October (summer time ends in Helsinki:
/// 04:00 EEST becomes 03:00 EET) and 28 March 2027 (it starts again) are still ahead.
/// </summary>
public abstract class LocalTimeTests(PonteFactory factory) : IntegrationTest(factory)
{
    private static string Url(Guid id) => $"/Applications/{id}";

    private static Dictionary<string, string?> Interview(string at) =>
        new() { ["Schedule.InterviewAt"] = at, ["Schedule.InterviewLocation"] = "Hämeentie 31" };

    private static Dictionary<string, string?> Session(string title, string startsAt) =>
        new() { ["Input.Title"] = title, ["Input.StartsAt"] = startsAt, ["Input.Kind"] = "Theory", ["Input.Hours"] = "1" };

    private Task<Guid> OrganisationIdAsync(string country) =>
        Factory.WithDbAsync(db => db.Organisations.Where(o => o.CountryCode == country).Select(o => o.Id).SingleAsync());

    [Fact]
    public async Task The_demo_organisations_have_their_countrys_zone() =>
        Assert.Equal(
            new Dictionary<string, string> { ["PT"] = "Europe/Lisbon", ["FI"] = "Europe/Helsinki", ["LV"] = "Europe/Riga" },
            await Factory.WithDbAsync(db => db.Organisations.Where(o => new[] { "PT", "FI", "LV" }.Contains(o.CountryCode)).ToDictionaryAsync(o => o.CountryCode, o => o.TimeZone)));

    [Theory]
    [InlineData("2026-10-25T02:30", "2026-10-24T23:30:00+00:00", "2026-10-25T02:30:00+03:00", "October 25, 2026, 2:30\u202FAM")]
    // 03:30 happens twice that night; the first time, still in summer time, is the one taken.
    [InlineData("2026-10-25T03:30", "2026-10-25T00:30:00+00:00", "2026-10-25T03:30:00+03:00", "October 25, 2026, 3:30\u202FAM")]
    [InlineData("2026-10-25T04:30", "2026-10-25T02:30:00+00:00", "2026-10-25T04:30:00+02:00", "October 25, 2026, 4:30\u202FAM")]
    public async Task An_interview_typed_in_Helsinki_on_the_night_summer_time_ends_is_stored_as_its_instant_and_shown_as_typed(
        string typed, string instant, string machine, string shown)
    {
        var id = await Factory.NewApplicationAsync("FI");
        var manager = await Factory.SessionAsync(Demo.ManagerFi);

        var (response, _) = await manager.SubmitAsync(Url(id), Interview(typed), "#schedule-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), (await Factory.ApplicationAsync(id)).InterviewAt);
        var page = await manager.GetPageAsync(Url(id));
        Assert.Equal(typed, page.QuerySelector<IHtmlInputElement>("#Schedule_InterviewAt")?.Value);
        var when = page.QuerySelector($"#interview-heading ~ dl time[datetime='{machine}']");
        Assert.Equal(shown, when?.TextContent);
        Assert.Contains("Europe/Helsinki", page.GetElementById("schedule-when-hint")?.TextContent);
        Assert.DoesNotContain("UTC", page.Body!.TextContent);

        var inbox = await manager.GetPageAsync($"/Applications?q={Uri.EscapeDataString("Amina")}&status=InterviewScheduled");
        Assert.Contains(inbox.QuerySelectorAll($"table time[datetime='{machine}']"), t => t.TextContent == shown);
    }

    [Fact]
    public async Task A_time_the_clocks_skip_when_summer_time_starts_is_a_message_beside_the_field()
    {
        var id = await Factory.NewApplicationAsync("FI");
        var manager = await Factory.SessionAsync(Demo.ManagerFi);

        var (response, page) = await manager.SubmitAsync(Url(id), Interview("2027-03-28T03:30"), "#schedule-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = page.ErrorNextTo("Schedule_InterviewAt");
        Assert.Contains("does not exist in Europe/Helsinki", message);
        Assert.Contains("March 28, 2027, 3:30\u202FAM", message);
        Assert.Equal("2027-03-28T03:30", page.QuerySelector<IHtmlInputElement>("#Schedule_InterviewAt")?.Value);
        Assert.Null((await Factory.ApplicationAsync(id)).InterviewAt);

        (response, _) = await manager.SubmitAsync(Url(id), Interview("2027-03-28T04:30"), "#schedule-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), (await Factory.ApplicationAsync(id)).InterviewAt);
    }

    [Fact]
    public async Task A_training_session_is_planned_and_shown_in_the_organisations_time()
    {
        var programme = await Factory.ProgrammeAsync("FI");
        var trainer = await Factory.SessionAsync(Demo.TrainerFi);
        var form = await trainer.GetPageAsync($"/Training/Create?programme={programme.Id}");
        Assert.Contains("Europe/Helsinki", form.GetElementById("starts-hint")?.TextContent);

        var (response, _) = await trainer.SubmitAsync($"/Training/Create?programme={programme.Id}", Session("Late night theory", "2026-10-25T03:30"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), await Factory.WithDbAsync(db => db.TrainingSessions.Where(s => s.Id == id).Select(s => s.StartsAt).SingleAsync()));
        var session = await trainer.GetPageAsync($"/Training/{id}");
        Assert.Contains("October 25, 2026, 3:30\u202FAM", session.GetElementById("session-facts")!.TextContent);

        (response, var page) = await trainer.SubmitAsync($"/Training/Create?programme={programme.Id}", Session("Never", "2027-03-28T03:00"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("does not exist in Europe/Helsinki", page.GetElementById("starts-error")?.TextContent);
    }

    [Fact]
    public async Task An_organisations_zone_is_chosen_from_a_list_and_an_unknown_one_is_a_message_beside_the_field()
    {
        var coordinator = await Factory.SessionAsync(Demo.Coordinator);
        var riga = await OrganisationIdAsync("LV");
        var url = $"/Organisations/Edit/{riga}";
        var form = await coordinator.GetPageAsync(url);
        var select = form.QuerySelector<IHtmlSelectElement>("#Input_TimeZone")!;
        Assert.Equal("Europe/Riga", select.SelectedOptions.Single().Value);
        Assert.Contains(select.Options, o => o.Value == "Europe/Helsinki");

        var (response, page) = await coordinator.SubmitAsync(url, new Dictionary<string, string?> { ["Input.TimeZone"] = "Mars/Olympus_Mons" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose a time zone from the list.", page.ErrorNextTo("zone"));
        Assert.Equal("Europe/Riga", await Factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == riga).Select(o => o.TimeZone).SingleAsync()));

        try
        {
            (response, _) = await coordinator.SubmitAsync(url, new Dictionary<string, string?> { ["Input.TimeZone"] = "Europe/Vilnius" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("Europe/Vilnius", await Factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == riga).Select(o => o.TimeZone).SingleAsync()));

            var version = await Factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == riga).Select(o => o.Version).SingleAsync());
            var api = await coordinator.PutJsonAsync($"/api/organisations/{riga}", new { timeZone = "Pacific Standard Time", version });
            await api.AssertFieldProblemAsync("timeZone");
        }
        finally
        {
            await Factory.WithDbAsync(async db =>
            {
                var o = await db.Organisations.SingleAsync(x => x.Id == riga);
                o.Update(o.Name, o.CountryCode, o.City, o.StaffLanguages, "Europe/Riga");
                return await db.SaveChangesAsync();
            });
        }

        (response, _) = await coordinator.SubmitAsync("/Organisations/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Tartu Sild",
            ["Input.CountryCode"] = "EE",
            ["Input.City"] = "Tartu",
            ["Input.StaffLanguages"] = "et",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Europe/Tallinn", await Factory.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Tartu Sild").Select(o => o.TimeZone).SingleAsync()));

        var created = await coordinator.PostJsonAsync("/api/organisations", new { name = "Malmö Bro", countryCode = "SE", city = "Malmö", staffLanguages = new[] { "sv" } });
        Assert.Equal("Europe/Stockholm", (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_persons_own_zone_comes_before_her_organisations_and_without_either_times_are_in_utc()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerFi);
        Assert.Contains("Europe/Helsinki", (await manager.GetPageAsync("/")).GetElementById("time-zone")?.TextContent);

        await SetOwnZoneAsync(Demo.ManagerFi, "America/Sao_Paulo");
        try
        {
            Assert.Contains("America/Sao_Paulo", (await manager.GetPageAsync("/")).GetElementById("time-zone")?.TextContent);
        }
        finally
        {
            await SetOwnZoneAsync(Demo.ManagerFi, null);
        }

        Assert.Contains("Europe/Helsinki", (await manager.GetPageAsync("/")).GetElementById("time-zone")?.TextContent);
        var coordinator = await Factory.SessionAsync(Demo.Coordinator);
        Assert.Contains("(UTC)", (await coordinator.GetPageAsync("/")).GetElementById("time-zone")?.TextContent);
    }

    private Task SetOwnZoneAsync(string email, string? zone) => Factory.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        user.TimeZone = zone;
        return await db.SaveChangesAsync();
    });
}

public sealed class SqliteLocalTimeTests(SqliteAutumnFactory f) : LocalTimeTests(f), IClassFixture<SqliteAutumnFactory>;

public sealed class PostgresLocalTimeTests(PostgresAutumnFactory f) : LocalTimeTests(f), IClassFixture<PostgresAutumnFactory>;
