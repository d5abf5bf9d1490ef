using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ponte.Browser.Tests.Infrastructure;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentoring;

namespace Ponte.Browser.Tests;

/// <summary>
/// A safeguarding concern on a 360 px phone: a mentee raises one in Arabic from her process page,
/// and a manager reads it and protects her; every page passes axe and none scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConcernsInBrowser(BrowserSite site) : IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        BrowserSite.RequireBrowser();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task CheckedAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var wide = width <= 360 ? string.Empty : await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361).slice(-5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.True(width <= 360, $"{page.Url} scrolls sideways at 360 px (scrollWidth {width}): {wide}");
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0,
            page.Url + "\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }

    [Fact]
    public async Task A_mentee_raises_a_concern_in_arabic_on_a_phone_and_a_manager_pauses_the_process_from_it()
    {
        var factory = site.Factory;
        var programme = await factory.MentoringProgrammeAsync();
        var mentorPerson = await factory.MentorWithAccountAsync(programme, "Cláudia Reis");
        var hana = await factory.MenteeWithAccountAsync(programme, "Hana Saleh", reads: "ar");
        var manager = new Visitor(new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri(site.BaseUrl) });
        await manager.SignInAsync(Demo.ManagerPt);
        await manager.ApproveAsync(programme, hana.Id);
        var id = (await manager.OnlyProcessAsync(programme)).GetProperty("id").GetGuid();

        var mentee = await site.NewPageAsync(360, 800);
        await site.SignInAsync(mentee, hana.Email, MentoringArrangements.Password);
        await mentee.GotoAsync($"/Mentoring/{id}");
        await mentee.Locator("#raise-concern-here").ClickAsync();
        Assert.Equal("rtl", await mentee.GetAttributeAsync("html", "dir"));
        await mentee.Locator("#concern-form").WaitForAsync();
        Assert.Equal(id.ToString(), await mentee.Locator("#c-about").InputValueAsync());
        await CheckedAsync(mentee);
        await mentee.Locator("#c-topic-Relationship").CheckAsync();
        await mentee.Locator("#c-text").FillAsync("يطلب مني المرشد أن أدفع له مقابل المساعدة في إيجاد عمل.");
        await mentee.Locator("#c-wants-yes").CheckAsync();
        await mentee.Locator("#concern-form button[type=submit]").ClickAsync();
        await mentee.Locator("#c-way-error").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await mentee.Locator("#c-way-error").TextContentAsync()));
        await CheckedAsync(mentee);
        await mentee.Locator("#c-way-Phone").CheckAsync();
        await mentee.Locator("#concern-form button[type=submit]").ClickAsync();
        await mentee.Locator("#concern-sent").WaitForAsync();
        await CheckedAsync(mentee);
        await BrowserSite.ScreenshotAsync(mentee, "concern-raised-ar-360");

        var concern = await factory.WithDbAsync(db => db.Concerns.SingleAsync(c => c.RaisedByParticipantId == hana.Id));
        var page = await site.NewPageAsync(360, 800);
        await site.SignInAsync(page, Demo.ManagerPt);
        await page.GotoAsync("/Concerns");
        await page.Locator($"#concerns tr[data-concern='{concern.Id}'] a").ClickAsync();
        await page.Locator("#concern-text").WaitForAsync();
        await CheckedAsync(page);
        await page.Locator("#protect-form button").ClickAsync();
        await page.Locator("p.flash").WaitForAsync();
        Assert.Equal("InProgress", await page.GetAttributeAsync("#concern-status", "data-status"));
        await CheckedAsync(page);
        await BrowserSite.ScreenshotAsync(page, "concern-manager-pt-360");
        await page.GotoAsync("/Concerns");
        await CheckedAsync(page);
        _ = mentorPerson;
    }
}
