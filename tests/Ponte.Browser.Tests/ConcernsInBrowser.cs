using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task A_mentee_raises_a_concern_in_arabic_on_a_phone_and_a_manager_pauses_the_process_from_it()
    {
        var factory = site.Factory;
        var programme = await factory.MentoringProgrammeAsync();
        var mentorPerson = await factory.MentorWithAccountAsync(programme, "Cláudia Reis");
        var hana = await factory.MenteeWithAccountAsync(programme, "Hana Saleh", reads: "ar");
        var manager = await site.VisitorAsync(Demo.ManagerPt);
        await manager.ApproveAsync(programme, hana.Id);
        var id = (await manager.OnlyProcessAsync(programme)).GetProperty("id").GetGuid();

        var mentee = await site.NewPageAsync(360, 800);
        await site.SignInAsync(mentee, hana.Email, MentoringArrangements.Password);
        await mentee.GotoAsync($"/Mentoring/{id}");
        await mentee.Locator("#raise-concern-here").ClickAsync();
        Assert.Equal("rtl", await mentee.GetAttributeAsync("html", "dir"));
        await mentee.Locator("#concern-form").WaitForAsync();
        Assert.Equal(id.ToString(), await mentee.Locator("#c-about").InputValueAsync());
        await PageChecks.OnPhoneAsync(mentee);
        await mentee.Locator("#c-topic-Relationship").CheckAsync();
        await mentee.Locator("#c-text").FillAsync("يطلب مني المرشد أن أدفع له مقابل المساعدة في إيجاد عمل.");
        await mentee.Locator("#c-wants-yes").CheckAsync();
        await mentee.Locator("#concern-form button[type=submit]").ClickAsync();
        await mentee.Locator("#c-way-error").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await mentee.Locator("#c-way-error").TextContentAsync()));
        await PageChecks.OnPhoneAsync(mentee);
        await mentee.Locator("#c-way-Phone").CheckAsync();
        await mentee.Locator("#concern-form button[type=submit]").ClickAsync();
        await mentee.Locator("#concern-sent").WaitForAsync();
        await PageChecks.OnPhoneAsync(mentee);
        await BrowserSite.ScreenshotAsync(mentee, "concern-raised-ar-360");

        var concern = await factory.WithDbAsync(db => db.Concerns.SingleAsync(c => c.RaisedByParticipantId == hana.Id));
        var page = await site.NewPageAsync(360, 800);
        await site.SignInAsync(page, Demo.ManagerPt);
        await page.GotoAsync("/Concerns");
        await page.Locator($"#concerns tr[data-concern='{concern.Id}'] a").ClickAsync();
        await page.Locator("#concern-text").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        await page.Locator("#protect-form button").ClickAsync();
        await page.Locator("p.flash").WaitForAsync();
        Assert.Equal("InProgress", await page.GetAttributeAsync("#concern-status", "data-status"));
        await PageChecks.OnPhoneAsync(page);
        await BrowserSite.ScreenshotAsync(page, "concern-manager-pt-360");
        await page.GotoAsync("/Concerns");
        await PageChecks.OnPhoneAsync(page);
        _ = mentorPerson;
    }
}
