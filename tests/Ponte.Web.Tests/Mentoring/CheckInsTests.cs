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
/// Check-ins with the clock moved and the real SMTP server: a monthly programme's check-ins go out
/// on time and once, answers are read only by the person and the managers, an unanswered one is
/// reminded once and then counts as silence, the fit check follows the first logged meeting and
/// "not a good fit" alerts the managers; the quiet pair lands on the needs-attention list with its reasons.
/// </summary>
public abstract class CheckInsTests(MailingFactory factory) : MailingTest(factory)
{
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

    private static Guid OnlyCheckIn(JsonElement list, string kind) =>
        list.EnumerateArray().Single(c => c.GetProperty("kind").GetString() == kind).GetProperty("id").GetGuid();

    [Fact]
    public async Task A_monthly_programmes_check_ins_go_out_once_are_read_by_the_right_people_and_a_quiet_pair_needs_attention()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var name = await Factory.WithDbAsync(db => db.Programmes.Where(p => p.Id == programme).Select(p => p.Name).SingleAsync());
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var id = await Factory.ActivateAsync(manager, programme, ana, olena);
        var activeSince = Factory.Clock.GetUtcNow();

        // Not a moment before the month is up; then one each, however often the job looks.
        AdvanceTo(activeSince.AddMonths(1).AddMinutes(-1));
        await DeliverAsync();
        Assert.Empty(Mail(olena.Email, "How is your mentoring going?"));
        AdvanceTo(activeSince.AddMonths(1).AddHours(1));
        await DeliverAsync();
        var asked = Assert.Single(Mail(olena.Email, "How is your mentoring going?"));
        Assert.Contains(name, asked.Subject, StringComparison.Ordinal);
        Assert.Single(Mail(ana.Email, "How is your mentoring going?"));

        // The mentee answers over the API; bad input is a ProblemDetails naming the field, and nothing is lost.
        var mentee = await Factory.SignedInAsync(olena);
        var mine = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/check-ins?processId={id}");
        var checkIn = OnlyCheckIn(mine, "Periodic");
        Assert.Contains($"/CheckIns/{checkIn}", asked.TextBody, StringComparison.Ordinal);
        var bad = await (await mentee.PostJsonAsync($"/api/check-ins/{checkIn}/answer", new { score = 7, meetingsHappened = false })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("score", out _), bad.ToString());
        var missing = await (await mentee.PostJsonAsync($"/api/check-ins/{checkIn}/answer", new { score = 2 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("meetingsHappened", out _), missing.ToString());
        var nothing = await (await mentee.PostJsonAsync($"/api/check-ins/{checkIn}/answer", new { })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["meetingsHappened", "score"], nothing.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        var answered = await (await mentee.PostJsonAsync($"/api/check-ins/{checkIn}/answer",
            new { score = 2, meetingsHappened = false, forOrganisation = "We could not find a time to meet." })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Answered", answered.GetProperty("state").GetString());
        var again = await mentee.PostJsonAsync($"/api/check-ins/{checkIn}/answer", new { score = 5, meetingsHappened = true });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // Her answer is hers and the managers': the mentor finds no such check-in; the manager reads it but cannot answer it.
        var mentor = await Factory.SignedInAsync(ana);
        manager = await As(Demo.ManagerPt); // a month on, her earlier session has expired
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.Http.GetAsync($"/api/check-ins/{checkIn}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.Http.GetAsync($"/CheckIns/{checkIn}")).StatusCode);
        Assert.DoesNotContain(checkIn, (await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/check-ins?processId={id}")).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        var read = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/check-ins/{checkIn}");
        Assert.Equal("We could not find a time to meet.", read.GetProperty("forOrganisation").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync($"/api/check-ins/{checkIn}/answer", new { score = 4, meetingsHappened = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await As(Demo.ManagerFi)).Http.GetAsync($"/api/check-ins/{checkIn}")).StatusCode);

        // The mentor does not answer: one reminder, then silence.
        var mentorsCheckIn = OnlyCheckIn(await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/check-ins?processId={id}"), "Periodic");
        AdvanceTo(Factory.Clock.GetUtcNow() + CheckIn.RemindAfter);
        await DeliverAsync();
        Assert.Single(Mail(ana.Email, "Reminder: your check-in"));
        Assert.Empty(Mail(olena.Email, "Reminder: your check-in"));
        AdvanceTo(Factory.Clock.GetUtcNow() + CheckIn.SilentAfter);
        await DeliverAsync();
        Assert.Single(Mail(ana.Email, "Reminder: your check-in"));
        (manager, mentor, mentee) = (await As(Demo.ManagerPt), await Factory.SignedInAsync(ana), await Factory.SignedInAsync(olena));
        Assert.Equal("Silent", (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/check-ins/{mentorsCheckIn}")).GetProperty("state").GetString());

        // No meeting logged for well over 21 days, a silent check-in and a low score: the pair needs attention, each reason named.
        var attention = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/needs-attention?programmeId={programme}");
        var row = Assert.Single(attention.EnumerateArray());
        Assert.Equal(id, row.GetProperty("processId").GetGuid());
        Assert.Equal(
            ["CheckInsUnanswered", "LowCheckInScore", "NoMeetingLogged"],
            row.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("reason").GetString()).Order(StringComparer.Ordinal));
        var page = await manager.GetPageAsync($"/Mentoring/Attention?programmeId={programme}");
        Assert.NotNull(page.QuerySelector($"li[data-process='{id}'] li[data-reason='NoMeetingLogged']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await mentee.Http.GetAsync("/api/needs-attention")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.Http.GetAsync("/Mentoring/Attention")).StatusCode);

        // The first logged meeting brings the fit check; "not a good fit" alerts the managers at once.
        await (await mentor.PostJsonAsync($"/api/processes/{id}/meetings/log", new
        {
            heldAt = Factory.Clock.GetUtcNow().AddHours(-2), minutes = 60, mode = "InPerson", topics = new[] { "LabourMarketOrientation" },
        })).JsonAsync(HttpStatusCode.Created);
        AdvanceTo(Factory.Clock.GetUtcNow().AddHours(1)); // the job looks every hour
        await DeliverAsync();
        Assert.Single(Mail(olena.Email, "Is it a good fit?"));
        Assert.Single(Mail(ana.Email, "Is it a good fit?"));
        var fit = OnlyCheckIn(await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/check-ins?processId={id}"), "FitCheck");
        var wrongAnswer = await (await mentee.PostJsonAsync($"/api/check-ins/{fit}/answer", new { score = 3, meetingsHappened = true })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(wrongAnswer.GetProperty("errors").TryGetProperty("fit", out _), wrongAnswer.ToString());
        await (await mentee.PostJsonAsync($"/api/check-ins/{fit}/answer", new { fit = "NotAGoodFit" })).JsonAsync(HttpStatusCode.OK);
        await DeliverAsync();
        // Portugal's manager reads Portuguese: the alert is the one message to her about this process.
        var alert = Assert.Single(_site.Smtp.To(Demo.ManagerPt), m => m.TextBody?.Contains($"/Mentoring/{id}", StringComparison.Ordinal) == true);
        Assert.Contains(name, alert.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Olena", alert.TextBody, StringComparison.Ordinal);
        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/needs-attention?programmeId={programme}");
        var reasons = Assert.Single(after.EnumerateArray()).GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("reason").GetString()).ToList();
        Assert.Equal("NotAGoodFit", reasons[0]);
        Assert.DoesNotContain("NoMeetingLogged", reasons);
    }

    [Fact]
    public async Task A_mentee_answers_her_check_in_on_the_page_and_a_missing_answer_is_named_beside_its_field()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var id = await Factory.ActivateAsync(manager, programme, ana, olena);

        // The programme's quiet threshold is a manager's setting, 7 to 120 days.
        var refused = await (await manager.PutJsonAsync($"/api/programmes/{programme}", new { noMeetingAlertDays = 3 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("noMeetingAlertDays", out _), refused.ToString());
        var set = await (await manager.PutJsonAsync($"/api/programmes/{programme}", new { noMeetingAlertDays = 30 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(30, set.GetProperty("noMeetingAlertDays").GetInt32());

        var checkIn = await Factory.AskCheckInAsync(id, olena.Id);

        var mentee = await Factory.SignedInAsync(olena);
        // Found from her own page, not only from its mail.
        var mine = await mentee.GetPageAsync("/Mentoring/Me");
        Assert.Equal([$"/CheckIns/{checkIn}"], mine.QuerySelectorAll("a.waiting-check-in").Select(a => a.GetAttribute("href")));
        var (noScore, noScorePage) = await mentee.SubmitAsync($"/CheckIns/{checkIn}", new Dictionary<string, string?>
        {
            ["Input.MeetingsHappened"] = "true", ["Input.ForOrganisation"] = "All good so far.",
        }, "#check-in-form");
        Assert.Equal(HttpStatusCode.OK, noScore.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(noScorePage.QuerySelector("#c-score-error")?.TextContent));
        Assert.Equal("All good so far.", noScorePage.QuerySelector("#c-note")?.TextContent);
        var (sent, _) = await mentee.SubmitAsync($"/CheckIns/{checkIn}", new Dictionary<string, string?>
        {
            ["Input.Score"] = "4", ["Input.MeetingsHappened"] = "true", ["Input.ForOrganisation"] = "All good so far.",
        }, "#check-in-form");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var shown = await mentee.GetPageAsync($"/CheckIns/{checkIn}");
        Assert.NotNull(shown.QuerySelector("#answer"));
        Assert.Null(shown.QuerySelector("#check-in-form"));
        Assert.Empty((await mentee.GetPageAsync("/Mentoring/Me")).QuerySelectorAll("a.waiting-check-in"));
        var stored = await Factory.WithDbAsync(db => db.CheckIns.AsNoTracking().SingleAsync(c => c.Id == checkIn));
        Assert.Equal((4, true, "All good so far."), (stored.Score!.Value, stored.MeetingsHappened!.Value, stored.ForOrganisation!));
    }
}

public sealed class SqliteCheckInsTests(SqliteMailingFactory f) : CheckInsTests(f), IClassFixture<SqliteMailingFactory>;

public sealed class PostgresCheckInsTests(PostgresMailingFactory f) : CheckInsTests(f), IClassFixture<PostgresMailingFactory>;

/// <summary>Two site processes on one PostgreSQL database ask each check-in once.</summary>
[Collection(nameof(RecordingJob))]
public sealed class CheckInsOnTwoSitesTests
{
    [Fact]
    public async Task Two_sites_on_one_postgres_database_ask_each_check_in_once()
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

        var month = first.Clock.GetUtcNow().AddMonths(1).AddHours(1);
        first.Clock.Advance(month - first.Clock.GetUtcNow());
        second.Clock.Advance(month - second.Clock.GetUtcNow());
        var a = first.Services.GetRequiredService<JobRunner>();
        var b = second.Services.GetRequiredService<JobRunner>();
        for (var round = 0; round < 3; round++)
            await Task.WhenAll(Enumerable.Range(0, 4).Select(k => Task.Run(() => (k % 2 == 0 ? a : b).RunDueAsync())));

        var checkIns = await first.WithDbAsync(db => db.CheckIns.AsNoTracking().Where(c => c.ProcessId == id).ToListAsync());
        Assert.Equal(new[] { ana.Id, olena.Id }.Order(), checkIns.Select(c => c.ParticipantId).Order());
        Assert.All(checkIns, c => Assert.Equal((CheckInKind.Periodic, 1), (c.Kind, c.Round)));
        var mail = await first.WithDbAsync(db => db.Outbox.AsNoTracking()
            .Where(m => (m.To == ana.Email || m.To == olena.Email) && m.Template == "CheckIn.Periodic").CountAsync());
        Assert.Equal(2, mail);
    }
}
