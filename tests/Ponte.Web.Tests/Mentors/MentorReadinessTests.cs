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

/// <summary>
/// Mentor readiness over HTTP: a mentor is ready to match only when the safety checks pass and
/// the programme's theory and practice hours are attended, whoever asks.
/// </summary>
public abstract class MentorReadinessTests(PonteFactory factory) : ReadinessTest(factory)
{
    [Fact]
    public async Task A_freshly_accepted_mentor_becomes_ready_to_match_only_after_checks_and_training()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 4, practice: 6);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var manager = await SignedIn(Demo.ManagerPt);
        var trainer = await SignedIn(Demo.TrainerPt);

        // She is not ready: nothing is done yet.
        var readiness = await manager.ReadinessAsync(mentorId);
        Assert.Equal("Accepted", readiness.Status());
        Assert.False(readiness.GetProperty("ready").GetBoolean());
        Assert.Equal(new[] { "CriminalRecordNotSeen", "ReferencesNotChecked", "TheoryHoursMissing", "PracticeHoursMissing" }, readiness.Gaps());
        var page = await manager.GetPageAsync($"/Mentors/{mentorId}");
        Assert.Equal(4, page.QuerySelectorAll("#gaps li[data-gap]").Length);
        Assert.Equal("false", page.QuerySelector("#verdict [data-ready]")?.GetAttribute("data-ready"));

        // The safety checks, on the page: still not ready, the hours are missing.
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var checkedAt = Factory.Clock.GetUtcNow();
        var (saved, _) = await manager.SubmitAsync($"/Mentors/{mentorId}", new Dictionary<string, string?>
        {
            ["Checks.CriminalRecordCertificateSeenOn"] = ReadinessArrangements.Day(checkedAt, -3),
            ["Checks.ReferencesCheckedOn"] = ReadinessArrangements.Day(checkedAt, -1),
        }, "#checks-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        readiness = await manager.ReadinessAsync(mentorId);
        Assert.Equal("Accepted", readiness.Status());
        Assert.Equal(new[] { "TheoryHoursMissing", "PracticeHoursMissing" }, readiness.Gaps());
        Assert.Equal(ReadinessArrangements.Day(checkedAt, -3), readiness.GetProperty("criminalRecordCertificateSeenOn").GetString());

        // Asking for readiness explicitly is refused with the named gaps: over the API…
        var refused = await manager.PostJsonAsync($"/api/mentors/{mentorId}/ready", new { version = readiness.Version() });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NotReadyToMatch", problem.GetProperty("code").GetString());
        Assert.Equal(new[] { "TheoryHoursMissing", "PracticeHoursMissing" }, problem.Gaps());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));

        // …and on the page, which names each gap.
        var (markPage, markDoc) = await manager.SubmitAsync($"/Mentors/{mentorId}", new Dictionary<string, string?>(), "#ready-form");
        Assert.Equal(HttpStatusCode.OK, markPage.StatusCode);
        var named = markDoc.QuerySelectorAll("#ready-errors li[data-gap]").Select(li => li.GetAttribute("data-gap")).ToList();
        Assert.Equal(new[] { "TheoryHoursMissing", "PracticeHoursMissing" }, named);
        Assert.All(markDoc.QuerySelectorAll("#ready-errors li"), li => Assert.False(string.IsNullOrWhiteSpace(li.TextContent)));
        Assert.False(string.IsNullOrWhiteSpace(markDoc.QuerySelector("#ready-errors p")?.TextContent));
        Assert.Equal(ParticipantStatus.Accepted, (await Factory.ParticipantAsync(mentorId)).Status);

        // The trainer plans sessions adding up to 4 h theory and 6 h practice (held yesterday)…
        var held = Factory.Clock.GetUtcNow().AddDays(-1);
        var (created, _) = await trainer.SubmitAsync("/Training/Create", new Dictionary<string, string?>
        {
            ["Input.ProgrammeId"] = programmeId.ToString(),
            ["Input.Title"] = "Safeguarding and boundaries",
            ["Input.StartsAt"] = ReadinessArrangements.Local(held),
            ["Input.Kind"] = "Theory",
            ["Input.Hours"] = "2.5",
            ["Input.Location"] = "Rua dos Anjos 48",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var theory1 = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var theory2 = await CreateSessionAsync(trainer, programmeId, "Intercultural communication", held.AddHours(3), "Theory", 1.5m);
        var practice = await CreateSessionAsync(trainer, programmeId, "Shadowing a mentoring meeting", held.AddHours(5), "Practice", 6m);

        // …and records attendance on the page: training has started.
        Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var (attended, _) = await trainer.SubmitAsync($"/Training/{theory1}", new Dictionary<string, string?> { ["Attended"] = mentorId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, attended.StatusCode);
        Assert.Equal(ParticipantStatus.InTraining, (await Factory.ParticipantAsync(mentorId)).Status);

        // Over the API for the rest: she becomes ready to match by herself.
        Factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var readyAt = Factory.Clock.GetUtcNow();
        var response = await trainer.PutJsonAsync($"/api/training-sessions/{theory2}/attendance", new { attendance = new[] { new { mentorId, attended = true } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ParticipantStatus.InTraining, (await Factory.ParticipantAsync(mentorId)).Status);
        response = await trainer.PutJsonAsync($"/api/training-sessions/{practice}/attendance", new { attendance = new[] { new { mentorId, attended = true } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ReadyToMatch", session.GetProperty("attendance").EnumerateArray().Single().GetProperty("status").GetString());

        readiness = await manager.ReadinessAsync(mentorId);
        Assert.Equal("ReadyToMatch", readiness.Status());
        Assert.True(readiness.GetProperty("ready").GetBoolean());
        Assert.Empty(readiness.Gaps());
        Assert.Equal(4m, readiness.GetProperty("theoryHoursAttended").GetDecimal());
        Assert.Equal(6m, readiness.GetProperty("practiceHoursAttended").GetDecimal());

        // The timeline says who did what, and when.
        var managerName = await Factory.DisplayNameAsync(Demo.ManagerPt);
        var trainerName = await Factory.DisplayNameAsync(Demo.TrainerPt);
        var mentor = await Factory.ParticipantAsync(mentorId);
        var passed = Assert.Single(mentor.Timeline, t => t.Event == "SafetyChecksPassed");
        Assert.Equal(managerName, await Factory.NameOfAsync(passed.ActorUserId));
        Assert.Equal(checkedAt, passed.At);
        var started = Assert.Single(mentor.Timeline, t => t.Event == "TrainingStarted");
        Assert.Equal(trainerName, await Factory.NameOfAsync(started.ActorUserId));
        Assert.Equal(("Accepted", "InTraining"), (started.FromStatus, started.ToStatus));
        var ready = Assert.Single(mentor.Timeline, t => t.Event == "ReadyToMatch");
        Assert.Equal(trainerName, await Factory.NameOfAsync(ready.ActorUserId));
        Assert.Equal(readyAt, ready.At);
        Assert.Equal(("InTraining", "ReadyToMatch"), (ready.FromStatus, ready.ToStatus));

        // The readiness page shows the verdict, the hours and the history with names.
        page = await manager.GetPageAsync($"/Mentors/{mentorId}");
        Assert.Equal("true", page.QuerySelector("#verdict [data-ready]")?.GetAttribute("data-ready"));
        Assert.Null(page.QuerySelector("#ready-form"));
        Assert.Equal("4", page.QuerySelector("#theory-progress")?.GetAttribute("value"));
        Assert.Equal(3, page.QuerySelectorAll("#attended-sessions tbody tr").Length);
        var history = page.QuerySelectorAll("#history li[data-event]").ToList();
        Assert.Contains(history, li => li.GetAttribute("data-event") == "ReadyToMatch" && li.QuerySelector("[data-who]")?.GetAttribute("data-who") == trainerName);
        Assert.Contains(history, li => li.GetAttribute("data-event") == "SafetyChecksPassed" && li.QuerySelector("[data-who]")?.GetAttribute("data-who") == managerName);
        Assert.Contains(history, li => li.GetAttribute("data-event") == "TrainingStarted" && li.QuerySelector("time") is not null);
    }

    [Fact]
    public async Task Withdrawing_a_safety_check_asks_for_confirmation_and_moves_a_ready_mentor_back()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 2, practice: 3);
        var mentorId = await Factory.ReadyMentorAsync(programmeId);
        var manager = await SignedIn(Demo.ManagerPt);

        // Clearing a date without confirming changes nothing.
        var (unconfirmed, doc) = await manager.SubmitAsync($"/Mentors/{mentorId}", new Dictionary<string, string?>
        {
            ["Checks.ReferencesCheckedOn"] = string.Empty,
        }, "#checks-form");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("#confirm-error")?.TextContent));
        Assert.NotNull(doc.QuerySelector("#withdraw-notice"));
        Assert.Equal(string.Empty, (doc.QuerySelector("#Checks_ReferencesCheckedOn") as IHtmlInputElement)?.Value);
        var mentor = await Factory.ParticipantAsync(mentorId);
        Assert.Equal(ParticipantStatus.ReadyToMatch, mentor.Status);
        Assert.NotNull(mentor.ReferencesCheckedOn);

        // Confirmed: the check is withdrawn and she is no longer ready.
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var (confirmed, _) = await manager.SubmitAsync($"/Mentors/{mentorId}", new Dictionary<string, string?>
        {
            ["Checks.ReferencesCheckedOn"] = string.Empty,
            ["Checks.ConfirmWithdrawal"] = "true",
        }, "#checks-form");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        mentor = await Factory.ParticipantAsync(mentorId);
        Assert.Equal(ParticipantStatus.InTraining, mentor.Status);
        Assert.Null(mentor.ReferencesCheckedOn);
        Assert.NotNull(mentor.CriminalRecordCertificateSeenOn);
        var managerName = await Factory.DisplayNameAsync(Demo.ManagerPt);
        Assert.Equal(managerName, await Factory.NameOfAsync(Assert.Single(mentor.Timeline, t => t.Event == "SafetyChecksWithdrawn").ActorUserId));
        var back = Assert.Single(mentor.Timeline, t => t.Event == "NoLongerReady");
        Assert.Equal((managerName, "ReadyToMatch", "InTraining"), (await Factory.NameOfAsync(back.ActorUserId), back.FromStatus, back.ToStatus));
        Assert.Equal(new[] { "ReferencesNotChecked" }, (await manager.ReadinessAsync(mentorId)).Gaps());

        // Over the API, recording the check again makes her ready again by herself.
        var readiness = await manager.ReadinessAsync(mentorId);
        var response = await manager.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new
        {
            criminalRecordCertificateSeenOn = readiness.GetProperty("criminalRecordCertificateSeenOn").GetString(),
            referencesCheckedOn = ReadinessArrangements.Day(Factory.Clock.GetUtcNow()),
            version = readiness.Version(),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ReadyToMatch", (await response.Content.ReadFromJsonAsync<JsonElement>()).Status());

        // And null withdraws over the API too.
        readiness = await manager.ReadinessAsync(mentorId);
        response = await manager.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new
        {
            criminalRecordCertificateSeenOn = (string?)null,
            referencesCheckedOn = readiness.GetProperty("referencesCheckedOn").GetString(),
            version = readiness.Version(),
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("InTraining", body.Status());
        Assert.Equal(new[] { "CriminalRecordNotSeen" }, body.Gaps());
    }

    [Fact]
    public async Task A_session_that_has_not_started_refuses_attendance_and_counts_once_it_has()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 2, practice: 0);
        var mentorId = await Factory.AcceptedAsync(programmeId);
        var manager = await SignedIn(Demo.ManagerPt);
        await manager.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new
        {
            criminalRecordCertificateSeenOn = ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), -2),
            referencesCheckedOn = ReadinessArrangements.Day(Factory.Clock.GetUtcNow(), -2),
        });
        var startsAt = Factory.Clock.GetUtcNow().AddDays(2);
        var sessionId = await CreateSessionAsync(manager, programmeId, "Next week's theory", startsAt, "Theory", 2m);

        // The API refuses, in the caller's language.
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/training-sessions/{sessionId}/attendance?culture=pt&ui-culture=pt")
        {
            Content = JsonContent.Create(new { attendance = new[] { new { mentorId, attended = true } } }),
        };
        request.Headers.Add("RequestVerificationToken", await manager.ApiTokenAsync());
        var refused = await manager.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("SessionNotStarted", problem.GetProperty("code").GetString());
        Assert.Equal("As presenças podem ser registadas quando a sessão tiver começado.", problem.GetProperty("title").GetString());

        // The page says so, offers no checklist to save, and a forced post is refused.
        var page = await manager.GetPageAsync($"/Training/{sessionId}");
        Assert.NotNull(page.QuerySelector("#not-started"));
        Assert.All(page.QuerySelectorAll("#attendance-form input[name=Attended]"), i => Assert.True(i.HasAttribute("disabled")));
        Assert.Null(page.QuerySelector("#attendance-form button[type=submit]"));
        var (forced, forcedDoc) = await manager.SubmitAsync($"/Training/{sessionId}", new Dictionary<string, string?> { ["Attended"] = mentorId.ToString() });
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.NotNull(forcedDoc.QuerySelector("#form-errors li"));
        Assert.Empty((await Factory.TrainingSessionAsync(sessionId)).Attendance);
        Assert.Equal(new[] { "TheoryHoursMissing" }, (await manager.ReadinessAsync(mentorId)).Gaps());

        // Once it has started, attendance is recorded and the hours count.
        Factory.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(10));
        manager = await SignedIn(Demo.ManagerPt); // two days on, her session has ended
        var (saved, _) = await manager.SubmitAsync($"/Training/{sessionId}", new Dictionary<string, string?> { ["Attended"] = mentorId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var readiness = await manager.ReadinessAsync(mentorId);
        Assert.Equal("ReadyToMatch", readiness.Status());
        Assert.Equal(2m, readiness.GetProperty("theoryHoursAttended").GetDecimal());
    }

    [Fact]
    public async Task Unticking_attendance_moves_a_ready_mentor_back_and_the_list_shows_her_status()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 2, practice: 0);
        var mentorId = await Factory.ReadyMentorAsync(programmeId, "Leonor Abreu");
        var other = await Factory.AcceptedAsync(programmeId, ParticipantRole.Mentor, "Beatriz Quintela");
        var sessionId = (await Factory.TrainingSessionAsync(await OnlySessionAsync(programmeId))).Id;
        var trainer = await SignedIn(Demo.TrainerPt);

        var page = await trainer.GetPageAsync($"/Training/{sessionId}");
        var rows = page.QuerySelectorAll("#attendance-form li[data-mentor]").Select(li => Guid.Parse(li.GetAttribute("data-mentor")!)).ToList();
        Assert.Equal(new[] { other, mentorId }, rows); // mentors in preparation first
        Assert.True((page.QuerySelector($"#attended-{mentorId}") as IHtmlInputElement)!.IsChecked);

        var (saved, _) = await trainer.SubmitAsync($"/Training/{sessionId}", new Dictionary<string, string?> { ["Attended"] = other.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ParticipantStatus.InTraining, (await Factory.ParticipantAsync(mentorId)).Status);
        Assert.Contains((await Factory.ParticipantAsync(mentorId)).Timeline, t => t.Event == "NoLongerReady");
        Assert.Equal(ParticipantStatus.InTraining, (await Factory.ParticipantAsync(other)).Status);
        var stored = await Factory.TrainingSessionAsync(sessionId);
        Assert.False(stored.WasAttendedBy(mentorId));
        Assert.True(stored.WasAttendedBy(other));
    }

    [Fact]
    public async Task Mark_ready_succeeds_when_nothing_is_missing_and_never_unmatches_a_matched_mentor()
    {
        var programmeId = await Factory.ProgrammeAsync("PT", theory: 1, practice: 1);
        var mentorId = await Factory.ReadyMentorAsync(programmeId);
        var manager = await SignedIn(Demo.ManagerPt);

        var response = await manager.PostJsonAsync($"/api/mentors/{mentorId}/ready", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ReadyToMatch", (await response.Content.ReadFromJsonAsync<JsonElement>()).Status());

        // A matched demo mentor stays matched when someone marks her ready.
        var matched = await Factory.WithDbAsync(async db =>
        {
            var pt = await db.Organisations.SingleAsync(o => o.CountryCode == "PT");
            return await db.Participants
                .Where(p => p.OrganisationId == pt.Id && p.Role == ParticipantRole.Mentor && p.Status == ParticipantStatus.Matched)
                .Select(p => p.Id).FirstAsync();
        });
        response = await manager.PostJsonAsync($"/api/mentors/{matched}/ready", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ParticipantStatus.Matched, (await Factory.ParticipantAsync(matched)).Status);
    }

    private Task<Guid> OnlySessionAsync(Guid programmeId) =>
        Factory.WithDbAsync(db => db.TrainingSessions.Where(s => s.ProgrammeId == programmeId).Select(s => s.Id).SingleAsync());

    internal static async Task<Guid> CreateSessionAsync(Visitor visitor, Guid programmeId, string title, DateTimeOffset startsAt, string kind, decimal hours)
    {
        var response = await visitor.PostJsonAsync("/api/training-sessions", new { programmeId, title, startsAt, kind, hours, location = "Lisboa", trainer = "João" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/training-sessions/{body.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        return body.GetProperty("id").GetGuid();
    }
}

public sealed class SqliteMentorReadinessTests(SqliteFactory f) : MentorReadinessTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresMentorReadinessTests(PostgresFactory f) : MentorReadinessTests(f), IClassFixture<PostgresFactory>;
