using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>A mentor's and a mentee's own page: her processes, the next meeting, contacts once active, her times and places.</summary>
public abstract class SelfServiceTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task A_mentors_capacity_counts_from_the_next_matching_run()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        var mentor = await Factory.SignedInAsync(ana);

        // She takes no one for now: the board proposes nobody for her.
        var page = await mentor.GetPageAsync("/Mentoring/Me");
        Assert.NotEmpty(page.QuerySelectorAll("input[name=Slots][checked]"));
        Assert.Equal("1", page.QuerySelector("#capacity")?.GetAttribute("value"));
        var form = new Dictionary<string, string?> { ["Capacity"] = "0" };
        var (saved, _) = await mentor.SubmitAsync("/Mentoring/Me", form, "#availability-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var manager = await As(Demo.ManagerPt);
        var run = await (await manager.PostJsonAsync($"/api/programmes/{programme}/matching-runs", new { })).JsonAsync(HttpStatusCode.Created);
        Assert.Empty(run.GetProperty("proposals").EnumerateArray());

        // Two, in a one-to-one programme: both mentees are proposed to her, each becoming a process of its own.
        (saved, _) = await mentor.SubmitAsync("/Mentoring/Me", new Dictionary<string, string?> { ["Capacity"] = "2" }, "#availability-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await manager.ApproveAsync(programme, olena.Id);
        await manager.ApproveAsync(programme, iryna.Id);
        var list = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes?programmeId={programme}&mentorId={ana.Id}");
        Assert.Equal(2, list.GetProperty("total").GetInt32());

        // Nonsense is refused beside its field and nothing changes.
        var (refused, refusedPage) = await mentor.SubmitAsync("/Mentoring/Me", new Dictionary<string, string?> { ["Capacity"] = "11" }, "#availability-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(refusedPage.QuerySelector("#capacity-error")?.TextContent));
        // A field named with no value sends none of its boxes: no time ticked at all.
        var (noTime, noTimePage) = await mentor.SubmitAsync("/Mentoring/Me", new Dictionary<string, string?> { ["Slots"] = null }, "#availability-form");
        Assert.Equal(HttpStatusCode.OK, noTime.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(noTimePage.QuerySelector("#slots-error")?.TextContent));
        Assert.Equal(2, await Factory.WithDbAsync(db => db.Participants.Where(p => p.Id == ana.Id).Select(p => p.MentorCapacity).SingleAsync()));
    }

    [Fact]
    public async Task A_mentee_sees_her_process_her_next_meeting_and_her_mentors_contact_only_once_active()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var mentee = await Factory.SignedInAsync(olena);
        var page = await mentee.GetPageAsync("/Mentoring/Me");
        var card = Assert.Single(page.QuerySelectorAll(".my-process"));
        Assert.Contains("Ana Costa", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.Email, card.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#capacity"));

        var id = await Factory.ActivateAsync(manager, programme, ana, olena);
        var mentor = await Factory.SignedInAsync(ana);
        await (await mentor.PutJsonAsync($"/api/processes/{id}/contact-sharing", new { sharing = "Both" })).JsonAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/processes/{id}/meetings", new { startsAt = Factory.Clock.GetUtcNow().AddDays(2), minutes = 60, mode = "Online", link = "https://meet.example.org/ana" }))
            .JsonAsync(HttpStatusCode.Created);

        page = await mentee.GetPageAsync("/Mentoring/Me");
        card = Assert.Single(page.QuerySelectorAll(".my-process"));
        Assert.Contains(ana.Email, card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector(".next-meeting a"));
        Assert.NotNull(page.QuerySelector("#smile-link"));
        var home = await mentee.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("#my-mentoring"));
        var denied = await manager.Http.GetAsync("/Mentoring/Me");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location?.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

public sealed class SqliteSelfServiceTests(SqliteFactory f) : SelfServiceTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresSelfServiceTests(PostgresFactory f) : SelfServiceTests(f), IClassFixture<PostgresFactory>;
