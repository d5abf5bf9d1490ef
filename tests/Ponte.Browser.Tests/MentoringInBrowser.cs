using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Ponte.Browser.Tests.Infrastructure;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentoring;

namespace Ponte.Browser.Tests;

/// <summary>
/// The mentoring process in a real browser on a 360 px phone: a mentee and a mentor accept their
/// agreement and log a meeting; every page passes axe; the process page and the manager's
/// list are pictured in English and Arabic for docs/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MentoringInBrowser(BrowserSite site) : IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        BrowserSite.RequireBrowser();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<IPage> PhoneAsync(Person person)
    {
        var page = await site.NewPageAsync(360, 800);
        await site.SignInAsync(page, person.Email, MentoringArrangements.Password);
        return page;
    }

    [Fact]
    public async Task A_mentee_and_a_mentor_accept_their_agreement_and_log_a_meeting_on_a_phone()
    {
        var factory = site.Factory;
        var programme = await factory.MentoringProgrammeAsync();
        var ana = await factory.MentorWithAccountAsync(programme, "Ana Costa");
        var farah = await factory.MenteeWithAccountAsync(programme, "Farah Nasser", reads: "ar");
        // Arranged over HTTP against the real server, as the web tests arrange it.
        var manager = await site.VisitorAsync(Demo.ManagerPt);
        await manager.ApproveAsync(programme, farah.Id);
        await (await manager.PutJsonAsync($"/api/programmes/{programme}/agreement-templates/en", MentoringArrangements.Sections())).JsonAsync(HttpStatusCode.Created);
        var id = (await manager.OnlyProcessAsync(programme)).GetProperty("id").GetGuid();
        await (await manager.PostJsonAsync($"/api/processes/{id}/agreement",
            new { language = "en", goals = "Find work as a pharmacy assistant; reach A2 in Portuguese.", meetingRhythm = "Fortnightly", durationMonths = 6 })).JsonAsync(HttpStatusCode.OK);

        // The mentee reads the agreement in Arabic and accepts it.
        var mentee = await PhoneAsync(farah);
        await mentee.GotoAsync($"/Mentoring/{id}");
        Assert.Equal("rtl", await mentee.GetAttributeAsync("html", "dir"));
        await mentee.Locator("#agreement-text").WaitForAsync();
        await PageChecks.FitsAsync(mentee);
        await PageChecks.NoViolationsAsync(mentee);
        await mentee.Locator("#share-Email").CheckAsync();
        await mentee.Locator("#share-form button").ClickAsync();
        await mentee.Locator("p.flash").WaitForAsync();
        await mentee.Locator("#accept-form button").ClickAsync();
        await mentee.Locator("p.flash").WaitForAsync();
        Assert.Equal(0, await mentee.Locator("#accept-form").CountAsync());

        // The mentor accepts on her phone; the manager accepts for the organisation: active.
        var mentor = await PhoneAsync(ana);
        await mentor.GotoAsync($"/Mentoring/{id}");
        await mentor.Locator("#accept-form button").ClickAsync();
        await mentor.Locator("p.flash").WaitForAsync();
        await (await manager.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Organisation" })).JsonAsync(HttpStatusCode.OK);
        await mentor.GotoAsync($"/Mentoring/{id}");
        Assert.Equal("Active", await mentor.Locator("#process-status").GetAttributeAsync("data-status"));
        Assert.Contains(farah.Email, await mentor.Locator("#members").TextContentAsync(), StringComparison.Ordinal);
        await PageChecks.NoViolationsAsync(mentor);

        // The mentee adds a goal to her support plan from her phone.
        await mentee.GotoAsync("/Mentoring/Me");
        await mentee.Locator(".my-plan").First.ClickAsync();
        await mentee.Locator("#add-goal-form").WaitForAsync();
        await PageChecks.FitsAsync(mentee);
        await PageChecks.NoViolationsAsync(mentee);
        await mentee.Locator("#ng-area").SelectOptionAsync("LabourMarketOrientation");
        await mentee.Locator("#ng-what").FillAsync("Work as a pharmacy assistant in Lisbon");
        await mentee.Locator("#ng-measure").FillAsync("A signed work contract");
        await mentee.Locator("#add-goal-form button[type=submit]").ClickAsync();
        await mentee.Locator("article.goal").First.WaitForAsync();
        Assert.Contains("pharmacy assistant", await mentee.Locator("article.goal").First.TextContentAsync(), StringComparison.Ordinal);
        await PageChecks.NoViolationsAsync(mentee);
        var planUrl = mentee.Url.Split('#')[0].Split('?')[0];

        // The mentor writes down a meeting that happened, from the meetings page.
        await mentor.GotoAsync($"/Mentoring/{id}/Meetings");
        await PageChecks.NoViolationsAsync(mentor);
        await mentor.Locator("#log-unscheduled").ClickAsync();
        await mentor.Locator("#log-form").WaitForAsync();
        await PageChecks.FitsAsync(mentor);
        await PageChecks.NoViolationsAsync(mentor);
        await mentor.Locator("#l-topic-LabourMarketOrientation").CheckAsync();
        await mentor.Locator("#l-goals input[type=checkbox]").First.CheckAsync();
        await mentor.Locator("#l-shared").FillAsync("We looked at pharmacy job offers together.");
        await mentor.Locator("#l-private").FillAsync("She seemed tired; ask about her daughter's school.");
        await mentor.Locator("#log-form button[type=submit]").ClickAsync();
        await mentor.Locator("#meeting-log").WaitForAsync();
        Assert.Equal("Logged", await mentor.Locator("#meeting-status").GetAttributeAsync("data-status"));
        await PageChecks.NoViolationsAsync(mentor);

        // The mentee reads the shared notes, never the mentor's private one.
        await mentee.GotoAsync($"/Mentoring/{id}/Meetings");
        await mentee.Locator("#meetings a").First.ClickAsync();
        await mentee.Locator("#shared-notes").WaitForAsync();
        Assert.Equal(0, await mentee.Locator("#private-note").CountAsync());
        await PageChecks.FitsAsync(mentee);
        await PageChecks.NoViolationsAsync(mentee);

        // The goal she added is one the meeting can name.
        Assert.Contains("pharmacy assistant", await mentor.Locator("#meeting-log").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);

        // Her own page, and the process page pictured in both languages.
        await mentee.GotoAsync("/Mentoring/Me");
        await PageChecks.FitsAsync(mentee);
        await PageChecks.NoViolationsAsync(mentee);
        foreach (var culture in new[] { "en", "ar" })
        {
            await mentee.GotoAsync($"/Mentoring/{id}?culture={culture}");
            await mentee.Locator("#agreement").WaitForAsync();
            await PageChecks.NoViolationsAsync(mentee);
            await BrowserSite.ScreenshotAsync(mentee, $"mentoring-process-{culture}-360");
            await mentee.GotoAsync($"{planUrl}?culture={culture}");
            await mentee.Locator("article.goal").First.WaitForAsync();
            await PageChecks.NoViolationsAsync(mentee);
            await BrowserSite.ScreenshotAsync(mentee, $"mentoring-plan-{culture}-360");
        }
    }

    [Theory]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task The_managers_process_list_reads_in_her_language_and_fits_a_phone(string culture, string dir)
    {
        var page = await site.NewPageAsync(1200, 900);
        await site.SignInAsync(page, "manager.pt@ponte.example");
        await page.GotoAsync($"/Mentoring?culture={culture}");
        Assert.Equal(dir, await page.GetAttributeAsync("html", "dir"));
        await page.Locator("main h1").WaitForAsync();
        await PageChecks.NoViolationsAsync(page);
        await BrowserSite.ScreenshotAsync(page, $"mentoring-list-{culture}");
        await page.SetViewportSizeAsync(360, 800);
        await page.ReloadAsync();
        await PageChecks.FitsAsync(page);
    }
}
