using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Screening;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Participants;

/// <summary>An accepted mentee is screened, given a target group and screened again: pages, API, timeline, chart.</summary>
public abstract class ScreeningJourneyTests(PonteFactory factory) : IntegrationTest(factory)
{
    private static readonly int[] FirstScores = [2, 3, 1, 2, 3, 2, 1];
    private static readonly int[] SecondScores = [4, 3, 2, 3, 3, 3, 2];

    [Fact]
    public async Task An_accepted_mentee_is_screened_given_a_target_group_and_screened_again_with_her_progress_on_her_page()
    {
        var id = await Factory.AcceptedMenteeAsync(name: "Oksana Journey");
        var manager = await Factory.SessionAsync(Demo.ManagerLv);

        var before = await manager.GetPageAsync($"/Participants/{id}");
        Assert.Contains("Oksana Journey", before.Text("h1"));
        Assert.NotNull(before.QuerySelector("#screening-heading"));
        Assert.Null(before.QuerySelector(".screening-chart"));
        Assert.Null(before.QuerySelector("#target-group form"));
        Assert.Contains("Record a screening before setting the target group.", before.Text("#target-group .notice"));

        // The first screening, typed into the page form by the manager.
        var firstDay = Factory.Clock.GetUtcNow();
        var (response, _) = await manager.SubmitAsync($"/Participants/{id}/Screening/New",
            ParticipantsKit.ScreeningFields(FirstScores, new() { [Indicator.HardSkills] = "Tailor for ten years." }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/Participants/{id}", response.Headers.Location!.OriginalString);
        var first = Assert.Single(await Factory.AssessmentsAsync(id));
        Assert.Equal(AssessmentMode.WithStaff, first.Mode);
        Assert.Equal(FirstScores, Indicators.All.Select(first.ScoreOf));
        Assert.Equal("Kristīne Ozola", await Factory.NameOfAsync(first.AssessedById));
        Assert.Equal("Tailor for ten years.", first.Ratings.Single(r => r.Indicator == Indicator.HardSkills).Note);

        // The target group, with that screening as evidence (the form's default).
        var page = await manager.GetPageAsync($"/Participants/{id}");
        Assert.Equal(first.Id.ToString(), page.QuerySelector("#tg-evidence option[selected]")?.GetAttribute("value"));
        (response, _) = await manager.SubmitAsync($"/Participants/{id}", new Dictionary<string, string?> { ["Input.TargetGroup"] = "IntensiveSupport" }, "#target-group form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var participant = await Factory.ParticipantAsync(id);
        Assert.Equal(ParticipantStatus.ReadyToMatch, participant.Status);
        Assert.Equal(TargetGroup.IntensiveSupport, participant.TargetGroup);
        Assert.Equal(first.Id, participant.TargetGroupEvidenceId);
        var line = participant.Timeline[^1];
        Assert.Equal(("TargetGroupSet", "Accepted", "ReadyToMatch", "Kristīne Ozola"), (line.Event, line.FromStatus, line.ToStatus, await Factory.NameOfAsync(line.ActorUserId)));
        Assert.Equal(firstDay, line.At);

        page = await manager.GetPageAsync($"/Participants/{id}");
        var timeline = page.QuerySelector("ol.timeline li[data-event=TargetGroupSet]")!.TextContent;
        Assert.Contains("Target group set", timeline);
        Assert.Contains("Accepted → Ready to match", timeline);
        Assert.Contains("Kristīne Ozola", timeline);
        Assert.Contains(Shown.DateTime(firstDay, "Europe/Riga"), timeline);
        Assert.Contains("3 · Intensive support", page.QuerySelector("ol.timeline li[data-event=TargetGroupSet]")!.TextContent);
        Assert.NotNull(page.QuerySelector("ol.timeline li[data-event=Accepted]"));
        Assert.NotNull(page.QuerySelector("ol.timeline li[data-event=Applied]"));

        // Two months later a trainer records the second screening through the API.
        Factory.Clock.Advance(TimeSpan.FromDays(60));
        Factory.ForgetSessions();
        manager = await Factory.SessionAsync(Demo.ManagerLv);
        var trainer = await Factory.SessionAsync(Demo.TrainerLv);
        var created = await (await trainer.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(SecondScores)))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("WithStaff", created.GetProperty("mode").GetString());
        Assert.Equal("Dace Liepa", created.GetProperty("assessedBy").GetString());
        Assert.Equal(Factory.Clock.GetUtcNow(), created.GetProperty("takenAt").GetDateTimeOffset());

        page = await manager.GetPageAsync($"/Participants/{id}");
        var headers = page.QuerySelectorAll("table.screening-scores thead th");
        Assert.Equal(4, headers.Length); // indicator, two screenings, change
        Assert.Contains(Shown.Date(firstDay, "Europe/Riga"), headers[1].TextContent);
        Assert.Contains(Shown.Date(Factory.Clock.GetUtcNow(), "Europe/Riga"), headers[2].TextContent);
        foreach (var indicator in Indicators.All)
        {
            var row = page.QuerySelector($"table.screening-scores tr[data-indicator={indicator}]")!;
            var cells = row.QuerySelectorAll("td");
            var change = SecondScores[(int)indicator] - FirstScores[(int)indicator];
            Assert.Equal(FirstScores[(int)indicator].ToString(CultureInfo.InvariantCulture), cells[0].TextContent.Trim());
            Assert.Equal(SecondScores[(int)indicator].ToString(CultureInfo.InvariantCulture), cells[1].TextContent.Trim());
            Assert.Equal(change.ToString(CultureInfo.InvariantCulture), cells[2].GetAttribute("data-change"));
            Assert.Contains(change > 0 ? $"+{change}" : "0", cells[2].TextContent);
        }

        // The chart: one accessible SVG per viewpoint, every indicator with a point per screening and a line between them.
        var charts = page.QuerySelectorAll(".screening-chart svg[role=img]");
        Assert.Equal(2, charts.Length);
        foreach (var chart in charts)
        {
            var labelled = chart.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.All(labelled, l => Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(l)?.TextContent)));
            Assert.Contains("2 screenings", page.GetElementById(labelled[1])!.TextContent);
        }

        Assert.Equal(7 * 2, page.QuerySelectorAll(".screening-chart svg[role=img] use").Length);
        Assert.Equal(7, page.QuerySelectorAll(".screening-chart svg[role=img] line:not(.grid)").Length);
        var dashes = page.QuerySelectorAll(".screening-chart svg[role=img] line:not(.grid)").Select(l => l.GetAttribute("stroke-dasharray") ?? "solid").ToList();
        Assert.Equal(4, dashes.Distinct().Count());
        Assert.Contains("Hard skills: 2 → 4", page.Text(".progress-list"));

        // The API tells the same story.
        var assessments = await (await manager.Http.GetAsync($"/api/participants/{id}/assessments")).JsonAsync();
        Assert.Equal(2, assessments.GetProperty("items").GetArrayLength());
        var progress = assessments.GetProperty("progress").EnumerateArray().ToDictionary(p => p.GetProperty("indicator").GetString()!, p => p.GetProperty("change").GetInt32());
        Assert.Equal(2, progress["HardSkills"]);
        Assert.Equal(0, progress["SoftSkills"]);
    }

    [Fact]
    public async Task The_screening_texts_read_in_the_readers_language_on_her_page_and_the_forms()
    {
        var id = await Factory.AcceptedMenteeAsync(ParticipantsKit.Ukrainian);
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        await (await manager.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(FirstScores))).JsonAsync(HttpStatusCode.Created);

        var page = await manager.GetPageAsync($"/Participants/{id}?culture=uk");
        Assert.Equal("Оцінювання", page.Text("#screening-heading"));
        Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent.Trim() == "Оцінки з часом");
        Assert.Equal("Цільова група", page.Text("#target-group-heading"));

        var form = await manager.GetPageAsync($"/Participants/{id}/Screening/New?culture=uk");
        Assert.Equal("Зберегти оцінювання", form.Text("#screening-form button[type=submit]"));
        var targetGroup = await manager.GetPageAsync($"/Participants/{id}/TargetGroup?culture=pt");
        Assert.Equal("Grupo-alvo", targetGroup.Text("#target-group-heading"));
    }

    [Fact]
    public async Task The_api_words_a_screening_refusal_in_the_callers_language()
    {
        var id = await Factory.AcceptedMenteeAsync(ParticipantsKit.Ukrainian);
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        await (await manager.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(FirstScores))).JsonAsync(HttpStatusCode.Created);
        var version = (await Factory.ParticipantAsync(id)).Version;

        var refused = await manager.PutJsonAsync($"/api/participants/{id}/target-group?culture=pt", new { targetGroup = "Retraining", assessmentId = Guid.NewGuid(), version });

        var problem = await refused.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Escolha uma das avaliações dela.", problem.GetProperty("errors").GetProperty("assessmentId")[0].GetString());
    }

    [Fact]
    public async Task The_api_records_a_screening_and_sets_the_target_group_with_it_as_evidence()
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var created = await (await manager.PostJsonAsync($"/api/participants/{id}/assessments",
            ParticipantsKit.ScreeningBody(FirstScores, "SelfAssessment", takenAt: Factory.Clock.GetUtcNow().AddDays(-3)))).JsonAsync(HttpStatusCode.Created);
        var assessmentId = created.GetProperty("id").GetGuid();
        Assert.Equal(Factory.Clock.GetUtcNow().AddDays(-3), created.GetProperty("takenAt").GetDateTimeOffset());

        var before = await (await manager.Http.GetAsync($"/api/participants/{id}")).JsonAsync();
        Assert.Equal("Accepted", before.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("targetGroup").ValueKind);
        var version = before.GetProperty("version").GetGuid();

        var after = await (await manager.PutJsonAsync($"/api/participants/{id}/target-group", new { targetGroup = "Retraining", assessmentId, version })).JsonAsync();
        Assert.Equal("ReadyToMatch", after.GetProperty("status").GetString());
        Assert.Equal("Retraining", after.GetProperty("targetGroup").GetString());
        Assert.Equal(assessmentId, after.GetProperty("targetGroupEvidenceId").GetGuid());
        Assert.NotEqual(version, after.GetProperty("version").GetGuid());
        var line = after.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("TargetGroupSet", line.GetProperty("event").GetString());
        Assert.Equal("Accepted", line.GetProperty("fromStatus").GetString());
        Assert.Equal("ReadyToMatch", line.GetProperty("toStatus").GetString());
        Assert.Equal("Kristīne Ozola", line.GetProperty("actorName").GetString());
        Assert.Equal(Factory.Clock.GetUtcNow(), line.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(ParticipantStatus.ReadyToMatch, (await Factory.ParticipantAsync(id)).Status);
    }

    [Fact]
    public async Task A_mentee_records_her_own_self_assessment_from_her_page_and_the_mode_is_always_self_assessment()
    {
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var before = (await Factory.AssessmentsAsync(tatiana)).Count;
        var visitor = await Factory.SessionAsync(Demo.Tatiana);

        var page = await visitor.GetPageAsync($"/Participants/{tatiana}");
        Assert.NotNull(page.QuerySelector($"a[href='/Participants/{tatiana}/Screening/New']"));
        var form = await visitor.GetPageAsync($"/Participants/{tatiana}/Screening/New");
        Assert.Empty(form.QuerySelectorAll("input[name='Input.Mode']"));

        // Even a hand-made request for "with staff" is stored as her self-assessment.
        var (response, _) = await visitor.SubmitAsync($"/Participants/{tatiana}/Screening/New",
            ParticipantsKit.ScreeningFields([3, 3, 3, 3, 3, 3, 3], new() { [Indicator.HealthAndWellbeing] = "I sleep much better now." }, mode: "WithStaff"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = (await Factory.AssessmentsAsync(tatiana)).OrderBy(a => a.CreatedAt).Last();
        Assert.Equal(before + 1, (await Factory.AssessmentsAsync(tatiana)).Count);
        Assert.Equal(AssessmentMode.SelfAssessment, latest.Mode);
        Assert.Equal("Tatiana Kovalenko", await Factory.NameOfAsync(latest.AssessedById));

        // She reads what she wrote herself; her mentor does not.
        Assert.Contains("I sleep much better now.", (await visitor.GetPageAsync($"/Participants/{tatiana}")).DocumentElement.OuterHtml);
        var mentor = await Factory.SessionAsync(Demo.Mentor);
        Assert.DoesNotContain("I sleep much better now.", (await mentor.GetPageAsync($"/Participants/{tatiana}")).DocumentElement.OuterHtml);

        // The API forces the mode the same way.
        var created = await (await visitor.PostJsonAsync($"/api/participants/{tatiana}/assessments", ParticipantsKit.ScreeningBody([4, 4, 4, 4, 4, 4, 4], "WithStaff")))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("SelfAssessment", created.GetProperty("mode").GetString());
    }

    [Theory]
    [InlineData("/Participants?role=Mentee&status=Accepted", ParticipantRole.Mentee, ParticipantStatus.Accepted)]
    [InlineData("/Participants?role=Mentee&status=ReadyToMatch", ParticipantRole.Mentee, ParticipantStatus.ReadyToMatch)]
    [InlineData("/Participants?role=Mentor&status=InTraining", ParticipantRole.Mentor, ParticipantStatus.InTraining)]
    [InlineData("/Participants?role=Mentor&status=ReadyToMatch", ParticipantRole.Mentor, ParticipantStatus.ReadyToMatch)]
    [InlineData("/Participants?status=Matched", null, ParticipantStatus.Matched)]
    public async Task The_home_page_links_filter_the_list(string url, ParticipantRole? role, ParticipantStatus status)
    {
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var expected = await Factory.WithDbAsync(async db =>
        {
            var org = db.Organisations.Single(o => o.CountryCode == "PT").Id;
            return await db.Participants.CountAsync(p => p.OrganisationId == org && p.Status == status && (role == null || p.Role == role));
        });
        Assert.True(expected > 0, "The demo network has people at this stage.");

        var page = await manager.GetPageAsync(url + "&page=1");
        Assert.Contains(expected.ToString(CultureInfo.InvariantCulture), page.Text("p[role=status]"));
        var rows = page.QuerySelectorAll("table tbody tr");
        Assert.Equal(Math.Min(expected, 25), rows.Length);
        Assert.All(rows, r =>
        {
            Assert.Equal(status.ToString(), r.GetAttribute("data-status"));
            if (role is { } ro)
                Assert.Equal(ro.ToString(), r.GetAttribute("data-role"));
        });
    }

    [Fact]
    public async Task The_list_searches_by_name_or_email_pages_by_25_and_says_when_nothing_matches()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var byName = await manager.GetPageAsync("/Participants?q=tatiana%20kov");
        var row = Assert.Single(byName.QuerySelectorAll("table tbody tr"));
        Assert.Equal("Tatiana Kovalenko", row.QuerySelector("td a")!.TextContent);
        Assert.Equal("3 · Intensive support", row.QuerySelector("td[data-label='Target group']")!.TextContent.Trim());
        var byEmail = await manager.GetPageAsync("/Participants?q=TATIANA%40ponte");
        Assert.True(byEmail.QuerySelectorAll("table tbody tr").Length == 1, string.Join(", ", byEmail.QuerySelectorAll("table tbody tr td a").Select(a => a.TextContent)) + byEmail.QuerySelector("#f-q")?.GetAttribute("value"));

        var nobody = await manager.GetPageAsync("/Participants?q=zzzz-nobody");
        Assert.Empty(nobody.QuerySelectorAll("table tbody tr"));
        Assert.Equal("Nothing matches these filters.", nobody.Text("p.empty"));

        var pt = await Factory.SessionAsync(Demo.ManagerPt);
        var first = await pt.GetPageAsync("/Participants");
        Assert.Equal(25, first.QuerySelectorAll("table tbody tr").Length);
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await pt.GetPageAsync(next);
        Assert.Equal(25, second.QuerySelectorAll("table tbody tr").Length);
        Assert.Empty(first.QuerySelectorAll("table tbody tr td a").Select(a => a.GetAttribute("href"))
            .Intersect(second.QuerySelectorAll("table tbody tr td a").Select(a => a.GetAttribute("href"))));
    }

    [Fact]
    public async Task The_list_filters_by_programme_and_target_group()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var programmeId = await Factory.WithDbAsync(db => Task.FromResult(db.Programmes.Single(p => p.Name == ParticipantsKit.Ukrainian).Id));
        var page = await manager.GetPageAsync($"/Participants?programmeId={programmeId}&targetGroup=IntensiveSupport");
        var rows = page.QuerySelectorAll("table tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(ParticipantsKit.Ukrainian, r.QuerySelector("td[data-label=Programme]")!.TextContent.Trim());
            Assert.Equal("3 · Intensive support", r.QuerySelector("td[data-label='Target group']")!.TextContent.Trim());
        });
        Assert.Equal(programmeId.ToString(), page.QuerySelector("#f-programme option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_list_api_is_paged_and_filtered()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var body = await (await manager.Http.GetAsync("/api/participants?role=Mentee&status=ReadyToMatch&page=2&pageSize=5")).JsonAsync();
        Assert.Equal(2, body.GetProperty("page").GetInt32());
        Assert.Equal(5, body.GetProperty("pageSize").GetInt32());
        Assert.True(body.GetProperty("total").GetInt32() > 5);
        Assert.Equal(5, body.GetProperty("items").GetArrayLength());
        Assert.All(body.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("Mentee", i.GetProperty("role").GetString());
            Assert.Equal("ReadyToMatch", i.GetProperty("status").GetString());
        });

        var search = await (await manager.Http.GetAsync("/api/participants?q=nobody-at-all")).JsonAsync();
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_participant_page_shows_her_profile_her_mentor_and_for_a_mentor_the_link_to_her_readiness()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var mentor = await Factory.ParticipantIdAsync(Demo.Mentor);

        var page = await manager.GetPageAsync($"/Participants/{tatiana}");
        Assert.Contains("Ukrainian", page.Text("#profile-heading + .grid-2"));
        Assert.Contains("Native", page.Text("#profile-heading + .grid-2"));
        Assert.Equal("Ukraine", page.QuerySelectorAll("dl.facts dt").Single(dt => dt.TextContent == "Country of origin").NextElementSibling!.TextContent);
        Assert.Equal(7, page.QuerySelectorAll("table.availability tbody tr").Length);
        Assert.Equal(6, page.QuerySelectorAll("table.availability td.slot.yes").Length);
        Assert.Contains("A woman mentor only", page.DocumentElement.TextContent);
        Assert.NotNull(page.QuerySelector($"#people-heading ~ ul a[href='/Participants/{mentor}']"));

        var mentorPage = await manager.GetPageAsync($"/Participants/{mentor}");
        Assert.NotNull(mentorPage.QuerySelector($"a[href='/Mentors/{mentor}']"));
        Assert.NotNull(mentorPage.QuerySelector($"#people-heading ~ ul a[href='/Participants/{tatiana}']"));
        Assert.Null(mentorPage.QuerySelector("#screening-heading"));

        var api = await (await manager.Http.GetAsync($"/api/participants/{tatiana}")).JsonAsync();
        Assert.Equal("Tatiana Kovalenko", api.GetProperty("profile").GetProperty("fullName").GetString());
        Assert.Equal("IntensiveSupport", api.GetProperty("targetGroup").GetString());
        Assert.Equal(6, api.GetProperty("profile").GetProperty("availability").GetArrayLength());
        Assert.Contains(api.GetProperty("relationships").EnumerateArray(), r => r.GetProperty("id").GetGuid() == mentor);
        Assert.Contains(api.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("event").GetString() == "Matched");
    }
}

public sealed class SqliteScreeningJourneyTests(SqliteFactory f) : ScreeningJourneyTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresScreeningJourneyTests(PostgresFactory f) : ScreeningJourneyTests(f), IClassFixture<PostgresFactory>;
