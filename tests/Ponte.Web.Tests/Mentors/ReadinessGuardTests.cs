using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Training;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Mentors;

/// <summary>Who may see and change readiness and training, and what happens to bad, forged or stale input.</summary>
public abstract class ReadinessGuardTests(PonteFactory factory) : ReadinessTest(factory)
{
    // ------------------------------------------------------------------ isolation

    [Fact]
    public async Task A_manager_of_another_organisation_gets_404_for_every_mentor_and_training_route_with_a_PT_id()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 2, practice: 2);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var sessionId = await Factory.SessionAsync(programmeId, TrainingKind.Theory, 2, Factory.Clock.GetUtcNow().AddDays(-1));
        var before = await Factory.ParticipantAsync(mentorId);
        var fi = await SignedIn(Demo.ManagerFi);
        var failures = new List<string>();

        async Task Expect404(string what, Task<HttpResponseMessage> call)
        {
            var response = await call;
            if (response.StatusCode != HttpStatusCode.NotFound)
                failures.Add($"{what}: {(int)response.StatusCode}");
        }

        await Expect404("GET page", fi.Http.GetAsync($"/Mentors/{mentorId}"));
        foreach (var handler in new[] { "Characteristics", "SafetyChecks", "Ready" })
        {
            await Expect404($"POST page {handler}", fi.PostFormAsync($"/Mentors/{mentorId}?handler={handler}", [
                new("Version", before.Version.ToString()),
                new("Checks.CriminalRecordCertificateSeenOn", ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), -1)),
                new("Traits.Selected", "Flexibility"),
            ]));
        }

        await Expect404("GET session page", fi.Http.GetAsync($"/Training/{sessionId}"));
        await Expect404("POST session page", fi.PostFormAsync($"/Training/{sessionId}", [new("Shown", mentorId.ToString()), new("Attended", mentorId.ToString())]));
        await Expect404("GET readiness", fi.Http.GetAsync($"/api/mentors/{mentorId}/readiness"));
        await Expect404("PUT characteristics", fi.PutJsonAsync($"/api/mentors/{mentorId}/characteristics", new { characteristics = new[] { "Flexibility" }, experiencedWithVulnerableGroups = true }));
        await Expect404("PUT safety-checks", fi.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new { criminalRecordCertificateSeenOn = "2026-11-01", referencesCheckedOn = "2026-11-01" }));
        await Expect404("POST ready", fi.PostJsonAsync($"/api/mentors/{mentorId}/ready", new { }));
        await Expect404("GET session", fi.Http.GetAsync($"/api/training-sessions/{sessionId}"));
        await Expect404("GET sessions of programme", fi.Http.GetAsync($"/api/training-sessions?programmeId={programmeId}"));
        await Expect404("PUT attendance", fi.PutJsonAsync($"/api/training-sessions/{sessionId}/attendance", new { attendance = new[] { new { mentorId, attended = true } } }));
        await Expect404("POST session into PT programme", fi.PostJsonAsync("/api/training-sessions", new { programmeId, title = "X", startsAt = Factory.Clock.GetUtcNow(), kind = "Theory", hours = 1 }));
        await Expect404("POST session page into PT programme", fi.PostFormAsync("/Training/Create", [
            new("Input.ProgrammeId", programmeId.ToString()), new("Input.Title", "X"), new("Input.StartsAt", ReadinessArrangements.Local(Factory.Clock.GetUtcNow())),
            new("Input.Kind", "Theory"), new("Input.Hours", "1"),
        ]));

        // Attaching PT's mentor to one of FI's own sessions.
        var fiProgramme = await Factory.ProgrammeAsync("FI", theory: 1, practice: 1);
        var fiSession = await Factory.SessionAsync(fiProgramme, TrainingKind.Theory, 1, Factory.Clock.GetUtcNow().AddDays(-1));
        await Expect404("PUT attendance of a PT mentor on FI's session", fi.PutJsonAsync($"/api/training-sessions/{fiSession}/attendance", new { attendance = new[] { new { mentorId, attended = true } } }));
        await Expect404("POST attendance page of a PT mentor on FI's session", fi.PostFormAsync($"/Training/{fiSession}", [new("Shown", mentorId.ToString()), new("Attended", mentorId.ToString())]));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var after = await Factory.ParticipantAsync(mentorId);
        Assert.Equal(before.Version, after.Version);
        Assert.Null(after.CriminalRecordCertificateSeenOn);
        Assert.Empty((await Factory.TrainingSessionAsync(sessionId)).Attendance);
        Assert.Empty((await Factory.TrainingSessionAsync(fiSession)).Attendance);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TrainingSessions.CountAsync(s => s.ProgrammeId == programmeId && s.Id != sessionId)));

        // FI's training list never shows PT's sessions.
        var list = await fi.Http.GetFromJsonAsync<JsonElement>("/api/training-sessions");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == sessionId);
        var listPage = await fi.GetPageAsync("/Training");
        Assert.Null(listPage.QuerySelector($"[data-session='{sessionId}']"));
    }

    // ------------------------------------------------------------------ roles

    [Theory]
    [InlineData(Demo.Mentor)]
    [InlineData(Demo.Samira)]
    [InlineData(Demo.Coordinator)]
    public async Task Mentors_mentees_and_the_coordinator_cannot_reach_readiness_or_training(string email)
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var sessionId = await Factory.SessionAsync(programmeId, TrainingKind.Theory, 1, Factory.Clock.GetUtcNow().AddDays(-1));
        var visitor = await SignedIn(email);

        foreach (var url in new[] { $"/Mentors/{mentorId}", "/Training", "/Training/Create", $"/Training/{sessionId}" })
        {
            var response = await visitor.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQuery);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync($"/api/mentors/{mentorId}/readiness")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new { criminalRecordCertificateSeenOn = "2026-11-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.PutJsonAsync($"/api/mentors/{mentorId}/characteristics", new { characteristics = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.PostJsonAsync($"/api/mentors/{mentorId}/ready", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync("/api/training-sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync($"/api/training-sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.PostJsonAsync("/api/training-sessions", new { programmeId, title = "X", startsAt = Factory.Clock.GetUtcNow(), kind = "Theory", hours = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.PutJsonAsync($"/api/training-sessions/{sessionId}/attendance", new { attendance = new[] { new { mentorId, attended = true } } })).StatusCode);
        Assert.Null((await Factory.ParticipantAsync(mentorId)).CriminalRecordCertificateSeenOn);
        Assert.Empty((await Factory.TrainingSessionAsync(sessionId)).Attendance);
    }

    [Fact]
    public async Task A_trainer_sees_readiness_but_only_a_manager_changes_checks_characteristics_or_marks_ready()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var trainer = await SignedIn(Demo.TrainerPt);

        var page = await trainer.GetPageAsync($"/Mentors/{mentorId}");
        Assert.NotNull(page.QuerySelector("#verdict"));
        Assert.Null(page.QuerySelector("#checks-form"));
        Assert.Null(page.QuerySelector("#traits-form"));
        Assert.Null(page.QuerySelector("#ready-form"));
        Assert.Equal(13, page.QuerySelectorAll("#traits li[data-trait]").Length);

        var version = (await Factory.ParticipantAsync(mentorId)).Version.ToString();
        foreach (var handler in new[] { "Characteristics", "SafetyChecks", "Ready" })
        {
            var response = await trainer.PostFormAsync($"/Mentors/{mentorId}?handler={handler}", [
                new("Version", version),
                new("Checks.CriminalRecordCertificateSeenOn", ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), -1)),
                new("Traits.Selected", "Flexibility"),
            ]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQuery);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PutJsonAsync($"/api/mentors/{mentorId}/characteristics", new { characteristics = new[] { "Flexibility" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new { criminalRecordCertificateSeenOn = "2026-11-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostJsonAsync($"/api/mentors/{mentorId}/ready", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trainer.Http.GetAsync($"/api/mentors/{mentorId}/readiness")).StatusCode);
        var mentor = await Factory.ParticipantAsync(mentorId);
        Assert.Equal(MentorCharacteristics.None, mentor.Characteristics);
        Assert.Null(mentor.CriminalRecordCertificateSeenOn);
    }

    [Fact]
    public async Task A_manager_records_characteristics_on_the_page_and_over_the_api()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var manager = await SignedIn(Demo.ManagerPt);

        var (saved, _) = await manager.SubmitAsync($"/Mentors/{mentorId}", new Dictionary<string, string?>
        {
            ["Traits.Selected"] = null,
            ["Traits.ExperiencedWithVulnerableGroups"] = "true",
        }, "#traits-form", [new("Traits.Selected", "CommunicationSkills"), new("Traits.Selected", "RiskManagement"), new("Traits.Selected", "Flexibility")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var mentor = await Factory.ParticipantAsync(mentorId);
        Assert.Equal(MentorCharacteristics.CommunicationSkills | MentorCharacteristics.RiskManagement | MentorCharacteristics.Flexibility, mentor.Characteristics);
        Assert.True(mentor.ExperiencedWithVulnerableGroups);
        var page = await manager.GetPageAsync($"/Mentors/{mentorId}");
        Assert.True((page.QuerySelector("#trait-Flexibility") as IHtmlInputElement)!.IsChecked);
        Assert.False((page.QuerySelector("#trait-GivesFeedback") as IHtmlInputElement)!.IsChecked);
        Assert.NotNull(page.QuerySelector("#mandatory-missing"));

        var readiness = await manager.ReadinessAsync(mentorId);
        var response = await manager.PutJsonAsync($"/api/mentors/{mentorId}/characteristics", new
        {
            characteristics = new[] { "CommunicationSkills", "UnderstandsTargetGroup", "GivesFeedback", "EncouragesAndMotivates", "RiskManagement", "WillingToDevoteTime", "buildsTrust" },
            experiencedWithVulnerableGroups = false,
            version = readiness.Version(),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(7, body.GetProperty("characteristics").GetArrayLength());
        Assert.False(body.GetProperty("experiencedWithVulnerableGroups").GetBoolean());
        Assert.NotEqual(readiness.Version(), body.Version());
        page = await manager.GetPageAsync($"/Mentors/{mentorId}");
        Assert.Null(page.QuerySelector("#mandatory-missing"));
    }

    [Fact]
    public async Task Mentor_endpoints_refuse_a_mentee_with_mentors_only_and_her_page_is_not_found()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var menteeId = await Factory.AcceptedAsync(programmeId, ParticipantRole.Mentee);
        var sessionId = await Factory.SessionAsync(programmeId, TrainingKind.Theory, 1, Factory.Clock.GetUtcNow().AddDays(-1));
        var manager = await SignedIn(Demo.ManagerPt);

        foreach (var call in new Func<Task<HttpResponseMessage>>[]
        {
            () => manager.Http.GetAsync($"/api/mentors/{menteeId}/readiness"),
            () => manager.PutJsonAsync($"/api/mentors/{menteeId}/characteristics", new { characteristics = new[] { "Flexibility" } }),
            () => manager.PutJsonAsync($"/api/mentors/{menteeId}/safety-checks", new { criminalRecordCertificateSeenOn = "2026-11-01" }),
            () => manager.PostJsonAsync($"/api/mentors/{menteeId}/ready", new { }),
        })
        {
            var response = await call();
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("MentorsOnly", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        var attendance = await manager.PutJsonAsync($"/api/training-sessions/{sessionId}/attendance", new { attendance = new[] { new { mentorId = menteeId, attended = true } } });
        Assert.Equal(HttpStatusCode.BadRequest, attendance.StatusCode);
        Assert.True((await attendance.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("attendance[0].mentorId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/Mentors/{menteeId}")).StatusCode);
        Assert.Empty((await Factory.TrainingSessionAsync(sessionId)).Attendance);
    }

    // ------------------------------------------------------------------ bad input

    public static TheoryData<string, string, string> BadSessionFields() => new()
    {
        { "Input.Hours", "0", "hours-error" },
        { "Input.Hours", "-2", "hours-error" },
        { "Input.Hours", "1.255", "hours-error" },
        { "Input.Hours", "25", "hours-error" },
        { "Input.Hours", "99999999999999999999999999999999", "hours-error" },
        { "Input.Hours", "two", "hours-error" },
        { "Input.Hours", "", "hours-error" },
        { "Input.Title", "", "title-error" },
        { "Input.Title", "   ", "title-error" },
        { "Input.Title", new string('t', 201), "title-error" },
        { "Input.StartsAt", "", "starts-error" },
        { "Input.StartsAt", "2026-13-40T10:00", "starts-error" },
        { "Input.StartsAt", "1999-12-31T10:00", "starts-error" },
        { "Input.Kind", "Workshop", "kind-error" },
        { "Input.Kind", "1", "kind-error" },
        { "Input.Kind", "", "kind-error" },
        { "Input.Location", new string('l', 201), "location-error" },
        { "Input.Trainer", new string('r', 201), "trainer-error" },
        { "Input.ProgrammeId", "", "programme-error" },
    };

    [Theory]
    [MemberData(nameof(BadSessionFields))]
    public async Task Planning_a_session_with_bad_input_shows_the_message_next_to_the_field_and_keeps_what_was_typed(string field, string value, string errorId)
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var trainer = await SignedIn(Demo.TrainerPt);
        var fields = new Dictionary<string, string?>
        {
            ["Input.ProgrammeId"] = programmeId.ToString(),
            ["Input.Title"] = "Kept title",
            ["Input.StartsAt"] = "2026-11-30T17:00",
            ["Input.Kind"] = "Practice",
            ["Input.Hours"] = "1.5",
            ["Input.Location"] = "Kept location",
        };
        fields[field] = value;

        var (response, page) = await trainer.SubmitAsync("/Training/Create", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{errorId}")?.TextContent), $"no message in #{errorId}");
        Assert.NotNull(page.QuerySelector("#form-errors"));
        if (field != "Input.Title")
            Assert.Equal("Kept title", (page.QuerySelector("#Input_Title") as IHtmlInputElement)?.Value);
        if (field != "Input.Location")
            Assert.Equal("Kept location", (page.QuerySelector("#Input_Location") as IHtmlInputElement)?.Value);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TrainingSessions.CountAsync(s => s.ProgrammeId == programmeId)));
    }

    public static TheoryData<string, string?> BadSessionBodies() => new()
    {
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":0}""", "hours" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":-1}""", "hours" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":1.255}""", "hours" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":24.5}""", "hours" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Theory"}""", "hours" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":1e40}""", null },
        { """{"title":"","startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":1}""", "title" },
        { """{"startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":1}""", "title" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Workshop","hours":1}""", "kind" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"7","hours":1}""", "kind" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":7,"hours":1}""", null },
        { """{"title":"T","startsAt":"1800-01-01T00:00:00Z","kind":"Theory","hours":1}""", "startsAt" },
        { """{"title":"T","kind":"Theory","hours":1}""", "startsAt" },
        { """{"title":"T","startsAt":"not a date","kind":"Theory","hours":1}""", null },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":1,"location":"LONG"}""", "location" },
        { """{"title":"T","startsAt":"2026-11-30T17:00:00Z","kind":"Theory","hours":1""", null },
        { """not json""", null },
    };

    [Theory]
    [MemberData(nameof(BadSessionBodies))]
    public async Task Creating_a_session_with_bad_json_gets_400_problem_details(string json, string? field)
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var manager = await SignedIn(Demo.ManagerPt);
        var body = json.StartsWith('{') ? "{\"programmeId\":\"" + programmeId + "\"," + json[1..] : json;
        body = body.Replace("LONG", new string('L', 201), StringComparison.Ordinal);

        var response = await manager.PostRawJsonAsync("/api/training-sessions", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for {field}: {problem}");
            Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        }

        Assert.Equal(0, await Factory.WithDbAsync(db => db.TrainingSessions.CountAsync(s => s.ProgrammeId == programmeId)));
    }

    [Theory]
    [InlineData("Checks.CriminalRecordCertificateSeenOn", "future", "crc-error")]
    [InlineData("Checks.ReferencesCheckedOn", "future", "ref-error")]
    [InlineData("Checks.CriminalRecordCertificateSeenOn", "2026-02-30", "crc-error")]
    [InlineData("Checks.ReferencesCheckedOn", "23/11/2026", "ref-error")]
    public async Task Safety_checks_with_a_bad_date_show_the_message_next_to_the_field_and_save_nothing(string field, string value, string errorId)
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var manager = await SignedIn(Demo.ManagerPt);
        var typed = value == "future" ? ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), 3) : value;
        var fields = new Dictionary<string, string?>
        {
            ["Checks.CriminalRecordCertificateSeenOn"] = ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), -1),
            ["Checks.ReferencesCheckedOn"] = ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), -1),
        };
        fields[field] = typed;

        var (response, page) = await manager.SubmitAsync($"/Mentors/{mentorId}", fields, "#checks-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{errorId}")?.TextContent));
        Assert.Equal(typed, page.QuerySelector("#" + field.Replace('.', '_'))?.GetAttribute("value"));
        var mentor = await Factory.ParticipantAsync(mentorId);
        Assert.Null(mentor.CriminalRecordCertificateSeenOn);
        Assert.Null(mentor.ReferencesCheckedOn);
    }

    public static TheoryData<string, string, string?> BadMentorBodies() => new()
    {
        { "safety-checks", """{"criminalRecordCertificateSeenOn":"2099-01-01","referencesCheckedOn":null}""", "criminalRecordCertificateSeenOn" },
        { "safety-checks", """{"criminalRecordCertificateSeenOn":null,"referencesCheckedOn":"23/11/2026"}""", "referencesCheckedOn" },
        { "safety-checks", """{"criminalRecordCertificateSeenOn":"2026-02-30"}""", "criminalRecordCertificateSeenOn" },
        { "safety-checks", """{"criminalRecordCertificateSeenOn":20261101}""", null },
        { "safety-checks", """{"criminalRecordCertificateSeenOn":""", null },
        { "characteristics", """{"characteristics":["Kindness"]}""", "characteristics" },
        { "characteristics", """{"characteristics":["Mandatory"]}""", "characteristics" },
        { "characteristics", """{"characteristics":["1"]}""", "characteristics" },
        { "characteristics", """{"characteristics":[null]}""", "characteristics" },
        { "characteristics", """{"experiencedWithVulnerableGroups":true}""", "characteristics" },
        { "characteristics", """{"characteristics":"Flexibility"}""", null },
        { "characteristics", """[]""", null },
    };

    [Theory]
    [MemberData(nameof(BadMentorBodies))]
    public async Task Readiness_endpoints_answer_bad_json_with_400_problem_details(string endpoint, string json, string? field)
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var manager = await SignedIn(Demo.ManagerPt);

        var response = await manager.PutRawJsonAsync($"/api/mentors/{mentorId}/{endpoint}", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        var mentor = await Factory.ParticipantAsync(mentorId);
        Assert.Null(mentor.CriminalRecordCertificateSeenOn);
        Assert.Null(mentor.ReferencesCheckedOn);
        Assert.Equal(MentorCharacteristics.None, mentor.Characteristics);
    }

    [Fact]
    public async Task Attendance_over_the_api_refuses_duplicates_strangers_to_the_programme_and_malformed_lists()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var otherProgramme = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var elsewhere = await Factory.AcceptedAsync(otherProgramme);
        var sessionId = await Factory.SessionAsync(programmeId, TrainingKind.Theory, 1, Factory.Clock.GetUtcNow().AddDays(-1));
        var manager = await SignedIn(Demo.ManagerPt);
        var url = $"/api/training-sessions/{sessionId}/attendance";

        foreach (var (json, field) in new (string, string?)[]
        {
            ($$"""{"attendance":[{"mentorId":"{{mentorId}}","attended":true},{"mentorId":"{{mentorId}}","attended":false}]}""", "attendance[1].mentorId"),
            ($$"""{"attendance":[{"mentorId":"{{elsewhere}}","attended":true}]}""", "attendance[0].mentorId"),
            ("""{"attendance":[{"mentorId":"00000000-0000-0000-0000-000000000000","attended":true}]}""", "attendance[0].mentorId"),
            ("""{"attendance":[{"attended":true}]}""", "attendance[0].mentorId"),
            ("""{"attendance":[null]}""", "attendance[0].mentorId"),
            ("""{}""", "attendance"),
            ("""{"attendance":[{"mentorId":"not-a-guid","attended":true}]}""", null),
            ("""{"attendance":[{"mentorId":""", null),
        })
        {
            var response = await manager.PutRawJsonAsync(url, json);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{json}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            if (field is not null)
                Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"{json}: no error for {field}");
        }

        var unknown = await manager.PutJsonAsync(url, new { attendance = new[] { new { mentorId = Guid.NewGuid(), attended = true } } });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty((await Factory.TrainingSessionAsync(sessionId)).Attendance);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.Http.GetAsync($"/api/training-sessions?when=someday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.Http.GetAsync($"/api/training-sessions?page=0")).StatusCode);
    }

    // ------------------------------------------------------------------ antiforgery and concurrency

    [Fact]
    public async Task Every_form_and_api_call_without_an_antiforgery_token_is_rejected()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var sessionId = await Factory.SessionAsync(programmeId, TrainingKind.Theory, 1, Factory.Clock.GetUtcNow().AddDays(-1));
        var manager = await SignedIn(Demo.ManagerPt);
        var version = (await Factory.ParticipantAsync(mentorId)).Version.ToString();
        var day = ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), -1);

        foreach (var (url, fields) in new (string, KeyValuePair<string, string>[])[]
        {
            ($"/Mentors/{mentorId}?handler=SafetyChecks", [new("Version", version), new("Checks.CriminalRecordCertificateSeenOn", day), new("Checks.ReferencesCheckedOn", day)]),
            ($"/Mentors/{mentorId}?handler=Characteristics", [new("Version", version), new("Traits.Selected", "Flexibility")]),
            ($"/Mentors/{mentorId}?handler=Ready", [new("Version", version)]),
            ("/Training/Create", [new("Input.ProgrammeId", programmeId.ToString()), new("Input.Title", "Forged"), new("Input.StartsAt", "2026-11-30T10:00"), new("Input.Kind", "Theory"), new("Input.Hours", "1")]),
            ($"/Training/{sessionId}", [new("Shown", mentorId.ToString()), new("Attended", mentorId.ToString())]),
        })
        {
            var response = await manager.PostFormAsync(url, fields, withToken: false);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new { criminalRecordCertificateSeenOn = day, referencesCheckedOn = day }, withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PutJsonAsync($"/api/mentors/{mentorId}/characteristics", new { characteristics = new[] { "Flexibility" } }, withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostJsonAsync($"/api/mentors/{mentorId}/ready", new { }, withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostJsonAsync("/api/training-sessions", new { programmeId, title = "Forged", startsAt = Factory.Clock.GetUtcNow(), kind = "Theory", hours = 1 }, withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PutJsonAsync($"/api/training-sessions/{sessionId}/attendance", new { attendance = new[] { new { mentorId, attended = true } } }, withToken: false)).StatusCode);

        var mentor = await Factory.ParticipantAsync(mentorId);
        Assert.Null(mentor.CriminalRecordCertificateSeenOn);
        Assert.Equal(MentorCharacteristics.None, mentor.Characteristics);
        Assert.Empty((await Factory.TrainingSessionAsync(sessionId)).Attendance);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.TrainingSessions.CountAsync(s => s.ProgrammeId == programmeId)));
    }

    [Fact]
    public async Task A_stale_version_gets_the_concurrency_message_on_pages_and_409_over_the_api()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.ReadyMentorAsync(programmeId);
        var sessionId = await Factory.SessionAsync(programmeId, TrainingKind.Theory, 1, Factory.Clock.GetUtcNow().AddDays(-1));
        var manager = await SignedIn(Demo.ManagerPt);
        var before = await manager.ReadinessAsync(mentorId);
        var stale = before.Version();

        // Someone else saves first.
        var first = await manager.PutJsonAsync($"/api/mentors/{mentorId}/characteristics", new { characteristics = new[] { "Flexibility" }, version = stale });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        foreach (var call in new Func<Task<HttpResponseMessage>>[]
        {
            () => manager.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new { criminalRecordCertificateSeenOn = "2026-11-01", referencesCheckedOn = "2026-11-01", version = stale }),
            () => manager.PutJsonAsync($"/api/mentors/{mentorId}/characteristics", new { characteristics = new[] { "Cooperation" }, version = stale }),
            () => manager.PostJsonAsync($"/api/mentors/{mentorId}/ready", new { version = stale }),
        })
        {
            var response = await call();
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(problem.TryGetProperty("code", out _), $"not a concurrency conflict: {problem}");
        }

        var concurrency = SharedText("Error.Concurrency", "pt"); // manager.pt reads Portuguese
        foreach (var form in new[] { "#checks-form", "#traits-form" })
        {
            var (response, page) = await manager.SubmitAsync($"/Mentors/{mentorId}", new Dictionary<string, string?>
            {
                ["Version"] = stale.ToString(),
                ["Checks.CriminalRecordCertificateSeenOn"] = ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), -2),
            }, form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(concurrency, page.QuerySelectorAll($"{form} [role=alert] li").Select(li => li.TextContent.Trim()));
            // The refused form keeps the stale version, so saving again cannot overwrite silently.
            Assert.Equal(stale.ToString(), (page.QuerySelector($"{form} input[name=Version]") as IHtmlInputElement)?.Value);
        }

        var mentor = await Factory.ParticipantAsync(mentorId);
        Assert.Equal(before.GetProperty("criminalRecordCertificateSeenOn").GetString(), mentor.CriminalRecordCertificateSeenOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(MentorCharacteristics.Flexibility, mentor.Characteristics);
        Assert.Equal(ParticipantStatus.ReadyToMatch, mentor.Status);

        // Attendance: a stale session version too.
        var session = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/training-sessions/{sessionId}");
        var other = await Factory.AcceptedAsync(programmeId);
        var saved = await manager.PutJsonAsync($"/api/training-sessions/{sessionId}/attendance", new { attendance = new[] { new { mentorId = other, attended = true } }, version = session.Version() });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var conflict = await manager.PutJsonAsync($"/api/training-sessions/{sessionId}/attendance", new { attendance = new[] { new { mentorId = other, attended = false } }, version = session.Version() });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var (pageResponse, sessionPage) = await manager.SubmitAsync($"/Training/{sessionId}", new Dictionary<string, string?>
        {
            ["Version"] = session.Version().ToString(),
            ["Attended"] = null,
        });
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Contains(concurrency, sessionPage.QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()));
        Assert.True((await Factory.TrainingSessionAsync(sessionId)).WasAttendedBy(other));
    }

    private static string SharedText(string key, string language)
    {
        var path = Path.Combine(Platform.LocalizationTests.RepoRoot(), "src", "Ponte.Web", "Resources", "Infrastructure", "Localization", $"SharedResource.{language}.resx");
        return System.Xml.Linq.XDocument.Load(path).Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key).Element("value")!.Value;
    }

    // ------------------------------------------------------------------ the training list

    [Fact]
    public async Task The_training_list_filters_by_programme_and_time_pages_and_says_when_it_is_empty()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1, "Paged training programme");
        var emptyProgramme = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1, "Programme without sessions");
        var now = Factory.Clock.GetUtcNow();
        for (var i = 0; i < 27; i++)
            await Factory.SessionAsync(programmeId, i % 2 == 0 ? TrainingKind.Theory : TrainingKind.Practice, 1, now.AddDays(i - 20), $"Session {i:00}");
        var trainer = await SignedIn(Demo.TrainerPt);

        var first = await trainer.GetPageAsync($"/Training?programme={programmeId}");
        Assert.Equal(25, first.QuerySelectorAll("#sessions tbody tr").Length);
        Assert.NotNull(first.QuerySelector("nav.pager a[rel=next]"));
        Assert.Contains("Session 26", first.QuerySelector("#sessions tbody tr")!.TextContent); // newest first
        var second = await trainer.GetPageAsync($"/Training?programme={programmeId}&page=2");
        Assert.Equal(2, second.QuerySelectorAll("#sessions tbody tr").Length);

        var upcoming = await trainer.GetPageAsync($"/Training?programme={programmeId}&when=upcoming");
        Assert.Equal(6, upcoming.QuerySelectorAll("#sessions tbody tr").Length);
        Assert.Contains("Session 21", upcoming.QuerySelector("#sessions tbody tr")!.TextContent); // soonest first
        var past = await trainer.GetPageAsync($"/Training?programme={programmeId}&when=past");
        Assert.Equal(21, past.QuerySelectorAll("#sessions tbody tr").Length);

        var empty = await trainer.GetPageAsync($"/Training?programme={emptyProgramme}");
        Assert.NotNull(empty.QuerySelector("#empty"));
        Assert.Null(empty.QuerySelector("#sessions"));

        var api = await trainer.Http.GetFromJsonAsync<JsonElement>($"/api/training-sessions?programmeId={programmeId}&page=2");
        Assert.Equal(27, api.GetProperty("total").GetInt32());
        Assert.Equal(2, api.GetProperty("items").GetArrayLength());
        var apiUpcoming = await trainer.Http.GetFromJsonAsync<JsonElement>($"/api/training-sessions?programmeId={programmeId}&when=upcoming");
        Assert.All(apiUpcoming.GetProperty("items").EnumerateArray(), s => Assert.False(s.GetProperty("started").GetBoolean()));
        Assert.Equal(6, apiUpcoming.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_session_planned_on_the_page_is_stored_as_typed_in_Lisbon_time()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var trainer = await SignedIn(Demo.TrainerPt);
        var form = await trainer.GetPageAsync($"/Training/Create?programme={programmeId}");
        Assert.Equal(await Factory.DisplayNameAsync(Demo.TrainerPt), (form.QuerySelector("#Input_Trainer") as IHtmlInputElement)?.Value);

        var (response, _) = await trainer.SubmitAsync($"/Training/Create?programme={programmeId}", new Dictionary<string, string?>
        {
            ["Input.Title"] = "  Role play: the first meeting  ",
            ["Input.StartsAt"] = "2026-12-02T18:30",
            ["Input.Kind"] = "Practice",
            ["Input.Hours"] = "2,75",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var session = await Factory.TrainingSessionAsync(id);
        Assert.Equal("Role play: the first meeting", session.Title);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 18, 30, 0, TimeSpan.Zero), session.StartsAt);
        Assert.Equal(TrainingKind.Practice, session.Kind);
        Assert.Equal(2.75m, session.Hours);
        Assert.Equal(programmeId, session.ProgrammeId);

        var page = await trainer.GetPageAsync($"/Training/{id}");
        Assert.Contains("18:30", page.QuerySelector("#session-facts")!.TextContent);
        Assert.DoesNotContain("UTC", page.QuerySelector("#session-facts")!.TextContent);
    }
}

public sealed class SqliteReadinessGuardTests(SqliteFactory f) : ReadinessGuardTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresReadinessGuardTests(PostgresFactory f) : ReadinessGuardTests(f), IClassFixture<PostgresFactory>;
