using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Ponte.Browser.Tests.Infrastructure;
using Ponte.Domain.Mentoring;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentoring;

namespace Ponte.Browser.Tests;

/// <summary>
/// A mentee's part in keeping her process alive and closing it, in Arabic on a 360 px phone: she
/// answers her check-in, raises a concern from that page, and after the close fills in her own final
/// form and the joint one. Every page passes axe and none scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeepingAliveInBrowser(BrowserSite site) : IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        BrowserSite.RequireBrowser();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>An active pair (agreement accepted by all three), the mentee with one goal in her plan.</summary>
    private async Task<(Guid Id, Guid Programme, Person Mentee, Visitor Manager, Guid Goal)> ActivePairAsync()
    {
        var factory = site.Factory;
        var programme = await factory.MentoringProgrammeAsync();
        var mentor = await factory.MentorWithAccountAsync(programme, "Inês Duarte");
        var amal = await factory.MenteeWithAccountAsync(programme, "Amal Yousef", reads: "ar");
        var manager = await site.VisitorAsync(Demo.ManagerPt, Visitor.DemoPassword);
        await manager.ApproveAsync(programme, amal.Id);
        await (await manager.PutJsonAsync($"/api/programmes/{programme}/agreement-templates/en", MentoringArrangements.Sections())).JsonAsync(HttpStatusCode.Created);
        var id = (await manager.OnlyProcessAsync(programme)).GetProperty("id").GetGuid();
        await (await manager.PostJsonAsync($"/api/processes/{id}/agreement",
            new { language = "en", goals = "Find work as a pharmacy assistant.", meetingRhythm = "Fortnightly", durationMonths = 6 })).JsonAsync(HttpStatusCode.OK);
        foreach (var (person, role) in new[] { (amal, "Mentee"), (mentor, "Mentor") })
        {
            var visitor = await site.VisitorAsync(person.Email, MentoringArrangements.Password);
            await (await visitor.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role })).JsonAsync(HttpStatusCode.OK);
        }

        var active = await (await manager.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Organisation" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", active.GetProperty("status").GetString());

        var mentee = await site.VisitorAsync(amal.Email, MentoringArrangements.Password);
        var added = await (await mentee.PostJsonAsync($"/api/processes/{id}/plans/{amal.Id}/goals",
            new { area = "LabourMarketOrientation", what = "عمل في صيدلية", measure = "عقد عمل" })).JsonAsync(HttpStatusCode.OK);
        var goal = added.GetProperty("goals").EnumerateArray().Single().GetProperty("id").GetGuid();
        return (id, programme, amal, manager, goal);
    }

    [Fact]
    public async Task A_mentee_answers_her_check_in_raises_a_concern_and_fills_in_her_final_forms_in_arabic_on_a_phone()
    {
        var factory = site.Factory;
        var (id, _, amal, manager, goal) = await ActivePairAsync();

        // Her first monthly check-in, as the check-ins job asks it (the job's timing has its own tests;
        // moving this shared site's clock a month would end the other browser tests' sessions).
        var checkIn = await factory.AskCheckInAsync(id, amal.Id);

        var page = await site.NewPageAsync(360, 800);
        await site.SignInAsync(page, amal.Email, MentoringArrangements.Password);
        await page.GotoAsync($"/CheckIns/{checkIn}");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        await page.Locator("#check-in-form").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);

        // Sent with nothing chosen: each question says what is missing, by the question.
        await page.Locator("#check-in-form button[type=submit]").ClickAsync();
        await page.Locator("#c-score-error:not(:empty)").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#c-met-error").TextContentAsync()));
        await PageChecks.OnPhoneAsync(page);
        await page.Locator("#c-score-4").CheckAsync();
        await page.Locator("#c-met-yes").CheckAsync();
        await page.Locator("#c-note").FillAsync("التقينا مرتين، والأمور تسير بشكل جيد.");
        await page.Locator("#check-in-form button[type=submit]").ClickAsync();
        await page.Locator("section#answer").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        await BrowserSite.ScreenshotAsync(page, "check-in-answered-ar-360");
        var answered = await factory.WithDbAsync(db => db.CheckIns.AsNoTracking().SingleAsync(c => c.Id == checkIn));
        Assert.Equal((CheckInState.Answered, 4, true), (answered.State, answered.Score, answered.MeetingsHappened));

        // A concern, raised from the page she is on.
        await page.Locator("#raise-concern").ClickAsync();
        await page.Locator("#concern-form").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        await page.Locator("#c-topic-PaidServicesOrExploitation").CheckAsync();
        await page.Locator("#c-text").FillAsync("عرض عليّ شخص في الفعالية عملاً مقابل المال.");
        await page.Locator("#c-wants-no").CheckAsync();
        await page.Locator("#concern-form button[type=submit]").ClickAsync();
        await page.Locator("#concern-sent").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Concerns.CountAsync(c => c.RaisedByParticipantId == amal.Id)));

        // The manager closes the process; her own form, then the joint one.
        await (await manager.PostJsonAsync($"/api/processes/{id}/close", new
        {
            outcome = "Completed",
            situations = new[] { new { menteeId = amal.Id, situation = "InTraining", languageLevel = "A2" } },
        })).JsonAsync(HttpStatusCode.OK);
        await page.GotoAsync($"/Mentoring/{id}");
        await page.Locator("#my-form-link").ClickAsync();
        await page.Locator("#evaluation-form").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        await page.Locator("#evaluation-form button[type=submit]").ClickAsync();
        await page.Locator("#satisfaction-error:not(:empty)").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        await page.Locator("#experience").FillAsync("كانت مرشدتي صبورة وساعدتني في كتابة سيرتي الذاتية.");
        await page.Locator("#satisfaction-5").CheckAsync();
        await page.Locator("#what-changed").FillAsync("أصبحت أثق بنفسي في المقابلات.");
        await page.Locator("#evaluation-form button[type=submit]").ClickAsync();
        await page.Locator("p.flash").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        var mine = await factory.WithDbAsync(db => db.IndividualEvaluations.AsNoTracking().SingleAsync(e => e.ProcessId == id && e.ParticipantId == amal.Id));
        Assert.Equal(5, mine.Satisfaction);

        await page.Locator("a.joint-link").ClickAsync();
        await page.Locator("#joint-form").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        await page.Locator("#rating-0-Partly").CheckAsync();
        await page.Locator("#evidence-0").FillAsync("بدأت تدريباً في صيدلية.");
        await page.Locator("#summary").FillAsync("تقدّم واضح، والعمل هو الخطوة التالية.");
        await page.Locator("#joint-form button[type=submit]").ClickAsync();
        await page.Locator("p.flash").WaitForAsync();
        await PageChecks.OnPhoneAsync(page);
        var joint = await factory.WithDbAsync(db => db.JointEvaluations.AsNoTracking().SingleAsync(e => e.ProcessId == id && e.MenteeId == amal.Id));
        Assert.Equal(GoalAchievement.Partly, joint.Ratings.Single(r => r.GoalId == goal).Achievement);
        await page.GotoAsync($"/Mentoring/{id}/Joint/{amal.Id}");
        await PageChecks.OnPhoneAsync(page);
        await BrowserSite.ScreenshotAsync(page, "joint-evaluation-ar-360");
    }
}
