using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ponte.Data.Jobs;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Screening;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Platform;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>
/// The SMILE self-assessment asked again at the programme's interval, with the clock moved and the
/// real SMTP server: asked on time and once, reminded once, then silent (and not on the
/// needs-attention list); answered by her self-assessment so no reminder follows, the next request
/// one interval on; her trend beside her plan; her request opened by no one but her and her managers.
/// </summary>
public abstract class SelfAssessmentAgainTests(MailingFactory factory) : MailingTest(factory)
{
    private const string Asked = "Time for your self-assessment";
    private const string Reminded = "Reminder: your self-assessment";
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

    private static object Ratings(int score, int hardSkills) => Indicators.All
        .Select(i => new { indicator = i.ToString(), score = i == Indicator.HardSkills ? hardSkills : score }).ToArray();

    /// <summary>A pair made active now, in a programme that asks every six weeks and checks in quarterly (so no periodic check-in falls silent first).</summary>
    private async Task<(Guid Programme, Guid Process, Person Mentor, Person Mentee, DateTimeOffset ActiveSince)> ActivePairAsync()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);

        // The interval is a manager's setting, 6 to 26 weeks: out of range is a ProblemDetails naming the field.
        var refused = await (await manager.PutJsonAsync($"/api/programmes/{programme}", new { selfAssessmentIntervalWeeks = 5 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("selfAssessmentIntervalWeeks", out _), refused.ToString());
        var set = await (await manager.PutJsonAsync($"/api/programmes/{programme}", new { selfAssessmentIntervalWeeks = 6, checkInRhythm = "Quarterly" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(6, set.GetProperty("selfAssessmentIntervalWeeks").GetInt32());

        // Her intake screening, before the match: the interval counts from the day the process became active.
        await (await manager.PostJsonAsync($"/api/participants/{olena.Id}/assessments",
            new { mode = "WithStaff", takenAt = Factory.Clock.GetUtcNow().AddDays(-20), ratings = Ratings(3, 2) })).JsonAsync(HttpStatusCode.Created);
        await manager.ApproveAsync(programme, olena.Id);
        var id = await Factory.ActivateAsync(manager, programme, ana, olena);
        return (programme, id, ana, olena, Factory.Clock.GetUtcNow());
    }

    [Fact]
    public async Task She_is_asked_on_time_and_once_reminded_once_then_silent_and_no_one_else_opens_her_request()
    {
        var (programme, id, ana, olena, since) = await ActivePairAsync();
        var fatima = await Factory.MenteeWithAccountAsync(programme, "Fatima Nouri");

        AdvanceTo(since.AddDays(42).AddMinutes(-1));
        await DeliverAsync();
        Assert.Empty(Mail(olena.Email, Asked));
        AdvanceTo(since.AddDays(42).AddHours(1));
        await DeliverAsync();
        var asked = Assert.Single(Mail(olena.Email, Asked));
        Assert.Empty(Mail(ana.Email, Asked));
        Assert.Contains($"/Participants/{olena.Id}/Screening/New", asked.TextBody, StringComparison.Ordinal);

        // Her link opens her self-assessment form after sign-in.
        var anonymous = Factory.NewVisitor();
        var toLogin = await anonymous.Http.GetAsync($"/Participants/{olena.Id}/Screening/New");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Contains(Uri.EscapeDataString($"/Participants/{olena.Id}/Screening/New"), toLogin.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var mentee = await Factory.SignedInAsync(olena);
        Assert.NotNull((await mentee.GetPageAsync($"/Participants/{olena.Id}/Screening/New")).QuerySelector("#screening-form"));

        var state = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/participants/{olena.Id}/self-assessment");
        var request = state.GetProperty("latestRequest");
        Assert.Equal("Sent", request.GetProperty("state").GetString());
        var requestId = request.GetProperty("id").GetGuid();
        var listed = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/check-ins?processId={id}");
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("id").GetGuid() == requestId && c.GetProperty("kind").GetString() == "SelfAssessment");
        Assert.NotNull((await mentee.GetPageAsync("/Mentoring/Me")).QuerySelector("#take-self-assessment"));
        // Her request's page takes her to the form; it is not answered as a check-in.
        var toForm = await mentee.Http.GetAsync($"/CheckIns/{requestId}");
        Assert.Equal(HttpStatusCode.Redirect, toForm.StatusCode);
        Assert.Equal($"/Participants/{olena.Id}/Screening/New", toForm.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, (await mentee.PostJsonAsync($"/api/check-ins/{requestId}/answer", new { score = 4, meetingsHappened = true })).StatusCode);

        // Another mentee, her mentor and the other organisation find no such request; her mentor sees her scores, not the request.
        var other = await Factory.SignedInAsync(fatima);
        var mentor = await Factory.SignedInAsync(ana);
        var finnish = await As(Demo.ManagerFi);
        foreach (var outsider in new[] { other, mentor, finnish })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/api/check-ins/{requestId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/CheckIns/{requestId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/Participants/{olena.Id}/Screening/New")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/participants/{olena.Id}/self-assessment")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finnish.Http.GetAsync($"/api/participants/{olena.Id}/self-assessment")).StatusCode);
        var mentorsView = await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/participants/{olena.Id}/self-assessment");
        Assert.False(mentorsView.GetProperty("showsRequests").GetBoolean());
        Assert.Equal(JsonValueKind.Null, mentorsView.GetProperty("latestRequest").ValueKind);

        // One reminder five days on, however often the job looks; five more days and it counts as silence.
        AdvanceTo(since.AddDays(47).AddHours(2));
        await DeliverAsync();
        await DeliverAsync();
        Assert.Single(Mail(olena.Email, Reminded));
        AdvanceTo(since.AddDays(52).AddHours(3));
        await DeliverAsync();
        Assert.Single(Mail(olena.Email, Reminded));
        Assert.Single(Mail(olena.Email, Asked));
        var manager = await As(Demo.ManagerPt);
        Assert.Equal("Silent", (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/check-ins/{requestId}")).GetProperty("state").GetString());
        var plan = await manager.GetPageAsync($"/Mentoring/{id}/Plan/{olena.Id}");
        Assert.Equal("Silent", plan.QuerySelector("#self-assessment-request")?.GetAttribute("data-state"));

        // Her silence is shown beside her plan; the needs-attention list is about the pair.
        var attention = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/needs-attention?programmeId={programme}");
        var reasons = Assert.Single(attention.EnumerateArray()).GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("reason").GetString()).ToList();
        Assert.Contains("NoMeetingLogged", reasons);
        Assert.DoesNotContain("CheckInsUnanswered", reasons);

        // A silent request is followed by the next one an interval after it, not at once.
        AdvanceTo(since.AddDays(84).AddMinutes(-1));
        await DeliverAsync();
        Assert.Single(Mail(olena.Email, Asked));
        AdvanceTo(since.AddDays(84).AddHours(1));
        await DeliverAsync();
        Assert.Equal(2, Mail(olena.Email, Asked).Count);
    }

    [Fact]
    public async Task Her_self_assessment_answers_the_request_so_no_reminder_follows_and_her_trend_is_beside_her_plan()
    {
        var (_, id, ana, olena, since) = await ActivePairAsync();
        AdvanceTo(since.AddDays(42).AddHours(1));
        await DeliverAsync();
        Assert.Single(Mail(olena.Email, Asked));

        // Beside her plan: her request, with the way to the form, and her progress so far (intake −20 days, screening at the match).
        var mentee = await Factory.SignedInAsync(olena);
        var before = await mentee.GetPageAsync($"/Mentoring/{id}/Plan/{olena.Id}");
        Assert.Equal("Sent", before.QuerySelector("#smile #self-assessment-request")?.GetAttribute("data-state"));
        Assert.NotNull(before.QuerySelector("#smile #take-self-assessment"));
        Assert.Equal("1", before.QuerySelector("#smile tr[data-indicator='HardSkills']")?.GetAttribute("data-change"));

        // She rates herself on the form the email links to.
        var form = Indicators.All.ToDictionary(i => $"Input.Ratings[{i}].Score", i => (string?)(i == Indicator.HardSkills ? "4" : "3"));
        var (sent, _) = await mentee.SubmitAsync($"/Participants/{olena.Id}/Screening/New", form, "#screening-form");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var state = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/participants/{olena.Id}/self-assessment");
        Assert.Equal("Answered", state.GetProperty("latestRequest").GetProperty("state").GetString());
        var answeredAt = state.GetProperty("latestAt").GetDateTimeOffset(); // the day she gave, at noon or now

        // No reminder follows; the next request comes one interval after her self-assessment.
        AdvanceTo(since.AddDays(48));
        await DeliverAsync();
        Assert.Empty(Mail(olena.Email, Reminded));
        AdvanceTo(answeredAt.AddDays(42).AddMinutes(-1));
        await DeliverAsync();
        Assert.Single(Mail(olena.Email, Asked));
        AdvanceTo(answeredAt.AddDays(42).AddHours(1));
        await DeliverAsync();
        Assert.Equal(2, Mail(olena.Email, Asked).Count);
        var rounds = await Factory.WithDbAsync(db => db.CheckIns.AsNoTracking()
            .Where(c => c.ParticipantId == olena.Id && c.Kind == CheckInKind.SelfAssessment).Select(c => c.Round).ToListAsync());
        Assert.Equal([1, 2], rounds.Order());

        // Her trend beside her plan: first and latest, the change in words; her mentor reads the scores, not her requests.
        mentee = await Factory.SignedInAsync(olena);
        var plan = await mentee.GetPageAsync($"/Mentoring/{id}/Plan/{olena.Id}");
        var hard = plan.QuerySelector("#smile tr[data-indicator='HardSkills']");
        Assert.Equal("2", hard?.GetAttribute("data-change"));
        Assert.False(string.IsNullOrWhiteSpace(hard?.QuerySelector("td.change")?.TextContent));
        Assert.Equal("0", plan.QuerySelector("#smile tr[data-indicator='SoftSkills']")?.GetAttribute("data-change"));
        Assert.Equal(Indicators.All.Count, plan.QuerySelectorAll("#smile tbody tr").Length);
        var mentor = await Factory.SignedInAsync(ana);
        var mentorsPlan = await mentor.GetPageAsync($"/Mentoring/{id}/Plan/{olena.Id}");
        Assert.Equal("2", mentorsPlan.QuerySelector("#smile tr[data-indicator='HardSkills']")?.GetAttribute("data-change"));
        Assert.Null(mentorsPlan.QuerySelector("#self-assessment-request"));
        var api = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/participants/{olena.Id}/self-assessment");
        Assert.Equal(3, api.GetProperty("screenings").GetInt32());
        Assert.Equal(2, api.GetProperty("progress").EnumerateArray().Single(p => p.GetProperty("indicator").GetString() == "HardSkills").GetProperty("change").GetInt32());
    }

    [Fact]
    public async Task The_interval_is_set_on_the_programme_page_and_out_of_range_is_named_beside_its_field()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var manager = await As(Demo.ManagerPt);
        var page = await manager.GetPageAsync($"/Programmes/Edit/{programme}");
        Assert.Equal("10", page.QuerySelector("#p-smile")?.GetAttribute("value"));
        var (refused, shown) = await manager.SubmitAsync($"/Programmes/Edit/{programme}", new Dictionary<string, string?> { ["Input.SelfAssessmentIntervalWeeks"] = "30" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(shown.QuerySelector("#p-smile-error")?.TextContent));
        Assert.Equal("30", shown.QuerySelector("#p-smile")?.GetAttribute("value"));
        var (saved, _) = await manager.SubmitAsync($"/Programmes/Edit/{programme}", new Dictionary<string, string?> { ["Input.SelfAssessmentIntervalWeeks"] = "12" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(12, await Factory.WithDbAsync(db => db.Programmes.Where(p => p.Id == programme).Select(p => p.SelfAssessmentIntervalWeeks).SingleAsync()));
    }
}

public sealed class SqliteSelfAssessmentAgainTests(SqliteMailingFactory f) : SelfAssessmentAgainTests(f), IClassFixture<SqliteMailingFactory>;

public sealed class PostgresSelfAssessmentAgainTests(PostgresMailingFactory f) : SelfAssessmentAgainTests(f), IClassFixture<PostgresMailingFactory>;

/// <summary>Two site processes on one PostgreSQL database ask each self-assessment once.</summary>
[Collection(nameof(RecordingJob))]
public sealed class SelfAssessmentAgainOnTwoSitesTests
{
    [Fact]
    public async Task Two_sites_on_one_postgres_database_ask_her_self_assessment_once()
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
        await first.ActivateAsync(manager, programme, ana, olena);

        var due = first.Clock.GetUtcNow().AddDays(7 * SelfAssessmentSchedule.DefaultIntervalWeeks).AddHours(1);
        first.Clock.Advance(due - first.Clock.GetUtcNow());
        second.Clock.Advance(due - second.Clock.GetUtcNow());
        var a = first.Services.GetRequiredService<JobRunner>();
        var b = second.Services.GetRequiredService<JobRunner>();
        for (var round = 0; round < 3; round++)
            await Task.WhenAll(Enumerable.Range(0, 4).Select(k => Task.Run(() => (k % 2 == 0 ? a : b).RunDueAsync())));

        var requests = await first.WithDbAsync(db => db.CheckIns.AsNoTracking().Where(c => c.Kind == CheckInKind.SelfAssessment && c.ParticipantId == olena.Id).ToListAsync());
        Assert.Equal(1, Assert.Single(requests).Round);
        Assert.False(await first.WithDbAsync(db => db.CheckIns.AnyAsync(c => c.Kind == CheckInKind.SelfAssessment && c.ParticipantId == ana.Id)));
        var mail = await first.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == olena.Email && m.Template == "CheckIn.SelfAssessment").CountAsync());
        Assert.Equal(1, mail);
    }
}
