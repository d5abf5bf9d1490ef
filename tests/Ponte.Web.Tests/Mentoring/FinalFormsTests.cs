using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>
/// After the close, over HTTP: the mentor's, the mentee's and the joint final form, each read only
/// by whom it belongs to; then the unmet goals carried into a new process, with the same mentor or
/// through the match board, both processes' histories still readable.
/// </summary>
public abstract class FinalFormsTests(PonteFactory factory) : IntegrationTest(factory)
{
    private sealed record Closed(Guid Id, Guid Programme, Person Mentor, Person Mentee, Visitor Manager, Visitor MentorVisitor, Visitor MenteeVisitor, Guid Met, Guid Unmet, Guid Dropped);

    /// <summary>An active pair whose plan has three goals (achieved, in progress, dropped), then closed as completed.</summary>
    private async Task<Closed> ClosedAsync(string mentorName, string menteeName)
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var mentor = await Factory.MentorWithAccountAsync(programme, mentorName);
        var mentee = await Factory.MenteeWithAccountAsync(programme, menteeName);
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, mentee.Id);
        var id = await Factory.ActivateAsync(manager, programme, mentee, mentor);
        var mentorVisitor = await Factory.SignedInAsync(mentor);
        var menteeVisitor = await Factory.SignedInAsync(mentee);
        var plan = $"/api/processes/{id}/plans/{mentee.Id}";
        async Task<Guid> Goal(string what, string status)
        {
            var added = await (await menteeVisitor.PostJsonAsync($"{plan}/goals", new { area = "LabourMarketOrientation", what, measure = "Seen by both" })).JsonAsync(HttpStatusCode.OK);
            var goal = added.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("what").GetString() == what);
            var goalId = goal.GetProperty("id").GetGuid();
            await (await menteeVisitor.PutJsonAsync($"{plan}/goals/{goalId}/status", new { status, version = added.GetProperty("version").GetGuid() })).JsonAsync(HttpStatusCode.OK);
            return goalId;
        }

        var met = await Goal("A CV in Portuguese", "InProgress");
        var version = (await menteeVisitor.Http.GetFromJsonAsync<JsonElement>(plan)).GetProperty("version").GetGuid();
        await (await menteeVisitor.PutJsonAsync($"{plan}/goals/{met}/status", new { status = "Achieved", version })).JsonAsync(HttpStatusCode.OK);
        var unmet = await Goal("Work as a care assistant", "InProgress");
        var dropped = await Goal("A driving licence", "Dropped");
        await (await manager.PostJsonAsync($"/api/processes/{id}/close", new
        {
            outcome = "Completed",
            situations = new[] { new { menteeId = mentee.Id, situation = "JobSearching", languageLevel = "A2" } },
        })).JsonAsync(HttpStatusCode.OK);
        return new Closed(id, programme, mentor, mentee, manager, mentorVisitor, menteeVisitor, met, unmet, dropped);
    }

    [Fact]
    public async Task Each_side_fills_in_her_own_form_the_other_side_cannot_read_it_and_both_read_the_joint_form()
    {
        var c = await ClosedAsync("Ana Costa", "Olena Kovalenko");
        var forms = $"/api/processes/{c.Id}/evaluations";

        var bad = await (await c.MenteeVisitor.PutJsonAsync($"{forms}/{c.Mentee.Id}", new { experience = "Good", satisfaction = 6 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("satisfaction", out _));
        var menteeForm = await (await c.MenteeVisitor.PutJsonAsync($"{forms}/{c.Mentee.Id}",
            new { experience = "Ana showed me how interviews work here.", satisfaction = 5, whatChanged = "I apply for jobs on my own now." })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(5, menteeForm.GetProperty("satisfaction").GetInt32());
        await (await c.MentorVisitor.PutJsonAsync($"{forms}/{c.Mentor.Id}",
            new { experience = "Olena prepared every meeting.", satisfaction = 4, whatChanged = "Her confidence in interviews." })).JsonAsync(HttpStatusCode.OK);

        // Neither reads nor writes the other's form; the manager reads both and writes none.
        Assert.Equal(HttpStatusCode.NotFound, (await c.MentorVisitor.Http.GetAsync($"{forms}/{c.Mentee.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.MenteeVisitor.Http.GetAsync($"{forms}/{c.Mentor.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.MentorVisitor.PutJsonAsync($"{forms}/{c.Mentee.Id}", new { experience = "x", satisfaction = 1 })).StatusCode);
        var seenByMentor = await c.MentorVisitor.Http.GetFromJsonAsync<JsonElement>(forms);
        Assert.Equal([c.Mentor.Id], seenByMentor.GetProperty("individual").EnumerateArray().Select(f => f.GetProperty("participantId").GetGuid()));
        var mentorPage = await c.MentorVisitor.GetPageAsync($"/Mentoring/{c.Id}/Evaluations");
        Assert.DoesNotContain("on my own now", mentorPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("I apply for jobs on my own now.", (await c.Manager.Http.GetFromJsonAsync<JsonElement>($"{forms}/{c.Mentee.Id}")).GetProperty("whatChanged").GetString());
        Assert.Equal(2, (await c.Manager.Http.GetFromJsonAsync<JsonElement>(forms)).GetProperty("individual").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await c.Manager.PutJsonAsync($"{forms}/{c.Mentee.Id}", new { experience = "x", satisfaction = 1 })).StatusCode);
        var finland = await As(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.Http.GetAsync($"{forms}/{c.Mentee.Id}")).StatusCode);

        // The joint form rates every goal of her plan; both sides read it.
        var joint = $"/api/processes/{c.Id}/joint-evaluations/{c.Mentee.Id}";
        var partial = await (await c.MentorVisitor.PutJsonAsync(joint, new { ratings = new[] { new { goalId = c.Met, achievement = "Achieved" } } })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(partial.GetProperty("errors").TryGetProperty("ratings", out _));
        var saved = await (await c.MentorVisitor.PutJsonAsync(joint, new
        {
            ratings = new object[]
            {
                new { goalId = c.Met, achievement = "Achieved", evidence = "The CV is online." },
                new { goalId = c.Unmet, achievement = "Partly", evidence = "Two interviews, no offer yet." },
                new { goalId = c.Dropped, achievement = "NotAchieved" },
            },
            summary = "A good year.",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Achieved", "Partly", "NotAchieved"], saved.GetProperty("ratings").EnumerateArray().Select(r => r.GetProperty("achievement").GetString()));
        var read = await (await c.MenteeVisitor.Http.GetAsync(joint)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Two interviews, no offer yet.", read.GetProperty("ratings")[1].GetProperty("evidence").GetString());
        Assert.Equal("Ana Costa", read.GetProperty("updatedBy").GetString());

        // The pages: her own form, the joint form with its three goals, the manager's list of all forms.
        var own = await c.MenteeVisitor.GetPageAsync($"/Mentoring/{c.Id}/Evaluation");
        Assert.Contains("Ana showed me", own.QuerySelector("#experience")!.TextContent, StringComparison.Ordinal);
        var (response, _) = await c.MenteeVisitor.SubmitAsync($"/Mentoring/{c.Id}/Evaluation", new Dictionary<string, string?> { ["Input.Satisfaction"] = "4" }, "#evaluation-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(4, (await c.Manager.Http.GetFromJsonAsync<JsonElement>($"{forms}/{c.Mentee.Id}")).GetProperty("satisfaction").GetInt32());
        var jointPage = await c.MenteeVisitor.GetPageAsync($"/Mentoring/{c.Id}/Joint/{c.Mentee.Id}");
        Assert.Equal(3, jointPage.QuerySelectorAll("fieldset.goal-rating").Length);
        var all = await c.Manager.GetPageAsync($"/Mentoring/{c.Id}/Evaluations");
        Assert.Equal(2, all.QuerySelectorAll("article.individual-form").Length);
        Assert.Single(all.QuerySelectorAll("article.joint-form"));
    }

    [Fact]
    public async Task Unmet_goals_carry_into_a_new_process_with_the_same_mentor_and_both_histories_stay_readable()
    {
        var c = await ClosedAsync("Beatriz Lopes", "Fatima Rahimi");

        var achieved = await (await c.Manager.PostJsonAsync($"/api/processes/{c.Id}/renewals", new { menteeId = c.Mentee.Id, goalIds = new[] { c.Met }, mentor = "SameMentor" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(achieved.GetProperty("errors").TryGetProperty("goalIds", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await c.MentorVisitor.PostJsonAsync($"/api/processes/{c.Id}/renewals", new { menteeId = c.Mentee.Id, goalIds = new[] { c.Unmet }, mentor = "SameMentor" })).StatusCode);

        var renewed = await c.Manager.PostJsonAsync($"/api/processes/{c.Id}/renewals", new { menteeId = c.Mentee.Id, goalIds = new[] { c.Unmet, c.Dropped }, mentor = "SameMentor" });
        var view = await renewed.JsonAsync(HttpStatusCode.Created);
        var renewal = Assert.Single(view.GetProperty("renewals").EnumerateArray());
        var newId = renewal.GetProperty("toProcessId").GetGuid();
        Assert.Equal($"/api/processes/{newId}", renewed.Headers.Location?.OriginalString);
        var again = await (await c.Manager.PostJsonAsync($"/api/processes/{c.Id}/renewals", new { menteeId = c.Mentee.Id, goalIds = new[] { c.Unmet }, mentor = "SameMentor" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("AlreadyRenewed", again.GetProperty("code").GetString());

        // The new process starts at matched, linked back, with the carried goals in her new plan.
        var fresh = await (await c.MenteeVisitor.Http.GetAsync($"/api/processes/{newId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Matched", fresh.GetProperty("status").GetString());
        Assert.Equal(c.Id, (await c.MenteeVisitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{newId}/closing")).GetProperty("renewedFromId").GetGuid());
        var plan = await c.MentorVisitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{newId}/plans/{c.Mentee.Id}");
        var goals = plan.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(["Work as a care assistant", "A driving licence"], goals.Select(g => g.GetProperty("what").GetString()));
        Assert.Equal(["InProgress", "NotStarted"], goals.Select(g => g.GetProperty("status").GetString()));
        Assert.Equal("GoalCarriedOver", goals[0].GetProperty("history")[0].GetProperty("event").GetString());

        // Both pages link to each other; the old plan and the old forms are as they were.
        var oldPage = await c.MenteeVisitor.GetPageAsync($"/Mentoring/{c.Id}");
        Assert.NotNull(oldPage.QuerySelector($"#renewals a[href='/Mentoring/{newId}']"));
        var newPage = await c.MenteeVisitor.GetPageAsync($"/Mentoring/{newId}");
        Assert.NotNull(newPage.QuerySelector($"#renewed-from a[href='/Mentoring/{c.Id}']"));
        var oldPlan = await c.MenteeVisitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{c.Id}/plans/{c.Mentee.Id}");
        Assert.Equal(3, oldPlan.GetProperty("goals").GetArrayLength());
        var (mentee, mentor, relationships) = await Factory.WithDbAsync(async db =>
            ((await db.Participants.SingleAsync(p => p.Id == c.Mentee.Id)).Status, (await db.Participants.SingleAsync(p => p.Id == c.Mentor.Id)).Status,
             await db.Relationships.CountAsync(r => r.MenteeId == c.Mentee.Id)));
        Assert.Equal((ParticipantStatus.Matched, ParticipantStatus.Matched, 2), (mentee, mentor, relationships));
    }

    [Fact]
    public async Task Back_to_the_match_board_the_goals_wait_and_go_into_the_process_her_next_match_starts()
    {
        var c = await ClosedAsync("Carla Mendes", "Tatiana Bondar");

        var page = await c.Manager.GetPageAsync($"/Mentoring/{c.Id}/Renew/{c.Mentee.Id}");
        Assert.Equal(2, page.QuerySelectorAll("#renew-form input[name=GoalIds]").Length);
        var (response, _) = await c.Manager.SubmitAsync($"/Mentoring/{c.Id}/Renew/{c.Mentee.Id}", new Dictionary<string, string?> { ["Mentor"] = "MatchBoard" }, "#renew-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ParticipantStatus.ReadyToMatch, await Factory.WithDbAsync(async db => (await db.Participants.SingleAsync(p => p.Id == c.Mentee.Id)).Status));
        Assert.NotEqual(HttpStatusCode.OK, (await c.MentorVisitor.Http.GetAsync($"/Mentoring/{c.Id}/Renew/{c.Mentee.Id}")).StatusCode);

        // Her next match starts a process whose plan holds the waiting goals, linked to the old one.
        await c.Manager.ApproveAsync(c.Programme, c.Mentee.Id);
        var list = await c.Manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes?programmeId={c.Programme}&status=Matched");
        var newId = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
        var closing = await c.Manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{newId}/closing");
        Assert.Equal(c.Id, closing.GetProperty("renewedFromId").GetGuid());
        var plan = await c.Manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{newId}/plans/{c.Mentee.Id}");
        Assert.Equal(2, plan.GetProperty("goals").GetArrayLength());
        var old = await c.Manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{c.Id}/closing");
        Assert.Equal(newId, Assert.Single(old.GetProperty("renewals").EnumerateArray()).GetProperty("toProcessId").GetGuid());
    }
}

public sealed class SqliteFinalFormsTests(SqliteFactory f) : FinalFormsTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresFinalFormsTests(PostgresFactory f) : FinalFormsTests(f), IClassFixture<PostgresFactory>;
