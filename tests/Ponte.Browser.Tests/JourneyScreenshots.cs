using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ponte.Browser.Tests.Infrastructure;

namespace Ponte.Browser.Tests;

/// <summary>The pages of the intake journey in a real browser: usable on a phone, accessible, and pictured for docs/screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyScreenshots(BrowserSite site) : IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        BrowserSite.RequireBrowser();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // Names what sticks out past a 360 px viewport, so a failure says where to look.
    private const string Overflowing = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > 360.5)
            .slice(0, 6)
            .map(e => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().left)}-${Math.round(e.getBoundingClientRect().right)} parent ${Math.round(e.parentElement.getBoundingClientRect().right)} max ${getComputedStyle(e).maxWidth} min ${getComputedStyle(e).minWidth} "${(e.textContent || '').trim().slice(0, 30)}"`)
        """;

    private Task<string> PublicKeyAsync(string country) => site.Factory.WithDbAsync(db =>
        (from p in db.Programmes join o in db.Organisations on p.OrganisationId equals o.Id where o.CountryCode == country orderby p.Name select p.PublicKey).FirstAsync());

    [Theory]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task The_mentee_application_form_works_on_a_360px_phone(string culture, string dir)
    {
        var key = await PublicKeyAsync("PT");
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync($"/apply/{key}/mentee?culture={culture}");
        Assert.Equal(dir, await page.GetAttributeAsync("html", "dir"));
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var wide = await page.EvaluateAsync<string[]>(Overflowing);
        Assert.True(width <= 360, $"The form scrolls sideways at 360 px (scrollWidth {width}): {string.Join("; ", wide)}");
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help}")));
        await BrowserSite.ScreenshotAsync(page, $"apply-mentee-{culture}-360");
    }

    [Fact]
    public async Task The_staff_inbox_lists_applications()
    {
        var page = await site.NewPageAsync(1200, 900);
        await site.SignInAsync(page, "manager.pt@ponte.example");
        await page.GotoAsync("/Applications");
        Assert.True(await page.Locator("main table tbody tr").CountAsync() > 0);
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
        await BrowserSite.ScreenshotAsync(page, "staff-inbox", fullPage: false);
    }

    [Fact]
    public async Task The_participant_page_charts_the_screenings()
    {
        var tatiana = await site.Factory.WithDbAsync(db => db.Participants.Where(p => p.Profile.Email == "tatiana@ponte.example").Select(p => p.Id).SingleAsync());
        var page = await site.NewPageAsync(1200, 900);
        await site.SignInAsync(page, "manager.lv@ponte.example");
        await page.GotoAsync($"/Participants/{tatiana}");
        Assert.True(await page.Locator("main svg").CountAsync() > 0);
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help}")));
        await BrowserSite.ScreenshotAsync(page, "participant-screening", page.Locator("main svg").First.Locator("xpath=ancestor::section[1]"));
    }
}
