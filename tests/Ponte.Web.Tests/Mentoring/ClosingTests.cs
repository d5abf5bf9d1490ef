using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Relationships;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>
/// Ending a mentoring process over HTTP: a manager closes it (completed, or early on a mentee's
/// request), each mentee's situation on leaving is recorded, the mentor's place is freed for the
/// next matching run, and a mentee's reasons for asking to end stay hidden from her mentor.
/// </summary>
public abstract class ClosingTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Closing_a_completed_process_records_the_situation_on_leaving_frees_the_mentors_place_and_invites_both_to_their_forms()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var id = await Factory.ActivateAsync(manager, programme, olena, ana);
        var mentor = await Factory.SignedInAsync(ana);

        // Only a manager closes; bad input names its field and changes nothing.
        var situation = new { menteeId = olena.Id, situation = "Employed", qualification = "Care assistant certificate", languageLevel = "A2", trainings = new[] { "Portuguese A2", "First aid" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostJsonAsync($"/api/processes/{id}/close", new { outcome = "Completed", situations = new[] { situation } })).StatusCode);
        var missing = await (await manager.PostJsonAsync($"/api/processes/{id}/close", new { outcome = "Completed", situations = Array.Empty<object>() })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("situations", out _));
        var noReason = await (await manager.PostJsonAsync($"/api/processes/{id}/close", new { outcome = "EndedEarly", situations = new[] { situation } })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var badLevel = await manager.PostJsonAsync($"/api/processes/{id}/close", new { outcome = "Completed", situations = new[] { new { menteeId = olena.Id, situation = "Employed", languageLevel = "D9" } } });
        Assert.Equal(HttpStatusCode.BadRequest, badLevel.StatusCode);
        Assert.Equal("Active", (await manager.OnlyProcessAsync(programme)).GetProperty("status").GetString());

        var closed = await (await manager.PostJsonAsync($"/api/processes/{id}/close", new { outcome = "Completed", note = "Olena starts at a care home in May.", situations = new[] { situation } }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", closed.GetProperty("closure").GetProperty("outcome").GetString());
        var recorded = Assert.Single(closed.GetProperty("situations").EnumerateArray());
        Assert.Equal("Employed", recorded.GetProperty("situation").GetString());
        Assert.Equal("A2", recorded.GetProperty("languageLevel").GetString());
        Assert.Equal(["Portuguese A2", "First aid"], recorded.GetProperty("trainings").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Closed", (await manager.OnlyProcessAsync(programme)).GetProperty("status").GetString());
        var again = await (await manager.PostJsonAsync($"/api/processes/{id}/close", new { outcome = "Completed", situations = new[] { situation } })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("ProcessClosed", again.GetProperty("code").GetString());

        // The mentor reads that it ended, not the manager's note nor the situation on leaving.
        var seenByMentor = await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/closing");
        Assert.Equal(JsonValueKind.Null, seenByMentor.GetProperty("closure").GetProperty("note").ValueKind);
        Assert.Empty(seenByMentor.GetProperty("situations").EnumerateArray());

        // The relationship ended: Ana is ready to match again, Olena is completed, both were invited to their forms.
        var (relationship, anaStatus, olenaStatus, olenaTimeline) = await Factory.WithDbAsync(async db =>
            ((await db.Relationships.SingleAsync(r => r.MentorId == ana.Id)).Status,
             (await db.Participants.SingleAsync(p => p.Id == ana.Id)).Status,
             (await db.Participants.SingleAsync(p => p.Id == olena.Id)).Status,
             (await db.Participants.SingleAsync(p => p.Id == olena.Id)).Timeline.Select(t => t.Event).ToList()));
        Assert.Equal(RelationshipStatus.Closed, relationship);
        Assert.Equal(ParticipantStatus.ReadyToMatch, anaStatus);
        Assert.Equal(ParticipantStatus.Completed, olenaStatus);
        Assert.Contains("MentoringClosed", olenaTimeline);
        Assert.Equal(2, await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.Template == "Mentoring.Closed" && (m.To == ana.Email || m.To == olena.Email))));

        // Her place is free: the next run proposes her to the next mentee waiting.
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Shevchenko");
        var run = await (await manager.PostJsonAsync($"/api/programmes/{programme}/matching-runs", new { })).JsonAsync(HttpStatusCode.Created);
        var proposal = Assert.Single(run.GetProperty("proposals").EnumerateArray());
        Assert.Equal(iryna.Id, proposal.GetProperty("menteeId").GetGuid());
        Assert.Equal(ana.Id, proposal.GetProperty("mentorId").GetGuid());

        // The managers' list filters closed processes; the page shows the ending.
        var list = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes?programmeId={programme}&status=Closed");
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var page = await manager.GetPageAsync($"/Mentoring/{id}");
        Assert.NotNull(page.QuerySelector("#closure[data-outcome=Completed]"));
        Assert.NotNull(page.QuerySelector("#situations"));
        Assert.Null(page.QuerySelector("#close-form"));
    }

    [Fact]
    public async Task A_mentees_request_to_end_reaches_the_managers_and_not_her_mentor_and_closing_on_it_sends_her_back_to_the_board()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var bea = await Factory.MentorWithAccountAsync(programme, "Beatriz Lopes");
        var fatima = await Factory.MenteeWithAccountAsync(programme, "Fatima Rahimi");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, fatima.Id);
        var id = await Factory.ActivateAsync(manager, programme, fatima, bea);
        var mentee = await Factory.SignedInAsync(fatima);
        var mentor = await Factory.SignedInAsync(bea);

        var other = await (await mentee.PostJsonAsync($"/api/processes/{id}/close-requests", new { reason = "Other" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(other.GetProperty("errors").TryGetProperty("text", out _));
        var asked = await (await mentee.PostJsonAsync($"/api/processes/{id}/close-requests",
            new { reason = "NotAGoodFit", text = "We do not understand each other; I would like someone who knows care work.", wantsNewMentor = true })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("NotAGoodFit", Assert.Single(asked.GetProperty("requests").EnumerateArray()).GetProperty("reason").GetString());
        var twice = await (await mentee.PostJsonAsync($"/api/processes/{id}/close-requests", new { reason = "NoTime" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("CloseAlreadyRequested", twice.GetProperty("code").GetString());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.Template == "Mentoring.CloseRequested" && m.To == Demo.ManagerPt && m.Body.Contains(id.ToString()))));

        // Her mentor sees no request, neither in the API nor on the page, nor in the process's timeline.
        var seenByMentor = await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/closing");
        Assert.Empty(seenByMentor.GetProperty("requests").EnumerateArray());
        var mentorPage = await mentor.GetPageAsync($"/Mentoring/{id}");
        Assert.Null(mentorPage.QuerySelector("#close-requests"));
        Assert.DoesNotContain("care work", mentorPage.Body!.TextContent, StringComparison.Ordinal);
        var process = await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}");
        Assert.DoesNotContain(process.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("event").GetString() == "CloseRequested");

        // The manager reads why, and closes on it from the page: Fatima goes back to the board.
        var managerView = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/closing");
        var request = Assert.Single(managerView.GetProperty("requests").EnumerateArray());
        Assert.True(request.GetProperty("wantsNewMentor").GetBoolean());
        Assert.Contains("care work", request.GetProperty("text").GetString(), StringComparison.Ordinal);
        var fields = new Dictionary<string, string?>
        {
            ["Close.Outcome"] = "EndedEarly",
            ["Close.Reason"] = "NotAGoodFit",
            ["Close.Situations[0].Situation"] = "JobSearching",
            ["Close.Situations[0].LanguageLevel"] = "A1",
        };
        var (unconfirmed, refused) = await manager.SubmitAsync($"/Mentoring/{id}", fields, "#close-form");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.NotNull(refused.QuerySelector("#close-confirm-error")?.TextContent.Trim() is { Length: > 0 } ? refused : null);
        fields["Close.Confirm"] = "true";
        var (response, _) = await manager.SubmitAsync($"/Mentoring/{id}", fields, "#close-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (fatimaStatus, beaStatus, state) = await Factory.WithDbAsync(async db =>
            ((await db.Participants.SingleAsync(p => p.Id == fatima.Id)).Status,
             (await db.Participants.SingleAsync(p => p.Id == bea.Id)).Status,
             (await db.MentoringProcesses.SingleAsync(p => p.Id == id)).CloseRequests.Single().State));
        Assert.Equal(ParticipantStatus.ReadyToMatch, fatimaStatus);
        Assert.Equal(ParticipantStatus.ReadyToMatch, beaStatus);
        Assert.Equal(Ponte.Domain.Mentoring.CloseRequestState.Granted, state);
        var closing = await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/closing");
        Assert.Equal("EndedEarly", closing.GetProperty("closure").GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, closing.GetProperty("closure").GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task A_declined_request_is_answered_to_the_person_who_asked_and_the_process_goes_on()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var carla = await Factory.MentorWithAccountAsync(programme, "Carla Mendes");
        var tatiana = await Factory.MenteeWithAccountAsync(programme, "Tatiana Bondar");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, tatiana.Id);
        var id = await Factory.ActivateAsync(manager, programme, tatiana, carla);
        var mentor = await Factory.SignedInAsync(carla);

        await (await mentor.PostJsonAsync($"/api/processes/{id}/close-requests", new { reason = "NoTime" })).JsonAsync(HttpStatusCode.Created);
        var newMentor = await (await mentor.PostJsonAsync($"/api/processes/{id}/close-requests", new { reason = "NoTime", wantsNewMentor = true })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(newMentor.GetProperty("errors").TryGetProperty("wantsNewMentor", out _));
        var requestId = Assert.Single((await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/closing")).GetProperty("requests").EnumerateArray()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostJsonAsync($"/api/processes/{id}/close-requests/{requestId}/decline", new { note = "No" })).StatusCode);
        var declined = await (await manager.PostJsonAsync($"/api/processes/{id}/close-requests/{requestId}/decline", new { note = "Let us talk first: we can change the rhythm." })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Declined", Assert.Single(declined.GetProperty("requests").EnumerateArray()).GetProperty("state").GetString());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.Template == "Mentoring.CloseDeclined" && m.To == carla.Email)));
        Assert.Equal("Active", (await manager.OnlyProcessAsync(programme)).GetProperty("status").GetString());
        var seen = Assert.Single((await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/closing")).GetProperty("requests").EnumerateArray());
        Assert.Equal("Let us talk first: we can change the rhythm.", seen.GetProperty("decisionNote").GetString());

        // An outsider sees nothing of it.
        var finland = await As(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.Http.GetAsync($"/api/processes/{id}/closing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.PostJsonAsync($"/api/processes/{id}/close", new { outcome = "Completed" })).StatusCode);
    }
}

public sealed class SqliteClosingTests(SqliteFactory f) : ClosingTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresClosingTests(PostgresFactory f) : ClosingTests(f), IClassFixture<PostgresFactory>;
