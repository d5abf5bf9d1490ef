using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ponte.Data.Jobs;
using Ponte.Domain.Mentoring;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Platform;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>
/// The follow-ups after leaving with the clock moved and the real SMTP server: four weeks and six
/// months after the local date her process closed she is asked, in her language, "what is your
/// situation now?"; one reminder a week on, then silence; her answer (or a manager's, for her)
/// stops the reminder; only she and her organisation's managers reach it.
/// </summary>
public abstract class FollowUpsTests(MailingFactory factory) : MailingTest(factory)
{
    private static readonly TimeZoneInfo Lisbon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Lisbon");

    private const string AskedInArabic = "ما هو وضعك الآن؟";

    private readonly MailingFactory _site = factory;

    private async Task DeliverAsync()
    {
        // Twice: a second pass finds nothing new to send.
        await _site.Services.GetRequiredService<JobRunner>().RunDueAsync();
        await _site.Services.GetRequiredService<JobRunner>().RunDueAsync();
    }

    private List<MimeMessage> Mail(string to, string subjectStart) =>
        _site.Smtp.To(to).Where(m => m.Subject?.StartsWith(subjectStart, StringComparison.Ordinal) == true).ToList();

    private void AdvanceTo(DateTimeOffset at) => Factory.Clock.Advance(at - Factory.Clock.GetUtcNow());

    /// <summary>The instant the local day <paramref name="days"/> after the leaving date begins in Lisbon (the Portuguese organisation's zone).</summary>
    private static DateTimeOffset LocalDayStart(DateTimeOffset closedAt, int days)
    {
        var leftOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closedAt, Lisbon).DateTime);
        var local = leftOn.AddDays(days).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Lisbon.GetUtcOffset(local));
    }

    /// <summary>A pair activated and closed as completed; the mentee reads Arabic. Returns the process, the people and when it closed.</summary>
    private async Task<(Guid Id, Guid Programme, Person Mentor, Person Mentee, DateTimeOffset ClosedAt)> ClosedAsync()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var amal = await Factory.MenteeWithAccountAsync(programme, "Amal Haddad", reads: "ar");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, amal.Id);
        var id = await Factory.ActivateAsync(manager, programme, ana, amal);
        await (await manager.PostJsonAsync($"/api/processes/{id}/close", new
        {
            outcome = "Completed",
            situations = new[] { new { menteeId = amal.Id, situation = "JobSearching", languageLevel = "A2" } },
        })).JsonAsync(HttpStatusCode.OK);
        return (id, programme, ana, amal, Factory.Clock.GetUtcNow());
    }

    private static JsonElement Only(JsonElement list, string kind) =>
        list.EnumerateArray().Single(f => f.GetProperty("kind").GetString() == kind);

    [Fact]
    public async Task Follow_ups_go_out_on_their_local_days_in_her_language_are_reminded_once_then_silent_and_a_manager_records_her_answer()
    {
        var (id, programme, ana, amal, closedAt) = await ClosedAsync();
        var manager = await As(Demo.ManagerPt);

        // Before any is asked, the managers see both coming with their due dates; she sees none yet.
        var coming = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/follow-ups");
        Assert.Equal(["Due", "Due"], coming.EnumerateArray().Select(f => f.GetProperty("status").GetString()));
        Assert.Equal(DateOnly.FromDateTime(LocalDayStart(closedAt, 28).DateTime).ToString("yyyy-MM-dd", null), Only(coming, "FourWeeks").GetProperty("dueOn").GetString());
        Assert.Empty((await (await Factory.SignedInAsync(amal)).Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/follow-ups")).EnumerateArray());

        // Not a minute before the 28th local day; then once, in Arabic, with a link straight to her form.
        AdvanceTo(LocalDayStart(closedAt, 28).AddMinutes(-1));
        await DeliverAsync();
        Assert.Empty(Mail(amal.Email, AskedInArabic));
        AdvanceTo(LocalDayStart(closedAt, 28).AddHours(1));
        await DeliverAsync();
        var asked = Assert.Single(Mail(amal.Email, AskedInArabic));
        Assert.Empty(Mail(ana.Email, "What is your situation now?"));
        var mentee = await Factory.SignedInAsync(amal);
        var mine = Only(await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/follow-ups"), "FourWeeks");
        var fourWeeks = mine.GetProperty("id").GetGuid();
        Assert.Contains($"/Mentoring/FollowUp/{fourWeeks}", asked.TextBody, StringComparison.Ordinal);

        // Found on her own page while it waits.
        var me = await mentee.GetPageAsync("/Mentoring/Me");
        Assert.Equal([$"/Mentoring/FollowUp/{fourWeeks}"], me.QuerySelectorAll("a.waiting-follow-up").Select(a => a.GetAttribute("href")));

        // One reminder a week on, then silence: no second reminder.
        AdvanceTo(Factory.Clock.GetUtcNow() + FollowUp.RemindAfter);
        await DeliverAsync();
        Assert.Single(Mail(amal.Email, "تذكير"));
        AdvanceTo(Factory.Clock.GetUtcNow() + FollowUp.SilentAfter);
        await DeliverAsync();
        Assert.Single(Mail(amal.Email, "تذكير"));
        manager = await As(Demo.ManagerPt);
        Assert.Equal("Silent", Only(await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/follow-ups"), "FourWeeks").GetProperty("status").GetString());

        // Her mentor and another organisation's manager reach nothing of it.
        var mentor = await Factory.SignedInAsync(ana);
        Assert.Empty((await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/follow-ups")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.Http.GetAsync($"/Mentoring/FollowUp/{fourWeeks}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.PostJsonAsync($"/api/processes/{id}/follow-ups/{fourWeeks}/answer", new { situation = "Employed" })).StatusCode);
        var finland = await As(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.Http.GetAsync($"/api/processes/{id}/follow-ups")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.PostJsonAsync($"/api/processes/{id}/follow-ups/{fourWeeks}/answer", new { situation = "Employed" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.Http.GetAsync($"/Mentoring/FollowUp/{fourWeeks}")).StatusCode);

        // She told the manager on the phone: bad input names its field, then the answer is recorded for her, once.
        var bad = await (await manager.PostJsonAsync($"/api/processes/{id}/follow-ups/{fourWeeks}/answer", new { situation = "Rich" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("situation", out _), bad.ToString());
        var missing = await (await manager.PostJsonAsync($"/api/processes/{id}/follow-ups/{fourWeeks}/answer", new { qualification = new string('x', 201) })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["qualification", "situation"], missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        var recorded = await (await manager.PostJsonAsync($"/api/processes/{id}/follow-ups/{fourWeeks}/answer",
            new { situation = "Employed", qualification = "Food hygiene certificate", languageLevel = "B1" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Answered", "Employed", true), (recorded.GetProperty("status").GetString(), recorded.GetProperty("situation").GetString(), recorded.GetProperty("recordedForHer").GetBoolean()));
        mentee = await Factory.SignedInAsync(amal); // two weeks on, her earlier session has expired
        var twice = await (await mentee.PostJsonAsync($"/api/processes/{id}/follow-ups/{fourWeeks}/answer", new { situation = "Inactive" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("FollowUpAnswered", twice.GetProperty("code").GetString());
        Assert.Empty((await mentee.GetPageAsync("/Mentoring/Me")).QuerySelectorAll("a.waiting-follow-up"));
        var hers = await mentee.GetPageAsync($"/Mentoring/FollowUp/{fourWeeks}");
        Assert.Equal("Employed", hers.QuerySelector("#answer-situation")?.GetAttribute("data-situation"));

        // The closed process page shows the managers each follow-up with its answer.
        var page = await manager.GetPageAsync($"/Mentoring/{id}");
        Assert.NotNull(page.QuerySelector($"#follow-ups li[data-kind=FourWeeks][data-status=Answered][data-mentee='{amal.Id}']"));
        Assert.NotNull(page.QuerySelector("#follow-ups li[data-kind=SixMonths][data-status=Due]"));

        // Six months on: asked once; her answer on the page stops the reminder.
        AdvanceTo(LocalDayStart(closedAt, 182).AddHours(1));
        await DeliverAsync();
        Assert.Single(Mail(amal.Email, "بعد ستة أشهر"));
        mentee = await Factory.SignedInAsync(amal);
        var sixMonths = Only(await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/follow-ups"), "SixMonths").GetProperty("id").GetGuid();
        var (refused, refusedPage) = await mentee.SubmitAsync($"/Mentoring/FollowUp/{sixMonths}", new Dictionary<string, string?>
        {
            ["Input.Qualification"] = "Diploma in pastry",
        }, "#follow-up-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(refusedPage.QuerySelector("#f-situation-error")?.TextContent));
        Assert.Equal("Diploma in pastry", refusedPage.QuerySelector("#f-qualification")?.GetAttribute("value"));
        var (sent, _) = await mentee.SubmitAsync($"/Mentoring/FollowUp/{sixMonths}", new Dictionary<string, string?>
        {
            ["Input.Situation"] = "SelfEmployed", ["Input.Qualification"] = "Diploma in pastry", ["Input.LanguageLevel"] = "",
        }, "#follow-up-form");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        AdvanceTo(Factory.Clock.GetUtcNow() + FollowUp.RemindAfter + FollowUp.SilentAfter);
        await DeliverAsync();
        Assert.Single(Mail(amal.Email, "تذكير"));
        var stored = await Factory.WithDbAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == sixMonths));
        Assert.Equal((FollowUpState.Answered, LabourMarketSituation.SelfEmployed, "Diploma in pastry", (CefrLevel?)null, false),
            (stored.State, stored.Situation, stored.Qualification, stored.LanguageLevel, stored.RecordedForHer));
        Assert.Equal(2, await Factory.WithDbAsync(db => db.FollowUps.CountAsync(f => f.ProcessId == id)));

        // The six-month answer is the programme's result six months after leaving (EECR05), her
        // four-week answer came too late to be her situation on leaving (EECR04 stays at none).
        var leftOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closedAt, Lisbon).DateTime);
        var answeredOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Factory.Clock.GetUtcNow(), Lisbon).DateTime);
        var figures = await (await As(Demo.ManagerPt)).Http.GetFromJsonAsync<JsonElement>(
            $"/api/reports/indicators?from={leftOn:yyyy-MM-dd}&to={answeredOn:yyyy-MM-dd}&programmeId={programme}");
        decimal Total(string code) => figures.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == code && (!r.TryGetProperty("by", out var by) || by.ValueKind == JsonValueKind.Null))
            .GetProperty("cumulative").GetDecimal();
        Assert.Equal((1m, 1m, 0m), (Total("LEFT"), Total("EECR05"), Total("EECR04")));
    }
}

public sealed class SqliteFollowUpsTests(SqliteMailingFactory f) : FollowUpsTests(f), IClassFixture<SqliteMailingFactory>;

public sealed class PostgresFollowUpsTests(PostgresMailingFactory f) : FollowUpsTests(f), IClassFixture<PostgresMailingFactory>;

/// <summary>Two site processes on one PostgreSQL database ask each follow-up once.</summary>
[Collection(nameof(RecordingJob))]
public sealed class FollowUpsOnTwoSitesTests
{
    [Fact]
    public async Task Two_sites_on_one_postgres_database_ask_each_follow_up_once()
    {
        PonteFactory.RequireAvailable(Db.Postgres);
        await using var first = new JobsNode(Db.Postgres);
        await first.InitializeAsync();
        await using var second = new JobsNode(first.PostgresDatabase);
        await second.InitializeAsync();

        var programme = await first.MentoringProgrammeAsync();
        var ana = await first.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await first.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await first.SignedInAsync(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var id = await first.ActivateAsync(manager, programme, ana, olena);
        await (await manager.PostJsonAsync($"/api/processes/{id}/close", new
        {
            outcome = "Completed",
            situations = new[] { new { menteeId = olena.Id, situation = "JobSearching", languageLevel = "A2" } },
        })).JsonAsync(HttpStatusCode.OK);

        var due = first.Clock.GetUtcNow().AddDays(FollowUpSchedule.FourWeeksDays + 1);
        first.Clock.Advance(due - first.Clock.GetUtcNow());
        second.Clock.Advance(due - second.Clock.GetUtcNow());
        var a = first.Services.GetRequiredService<JobRunner>();
        var b = second.Services.GetRequiredService<JobRunner>();
        for (var round = 0; round < 3; round++)
            await Task.WhenAll(Enumerable.Range(0, 4).Select(k => Task.Run(() => (k % 2 == 0 ? a : b).RunDueAsync())));

        var followUp = Assert.Single(await first.WithDbAsync(db => db.FollowUps.AsNoTracking().Where(f => f.ProcessId == id).ToListAsync()));
        Assert.Equal((olena.Id, FollowUpKind.FourWeeks), (followUp.ParticipantId, followUp.Kind));
        var mail = await first.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == olena.Email && m.Template == "FollowUp.FourWeeks").CountAsync());
        Assert.Equal(1, mail);
    }
}
