using System.Net;
using Ponte.Domain.Participants;
using Ponte.Domain.Screening;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Participants;

/// <summary>Bad input on the screening and target-group forms and endpoints, antiforgery and stale versions.</summary>
public abstract class ScreeningInputTests(PonteFactory factory) : IntegrationTest(factory)
{
    private static readonly int[] Scores = [2, 3, 1, 2, 3, 2, 1];

    private static readonly string TooLong = new('x', 2001);

    /// <summary>A field, the value typed (null: left out), the element that must show the message, the message.</summary>
    public static TheoryData<string, string?, string, string> BadScreeningFields() => new()
    {
        { "Input.Ratings[HardSkills].Score", null, "#score-HardSkills-error", "Choose a rating from 1 to 5." },
        { "Input.Ratings[SoftSkills].Score", "0", "#score-SoftSkills-error", "Choose a rating from 1 to 5." },
        { "Input.Ratings[CultureKeys].Score", "7", "#score-CultureKeys-error", "Choose a rating from 1 to 5." },
        { "Input.Ratings[HealthAndWellbeing].Score", "abc", "#score-HealthAndWellbeing-error", "Choose a rating from 1 to 5." },
        { "Input.Ratings[PersonalRolesAndExpectations].Score", "", "#score-PersonalRolesAndExpectations-error", "Choose a rating from 1 to 5." },
        { "Input.Ratings[HealthAndWellbeing].Note", TooLong, "#note-HealthAndWellbeing-error", "Use at most 2000 characters." },
        { "Input.Ratings[HardSkills].Note", TooLong, "#note-HardSkills-error", "Use at most 2000 characters." },
        { "Input.TakenOn", "2026-11-26", "#taken-on-error", "The date cannot be in the future." },
        { "Input.TakenOn", "2026-13-45", "#taken-on-error", "Enter a valid date." },
        { "Input.TakenOn", "", "#taken-on-error", "This field is required." },
        { "Input.Mode", "Sideways", "#mode-error", "Choose one of the options." },
        { "Input.Mode", "1", "#mode-error", "Choose one of the options." },
    };

    [Theory]
    [MemberData(nameof(BadScreeningFields))]
    public async Task The_screening_form_shows_each_mistake_next_to_its_field_and_keeps_what_was_typed(string field, string? value, string errorSelector, string message)
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var fields = ParticipantsKit.ScreeningFields(Scores, new() { [Indicator.SoftSkills] = "Kept as typed." }, mode: "SelfAssessment");
        fields[field] = value;

        var (response, page) = await manager.SubmitAsync($"/Participants/{id}/Screening/New", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.Text(errorSelector));
        Assert.Contains(message, page.Text(".error-summary"));
        var described = page.QuerySelectorAll("[aria-describedby]").Select(e => e.GetAttribute("aria-describedby")!);
        Assert.Contains(described, d => d.Split(' ').Contains(errorSelector[1..]));
        Assert.Equal("Kept as typed.", page.QuerySelector("#note-SoftSkills")!.TextContent);
        Assert.Equal("checked", page.QuerySelector("#score-LabourMarketUnderstanding-1")!.GetAttribute("checked"));
        if (field != "Input.Mode")
            Assert.Equal("checked", page.QuerySelector("#mode-SelfAssessment")!.GetAttribute("checked"));
        if (field == "Input.TakenOn")
            Assert.Equal(value, page.QuerySelector("#taken-on")!.GetAttribute("value") ?? string.Empty);
        Assert.Empty(await Factory.AssessmentsAsync(id));
    }

    [Fact]
    public async Task The_screening_form_shows_every_mistake_at_once()
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var fields = ParticipantsKit.ScreeningFields(Scores, date: string.Empty, mode: "Sideways");
        fields["Input.Ratings[HardSkills].Score"] = null;
        fields["Input.Ratings[SoftSkills].Note"] = TooLong;

        var (response, page) = await manager.SubmitAsync($"/Participants/{id}/Screening/New", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This field is required.", page.Text("#taken-on-error"));
        Assert.Equal("Choose one of the options.", page.Text("#mode-error"));
        Assert.Equal("Choose a rating from 1 to 5.", page.Text("#score-HardSkills-error"));
        Assert.Equal("Use at most 2000 characters.", page.Text("#note-SoftSkills-error"));
        Assert.Equal(4, page.QuerySelectorAll(".error-summary li").Length);
        Assert.Empty(await Factory.AssessmentsAsync(id));
    }

    [Fact]
    public async Task A_screening_dated_in_the_past_keeps_its_date()
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var (response, _) = await manager.SubmitAsync($"/Participants/{id}/Screening/New", ParticipantsKit.ScreeningFields(Scores, date: "2026-11-02"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await Factory.AssessmentsAsync(id));
        Assert.Equal(new DateOnly(2026, 11, 2), DateOnly.FromDateTime(saved.TakenAt.UtcDateTime));
        Assert.True(saved.TakenAt <= Factory.Clock.GetUtcNow());
    }

    /// <summary>A JSON body, the field its ValidationProblem names (null: a plain 400 ProblemDetails).</summary>
    public static TheoryData<string, string?> BadScreeningBodies()
    {
        string Ratings(string hardSkills = "{\"indicator\":\"HardSkills\",\"score\":3}", string extra = "") =>
            "[" + hardSkills + ",{\"indicator\":\"SoftSkills\",\"score\":3},{\"indicator\":\"LabourMarketUnderstanding\",\"score\":3},"
            + "{\"indicator\":\"HealthAndWellbeing\",\"score\":3},{\"indicator\":\"PersonalRolesAndExpectations\",\"score\":3},"
            + "{\"indicator\":\"SocietalRightsAndObligations\",\"score\":3}" + extra + "]";
        var complete = Ratings(extra: ",{\"indicator\":\"CultureKeys\",\"score\":3}");
        return new()
        {
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings() + "}", "ratings[CultureKeys]" },
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings("{\"indicator\":\"HardSkills\",\"score\":0}", ",{\"indicator\":\"CultureKeys\",\"score\":3}") + "}", "ratings[HardSkills]" },
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings("{\"indicator\":\"HardSkills\",\"score\":6}", ",{\"indicator\":\"CultureKeys\",\"score\":3}") + "}", "ratings[HardSkills]" },
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings("{\"indicator\":\"HardSkills\",\"score\":null}", ",{\"indicator\":\"CultureKeys\",\"score\":3}") + "}", "ratings[HardSkills]" },
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings("{\"indicator\":\"HardSkills\",\"score\":3,\"note\":\"" + TooLong + "\"}", ",{\"indicator\":\"CultureKeys\",\"score\":3}") + "}", "ratings[HardSkills].note" },
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings(extra: ",{\"indicator\":\"CultureKeys\",\"score\":3},{\"indicator\":\"SoftSkills\",\"score\":4}") + "}", "ratings[SoftSkills]" },
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings(extra: ",{\"indicator\":\"CultureKeys\",\"score\":3},{\"indicator\":99,\"score\":4}") + "}", "ratings" },
            { "{\"ratings\":" + complete + "}", "mode" },
            { "{\"mode\":7,\"ratings\":" + complete + "}", "mode" },
            { "{\"mode\":\"WithStaff\",\"takenAt\":\"2026-12-25T10:00:00Z\",\"ratings\":" + complete + "}", "takenAt" },
            { "{\"mode\":\"WithStaff\"}", "ratings" },
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings(extra: ",{\"indicator\":\"Happiness\",\"score\":3}") + "}", null },
            { "{\"mode\":\"Sideways\",\"ratings\":" + complete + "}", null },
            { "{\"mode\":\"WithStaff\",\"ratings\":" + Ratings("{\"indicator\":\"HardSkills\",\"score\":\"three\"}", ",{\"indicator\":\"CultureKeys\",\"score\":3}") + "}", null },
            { "{\"mode\":\"WithStaff\",\"takenAt\":\"yesterday\",\"ratings\":" + complete + "}", null },
            { "{\"mode\":\"WithStaff\",\"ratings\":[", null },
            { "not json", null },
        };
    }

    [Theory]
    [MemberData(nameof(BadScreeningBodies))]
    public async Task The_screening_api_answers_bad_input_with_400_problem_details(string json, string? field)
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);

        var response = await manager.SendRawJsonAsync(HttpMethod.Post, $"/api/participants/{id}/assessments", json);

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"No error for {field}: {problem}");
            Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        }

        Assert.Empty(await Factory.AssessmentsAsync(id));
    }

    public static TheoryData<string?, string?, string> BadTargetGroupFields() => new()
    {
        { null, null, "This field is required." },
        { "Sideways", null, "Choose one of the options." },
        { "3", null, "Choose one of the options." },
        { "LightSupport", null, "This programme does not serve that target group." },
        { "Retraining", "random", "Choose one of her screenings." },
        { "Retraining", "not-a-guid", "Choose one of her screenings." },
        { "Retraining", "other", "Choose one of her screenings." },
    };

    [Theory]
    [MemberData(nameof(BadTargetGroupFields))]
    public async Task The_target_group_form_shows_each_mistake_next_to_its_field(string? group, string? evidence, string message)
    {
        // The Ukrainian programme serves target groups 2 and 3 only.
        var id = await Factory.AcceptedMenteeAsync(ParticipantsKit.Ukrainian);
        var other = await Factory.AcceptedMenteeAsync(ParticipantsKit.Ukrainian);
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        await (await manager.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(Scores))).JsonAsync(HttpStatusCode.Created);
        await (await manager.PostJsonAsync($"/api/participants/{other}/assessments", ParticipantsKit.ScreeningBody(Scores))).JsonAsync(HttpStatusCode.Created);
        var page = await manager.GetPageAsync($"/Participants/{id}");
        Assert.Equal(new[] { "Retraining", "IntensiveSupport" }, page.QuerySelectorAll("#target-group input[name='Input.TargetGroup']").Select(i => i.GetAttribute("value")));

        var changes = new Dictionary<string, string?> { ["Input.TargetGroup"] = group };
        if (evidence is not null)
        {
            changes["Input.AssessmentId"] = evidence switch
            {
                "random" => Guid.NewGuid().ToString(),
                "other" => (await Factory.AssessmentsAsync(other))[0].Id.ToString(),
                _ => evidence,
            };
        }

        var (response, result) = await manager.SubmitAsync($"/Participants/{id}", changes, "#target-group form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errorSelector = evidence is null ? "#tg-group-error" : "#tg-evidence-error";
        Assert.Equal(message, result.Text(errorSelector));
        if (group is "Retraining")
            Assert.Equal("checked", result.QuerySelector("#tg-Retraining")!.GetAttribute("checked"));
        var participant = await Factory.ParticipantAsync(id);
        Assert.Null(participant.TargetGroup);
        Assert.Equal(ParticipantStatus.Accepted, participant.Status);
    }

    [Fact]
    public async Task The_target_group_is_refused_without_any_screening()
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var page = await manager.GetPageAsync($"/Participants/{id}/TargetGroup");
        Assert.Equal("Record a screening before setting the target group.", page.Text("#target-group .notice"));

        var version = (await Factory.ParticipantAsync(id)).Version;
        var token = await manager.FormTokenAsync($"/Participants/{id}/Screening/New");
        var (response, result) = await manager.PostFormAsync($"/Participants/{id}/TargetGroup",
        [
            new("Input.TargetGroup", "LightSupport"), new("Input.AssessmentId", Guid.NewGuid().ToString()),
            new("Input.Version", version.ToString()), new("__RequestVerificationToken", token),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Record a screening before setting the target group.", result.DocumentElement.TextContent);
        Assert.Null((await Factory.ParticipantAsync(id)).TargetGroup);

        var api = await manager.PutJsonAsync($"/api/participants/{id}/target-group", new { targetGroup = "LightSupport", assessmentId = Guid.NewGuid(), version });
        var problem = await api.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Record a screening before setting the target group.", problem.GetProperty("errors").GetProperty("assessmentId")[0].GetString());
    }

    [Fact]
    public async Task A_stale_target_group_form_gets_the_concurrency_message_and_changes_nothing()
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        await (await manager.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(Scores))).JsonAsync(HttpStatusCode.Created);

        // Two managers open the page; the first saves, the second's form is now stale.
        var (action, stale) = await manager.ReadFormAsync($"/Participants/{id}", "#target-group form");
        var colleague = await As(Demo.ManagerLv);
        var (first, _) = await colleague.SubmitAsync($"/Participants/{id}", new Dictionary<string, string?> { ["Input.TargetGroup"] = "Retraining" }, "#target-group form");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var (response, page) = await manager.PostFormAsync(action, stale.With(new Dictionary<string, string?> { ["Input.TargetGroup"] = "LightSupport" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", page.Text(".error-summary"));
        Assert.Equal("checked", page.QuerySelector("#tg-LightSupport")!.GetAttribute("checked"));
        var participant = await Factory.ParticipantAsync(id);
        Assert.Equal(Ponte.Domain.Profiles.TargetGroup.Retraining, participant.TargetGroup);
        Assert.Equal(1, participant.Timeline.Count(t => t.Event == "TargetGroupSet"));
    }

    [Fact]
    public async Task A_stale_version_on_the_target_group_api_is_409_and_changes_nothing()
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var assessmentId = (await (await manager.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(Scores))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await Factory.ParticipantAsync(id)).Version;

        await (await manager.PutJsonAsync($"/api/participants/{id}/target-group", new { targetGroup = "Retraining", assessmentId, version })).JsonAsync();
        var response = await manager.PutJsonAsync($"/api/participants/{id}/target-group", new { targetGroup = "LightSupport", assessmentId, version });

        var problem = await response.JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Someone else changed this record", problem.GetProperty("title").GetString());
        Assert.Equal(Ponte.Domain.Profiles.TargetGroup.Retraining, (await Factory.ParticipantAsync(id)).TargetGroup);
    }

    /// <summary>A body for PUT target-group ({assessment} is her screening), and the field named in the 400.</summary>
    public static TheoryData<string, string?> BadTargetGroupBodies() => new()
    {
        { "{\"assessmentId\":\"{assessment}\"}", "targetGroup" },
        { "{\"targetGroup\":9,\"assessmentId\":\"{assessment}\"}", "targetGroup" },
        { "{\"targetGroup\":\"LightSupport\",\"assessmentId\":\"{assessment}\"}", "targetGroup" },
        { "{\"targetGroup\":\"Retraining\"}", "assessmentId" },
        { "{\"targetGroup\":\"Retraining\",\"assessmentId\":\"{other}\"}", "assessmentId" },
        { "{\"targetGroup\":\"Retraining\",\"assessmentId\":\"" + Guid.Empty + "\"}", "assessmentId" },
        { "{\"targetGroup\":\"Sideways\",\"assessmentId\":\"{assessment}\"}", null },
        { "{\"targetGroup\":\"Retraining\",\"assessmentId\":\"not-a-guid\"}", null },
        { "{\"targetGroup\":\"Retraining\",\"assessmentId\":\"{assessment}\",\"version\":\"soon\"}", null },
        { "{\"targetGroup\":", null },
    };

    [Theory]
    [MemberData(nameof(BadTargetGroupBodies))]
    public async Task The_target_group_api_answers_bad_input_with_400_problem_details(string json, string? field)
    {
        var id = await Factory.AcceptedMenteeAsync(ParticipantsKit.Ukrainian);
        var other = await Factory.AcceptedMenteeAsync(ParticipantsKit.Ukrainian);
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var assessment = (await (await manager.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(Scores))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        var otherAssessment = (await (await manager.PostJsonAsync($"/api/participants/{other}/assessments", ParticipantsKit.ScreeningBody(Scores))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();

        var response = await manager.SendRawJsonAsync(HttpMethod.Put, $"/api/participants/{id}/target-group",
            json.Replace("{assessment}", assessment, StringComparison.Ordinal).Replace("{other}", otherAssessment, StringComparison.Ordinal));

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No error for {field}: {problem}");
        Assert.Null((await Factory.ParticipantAsync(id)).TargetGroup);
    }

    [Fact]
    public async Task A_trainer_cannot_set_the_target_group()
    {
        var id = await Factory.AcceptedMenteeAsync();
        var trainer = await Factory.SessionAsync(Demo.TrainerLv);
        var assessmentId = (await (await trainer.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(Scores))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Null((await trainer.GetPageAsync($"/Participants/{id}")).QuerySelector("#target-group form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PutJsonAsync($"/api/participants/{id}/target-group", new { targetGroup = "Retraining", assessmentId })).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await trainer.Http.GetAsync($"/Participants/{id}/TargetGroup")).StatusCode);
        Assert.Null((await Factory.ParticipantAsync(id)).TargetGroup);
    }

    [Fact]
    public async Task Every_post_without_an_antiforgery_token_is_rejected_and_saves_nothing()
    {
        var id = await Factory.AcceptedMenteeAsync();
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        var fields = ParticipantsKit.ScreeningFields(Scores, mode: "WithStaff", date: "2026-11-20")
            .Select(f => new KeyValuePair<string, string>(f.Key, f.Value ?? string.Empty)).ToList();

        var (page, _) = await manager.PostFormAsync($"/Participants/{id}/Screening/New", fields);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var (targetGroup, _) = await manager.PostFormAsync($"/Participants/{id}/TargetGroup", [new("Input.TargetGroup", "Retraining")]);
        Assert.Equal(HttpStatusCode.BadRequest, targetGroup.StatusCode);
        var api = await manager.PostJsonAsync($"/api/participants/{id}/assessments", ParticipantsKit.ScreeningBody(Scores), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var put = await manager.PutJsonAsync($"/api/participants/{id}/target-group", new { targetGroup = "Retraining", assessmentId = Guid.NewGuid() }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);

        Assert.Empty(await Factory.AssessmentsAsync(id));
        Assert.Null((await Factory.ParticipantAsync(id)).TargetGroup);
    }

    [Fact]
    public async Task The_list_api_refuses_unknown_filters_and_page_sizes()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerLv);
        foreach (var query in new[] { "role=Chef", "status=Sleeping", "targetGroup=9", "pageSize=0", "pageSize=1000", "page=0", "programmeId=nope" })
        {
            var response = await manager.Http.GetAsync("/api/participants?" + query);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        // The page ignores a hand-edited filter instead of failing.
        var page = await manager.GetPageAsync("/Participants?role=Chef&status=9");
        Assert.NotEmpty(page.QuerySelectorAll("table tbody tr"));
    }
}

public sealed class SqliteScreeningInputTests(SqliteFactory f) : ScreeningInputTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresScreeningInputTests(PostgresFactory f) : ScreeningInputTests(f), IClassFixture<PostgresFactory>;
