using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>
/// A mentee's support plan over HTTP: the mentee and her mentor write goals, actions, job and
/// study applications with their steps, and reviews; the manager reads; nobody else reaches it,
/// not even another mentee of the same group. The page does the same with forms.
/// </summary>
public abstract class PlanTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task The_mentee_and_her_mentor_write_the_plan_and_its_job_steps_show_as_interviews_and_offers()
    {
        var (id, _, olena, _, mentor, mentee) = await ProcessAsync(active: true);
        var plan = $"/api/processes/{id}/plans/{olena.Id}";

        // Nothing written yet: an empty plan, no version.
        var empty = await (await mentee.Http.GetAsync(plan)).JsonAsync(HttpStatusCode.OK);
        Assert.False(empty.GetProperty("started").GetBoolean());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("version").ValueKind);
        Assert.Empty(empty.GetProperty("goals").EnumerateArray());
        Assert.True(empty.GetProperty("mayEdit").GetBoolean());

        // Her first goal starts the plan; her mentor adds an action to it.
        var withGoal = await (await mentee.PostJsonAsync($"{plan}/goals", new
        {
            area = "LabourMarketOrientation", what = "Work as a care assistant in Lisbon", measure = "A signed contract", dueBy = Day(90),
        })).JsonAsync(HttpStatusCode.OK);
        Assert.True(withGoal.GetProperty("started").GetBoolean());
        var goal = Assert.Single(withGoal.GetProperty("goals").EnumerateArray());
        var goalId = goal.GetProperty("id").GetGuid();
        Assert.Equal("NotStarted", goal.GetProperty("status").GetString());
        Assert.Equal(Day(90), goal.GetProperty("dueBy").GetString());
        Assert.Equal("Olena Kovalenko", goal.GetProperty("history")[0].GetProperty("by").GetString());
        var v1 = withGoal.GetProperty("version").GetGuid();

        var withAction = await (await mentor.PostJsonAsync($"{plan}/goals/{goalId}/actions", new { what = "Translate the CV into Portuguese", who = "Mentee", dueOn = Day(14), version = v1 }))
            .JsonAsync(HttpStatusCode.OK);
        var action = Assert.Single(withAction.GetProperty("goals")[0].GetProperty("actions").EnumerateArray());
        var actionId = action.GetProperty("id").GetGuid();
        Assert.Equal("Mentee", action.GetProperty("who").GetString());
        Assert.Equal("Ana Costa", withAction.GetProperty("goals")[0].GetProperty("history").EnumerateArray().Last().GetProperty("by").GetString());
        var v2 = withAction.GetProperty("version").GetGuid();
        Assert.NotEqual(v1, v2);

        // Bad input is named by its field and saves nothing.
        Assert.True((await (await mentee.PostJsonAsync($"{plan}/goals", new { area = "Free", what = "Learn to swim", measure = "Swims 100 m", version = v2 }))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("freeAreaName", out _));
        Assert.True((await (await mentee.PostJsonAsync($"{plan}/goals", new { area = "Cooking", what = "x", measure = "y", version = v2 }))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("area", out _));
        Assert.True((await (await mentee.PostJsonAsync($"{plan}/goals", new { area = "CityOrientation", what = " ", measure = "y", version = v2 }))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("what", out _));
        Assert.True((await (await mentee.PostJsonAsync($"{plan}/goals/{goalId}/actions", new { what = "Call the centre", version = v2 }))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("who", out _));
        Assert.True((await (await mentee.PostJsonAsync($"{plan}/job-applications", new { employer = "Clínica Sol", role = "Care assistant", appliedOn = Day(3), version = v2 }))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("appliedOn", out _));
        Assert.Equal(v2, (await mentee.Http.GetFromJsonAsync<JsonElement>(plan)).GetProperty("version").GetGuid());

        // A job application and its steps: an interview passed, then an offer.
        var withJob = await (await mentee.PostJsonAsync($"{plan}/job-applications", new { employer = "Clínica Sol", role = "Care assistant", appliedOn = Day(-20), version = v2 }))
            .JsonAsync(HttpStatusCode.OK);
        var jobId = Assert.Single(withJob.GetProperty("jobApplications").EnumerateArray()).GetProperty("id").GetGuid();
        var version = withJob.GetProperty("version").GetGuid();
        var misfit = await (await mentor.PutJsonAsync($"{plan}/job-applications/{jobId}/steps/Interview", new { on = Day(-10), outcome = "Offer", version }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(misfit.GetProperty("errors").TryGetProperty("outcome", out _));
        var early = await (await mentor.PutJsonAsync($"{plan}/job-applications/{jobId}/steps/Interview", new { on = Day(-30), outcome = "Passed", version }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("on", out _));
        var noSuchStep = await (await mentor.PutJsonAsync($"{plan}/job-applications/{jobId}/steps/Lunch", new { on = Day(-10), outcome = "Passed", version }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noSuchStep.GetProperty("errors").TryGetProperty("step", out _));

        version = (await (await mentor.PutJsonAsync($"{plan}/job-applications/{jobId}/steps/Interview", new { on = Day(-10), outcome = "Passed", note = "Second round with the head nurse", version }))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetGuid();
        var offered = await (await mentee.PutJsonAsync($"{plan}/job-applications/{jobId}/steps/decisionAndOffer", new { on = Day(-2), outcome = "Offer", version }))
            .JsonAsync(HttpStatusCode.OK);
        var steps = offered.GetProperty("jobApplications")[0].GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["Interview", "DecisionAndOffer"], steps.Select(s => s.GetProperty("step").GetString()));
        Assert.Equal("Ana Costa", steps[0].GetProperty("recordedBy").GetString());
        var interview = Assert.Single(offered.GetProperty("interviews").EnumerateArray());
        Assert.Equal("Passed", interview.GetProperty("outcome").GetString());
        Assert.Equal(Day(-10), interview.GetProperty("on").GetString());
        var offer = Assert.Single(offered.GetProperty("offers").EnumerateArray());
        Assert.Equal("Clínica Sol", offer.GetProperty("employer").GetString());
        version = offered.GetProperty("version").GetGuid();

        // A stale version is a conflict, and what the others saved stays.
        var stale = await mentee.PutJsonAsync($"{plan}/goals/{goalId}", new { area = "LabourMarketOrientation", what = "Work in a hospital", measure = "A contract", version = v1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var staleRemoval = await DeleteAsync(mentee, $"{plan}/actions/{actionId}?version={v2}");
        Assert.Equal(HttpStatusCode.Conflict, staleRemoval.StatusCode);
        var kept = await mentee.Http.GetFromJsonAsync<JsonElement>(plan);
        Assert.Equal("Work as a care assistant in Lisbon", kept.GetProperty("goals")[0].GetProperty("what").GetString());
        Assert.Single(kept.GetProperty("goals")[0].GetProperty("actions").EnumerateArray());
        Assert.Single(kept.GetProperty("offers").EnumerateArray());
        Assert.Equal(version, kept.GetProperty("version").GetGuid());

        // The goal moves on; its action is done; a started goal does not go back to not started.
        version = (await (await mentee.PutJsonAsync($"{plan}/goals/{goalId}/status", new { status = "InProgress", note = "CV sent out", version }))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetGuid();
        var back = await (await mentee.PutJsonAsync($"{plan}/goals/{goalId}/status", new { status = "NotStarted", version })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("GoalStatusChange", back.GetProperty("code").GetString());
        var done = await (await mentee.PutJsonAsync($"{plan}/actions/{actionId}", new { what = "Translate the CV into Portuguese", who = "Mentee", dueOn = Day(14), done = true, version }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.True(done.GetProperty("goals")[0].GetProperty("actions")[0].GetProperty("done").GetBoolean());
        Assert.Equal("InProgress", done.GetProperty("goals")[0].GetProperty("status").GetString());
        version = done.GetProperty("version").GetGuid();

        // Study: an application admitted at its decision.
        var withStudy = await (await mentee.PostJsonAsync($"{plan}/study-applications", new { institution = "Escola de Saúde", course = "Geriatric care", appliedOn = Day(-15), version }))
            .JsonAsync(HttpStatusCode.OK);
        var studyId = withStudy.GetProperty("studyApplications")[0].GetProperty("id").GetGuid();
        version = withStudy.GetProperty("version").GetGuid();
        Assert.True((await (await mentee.PutJsonAsync($"{plan}/study-applications/{studyId}/steps/Eligibility", new { on = Day(-5), outcome = "Admitted", version }))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("outcome", out _));
        var admitted = await (await mentee.PutJsonAsync($"{plan}/study-applications/{studyId}/steps/Decision", new { on = Day(-1), outcome = "Admitted", version }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Geriatric care", Assert.Single(admitted.GetProperty("admissions").EnumerateArray()).GetProperty("course").GetString());
        version = admitted.GetProperty("version").GetGuid();

        // A review sets the next one, which cannot be in the past.
        Assert.True((await (await mentor.PostJsonAsync($"{plan}/reviews", new { on = Day(0), nextOn = Day(-1), version }))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("nextOn", out _));
        var reviewed = await (await mentor.PostJsonAsync($"{plan}/reviews", new { on = Day(0), note = "Good progress on the CV", nextOn = Day(30), version }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(Day(30), reviewed.GetProperty("nextReviewOn").GetString());
        Assert.Equal("Good progress on the CV", Assert.Single(reviewed.GetProperty("reviews").EnumerateArray()).GetProperty("note").GetString());
        version = reviewed.GetProperty("version").GetGuid();

        // Removing the action leaves a line naming it on the goal's history.
        var removed = await (await DeleteAsync(mentee, $"{plan}/actions/{actionId}?version={version}")).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(removed.GetProperty("goals")[0].GetProperty("actions").EnumerateArray());
        var last = removed.GetProperty("goals")[0].GetProperty("history").EnumerateArray().Last();
        Assert.Equal("ActionRemoved", last.GetProperty("event").GetString());
        Assert.Contains("Translate the CV", last.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_reads_the_plan_but_only_the_participants_change_it_and_nobody_else_reaches_it()
    {
        var (id, ana, olena, manager, _, mentee) = await ProcessAsync(active: true);
        var plan = $"/api/processes/{id}/plans/{olena.Id}";
        var written = await (await mentee.PostJsonAsync($"{plan}/goals", new { area = "HealthAndHabits", what = "Find a family doctor", measure = "Registered at the health centre" }))
            .JsonAsync(HttpStatusCode.OK);
        var goalId = written.GetProperty("goals")[0].GetProperty("id").GetGuid();

        var read = await (await manager.Http.GetAsync(plan)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Find a family doctor", read.GetProperty("goals")[0].GetProperty("what").GetString());
        Assert.False(read.GetProperty("mayEdit").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync($"{plan}/goals", new { area = "HealthAndHabits", what = "x", measure = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutJsonAsync($"{plan}/goals/{goalId}/status", new { status = "InProgress" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync($"{plan}/reviews", new { on = Day(0) })).StatusCode);
        Assert.Single((await mentee.Http.GetFromJsonAsync<JsonElement>(plan)).GetProperty("goals").EnumerateArray());

        // The mentor of another process of the same programme, and another organisation's manager, find nothing.
        var programme = read.GetProperty("programmeId").GetGuid();
        var bea = await Factory.MentorWithAccountAsync(programme, "Beatriz Lopes");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        await manager.ApproveAsync(programme, iryna.Id);
        foreach (var outsider in new[] { await Factory.SignedInAsync(bea), await Factory.SignedInAsync(iryna), await As(Demo.ManagerFi) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync(plan)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostJsonAsync($"{plan}/goals", new { area = "HealthAndHabits", what = "x", measure = "y" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutJsonAsync($"{plan}/job-applications/{Guid.NewGuid()}/steps/Lunch", new { on = Day(0), outcome = "Passed" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/Mentoring/{id}/Plan/{olena.Id}")).StatusCode);
        }

        // A plan is a mentee's: the mentor's id names none.
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/api/processes/{id}/plans/{ana.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().Http.GetAsync(plan)).StatusCode);
    }

    [Fact]
    public async Task In_a_group_each_mentee_reads_and_writes_only_her_own_plan_and_the_mentor_both()
    {
        var programme = await Factory.MentoringProgrammeAsync(groupSize: 2);
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        await manager.ApproveAsync(programme, iryna.Id);
        var process = await manager.OnlyProcessAsync(programme);
        var id = process.GetProperty("id").GetGuid();
        Assert.Equal(3, process.GetProperty("members").GetArrayLength());
        await DraftAsync(manager, programme, id);

        var olenaVisitor = await Factory.SignedInAsync(olena);
        var irynaVisitor = await Factory.SignedInAsync(iryna);
        var mentor = await Factory.SignedInAsync(ana);
        var olenaPlan = $"/api/processes/{id}/plans/{olena.Id}";
        var irynaPlan = $"/api/processes/{id}/plans/{iryna.Id}";

        await (await olenaVisitor.PostJsonAsync($"{olenaPlan}/goals", new { area = "ParentingAndFamily", what = "A place in a crèche for my son", measure = "He starts in January" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await irynaVisitor.Http.GetAsync(olenaPlan)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await irynaVisitor.PostJsonAsync($"{olenaPlan}/goals", new { area = "HealthAndHabits", what = "x", measure = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await irynaVisitor.Http.GetAsync($"/Mentoring/{id}/Plan/{olena.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await olenaVisitor.Http.GetAsync(irynaPlan)).StatusCode);
        Assert.False((await (await irynaVisitor.Http.GetAsync(irynaPlan)).JsonAsync(HttpStatusCode.OK)).GetProperty("started").GetBoolean());

        // The mentor reads both and starts Iryna's.
        Assert.Single((await (await mentor.Http.GetAsync(olenaPlan)).JsonAsync(HttpStatusCode.OK)).GetProperty("goals").EnumerateArray());
        var irynas = await (await mentor.PostJsonAsync($"{irynaPlan}/goals", new { area = "RightsAndObligations", what = "Renew the residence permit", measure = "The new card", dueBy = Day(60) }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(iryna.Id, irynas.GetProperty("menteeId").GetGuid());
        Assert.Equal("Renew the residence permit", Assert.Single((await irynaVisitor.Http.GetFromJsonAsync<JsonElement>(irynaPlan)).GetProperty("goals").EnumerateArray()).GetProperty("what").GetString());
        Assert.Single((await olenaVisitor.Http.GetFromJsonAsync<JsonElement>(olenaPlan)).GetProperty("goals").EnumerateArray());
    }

    [Fact]
    public async Task The_mentee_adds_a_goal_with_the_form_and_a_refused_one_keeps_her_text_beside_the_message()
    {
        var (id, _, olena, manager, mentor, mentee) = await ProcessAsync(active: false);
        var url = $"/Mentoring/{id}/Plan/{olena.Id}";
        var page = await mentee.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#not-started"));
        Assert.NotNull(page.QuerySelector("#add-goal-form label[for=ng-what]"));

        // Without its wording the goal is refused: the message is beside the field, the rest as she typed it.
        var (refused, again) = await mentee.SubmitAsync(url, new Dictionary<string, string?>
        {
            ["NewGoal.Area"] = "HealthAndHabits",
            ["NewGoal.What"] = " ",
            ["NewGoal.Measure"] = "Registered at the health centre in Arroios",
        }, "#add-goal-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(again.QuerySelector("#ng-what-error")?.TextContent));
        Assert.Equal("true", again.QuerySelector("#ng-what")?.GetAttribute("aria-invalid"));
        Assert.Equal("Registered at the health centre in Arroios", again.QuerySelector("#ng-measure")?.TextContent);
        Assert.Equal("HealthAndHabits", again.QuerySelector("#ng-area option[selected]")?.GetAttribute("value"));
        Assert.NotNull(again.QuerySelector("#form-errors"));

        var (added, _) = await mentee.SubmitAsync(url, new Dictionary<string, string?>
        {
            ["NewGoal.Area"] = "HealthAndHabits",
            ["NewGoal.What"] = "Find a family doctor",
            ["NewGoal.Measure"] = "Registered at the health centre in Arroios",
            ["NewGoal.DueBy"] = Day(60),
        }, "#add-goal-form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        page = await mentee.GetPageAsync(url);
        var goal = Assert.Single(page.QuerySelectorAll("article.goal"));
        Assert.Contains("Find a family doctor", goal.TextContent, StringComparison.Ordinal);
        Assert.Equal("NotStarted", goal.GetAttribute("data-status"));
        var goalId = goal.Id![5..];

        // Her mentor adds an action; she ticks it off.
        var (actionAdded, _) = await mentor.SubmitAsync(url, new Dictionary<string, string?> { ["NewAction.What"] = "Book the first appointment", ["NewAction.Who"] = "Mentee" }, $"#na-{goalId}-form");
        Assert.Equal(HttpStatusCode.Redirect, actionAdded.StatusCode);
        page = await mentee.GetPageAsync(url);
        var tick = page.QuerySelector($"#goal-{goalId} form.tick-form")!;
        var (ticked, _) = await mentee.SubmitAsync(url, new Dictionary<string, string?> { ["ActionChange.Done"] = "true" }, "#" + tick.Id);
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        page = await mentee.GetPageAsync(url);
        Assert.Equal("true", page.QuerySelector($"#goal-{goalId} .plan-actions li")?.GetAttribute("data-done"));

        // Someone saved since she opened the page: the conflict asks her to reload and keeps her text.
        var seen = page.QuerySelector("#add-goal-form input[name=Version]")!.GetAttribute("value");
        await (await mentor.PostJsonAsync($"/api/processes/{id}/plans/{olena.Id}/goals", new { area = "CityOrientation", what = "Ride the metro alone", measure = "She goes to the centre by herself" }))
            .JsonAsync(HttpStatusCode.OK);
        var (conflict, shown) = await mentee.SubmitAsync(url, new Dictionary<string, string?>
        {
            ["Version"] = seen,
            ["NewGoal.Area"] = "Free",
            ["NewGoal.FreeAreaName"] = "Driving",
            ["NewGoal.What"] = "Pass the theory test",
            ["NewGoal.Measure"] = "The certificate",
        }, "#add-goal-form");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Reload", shown.QuerySelector("#form-errors")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pass the theory test", shown.QuerySelector("#ng-what")?.TextContent);
        Assert.Equal("Driving", shown.QuerySelector("#ng-free")?.GetAttribute("value"));
        Assert.Equal(2, (await mentee.GetPageAsync(url)).QuerySelectorAll("article.goal").Length);

        // Removing an action asks first, on a form of its own.
        var actionId = page.QuerySelector($"#goal-{goalId} .plan-actions li")!.Id![7..];
        var (removed, _) = await mentee.SubmitAsync(url, new Dictionary<string, string?>(), $"#remove-{actionId}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await mentee.GetPageAsync(url)).QuerySelector($"#action-{actionId}"));

        // A job application and a step through the forms; an outcome not of its step is refused beside the outcome.
        var (jobAdded, _) = await mentor.SubmitAsync(url, new Dictionary<string, string?>
        {
            ["NewJob.Employer"] = "Lar São José", ["NewJob.Role"] = "Care assistant", ["NewJob.AppliedOn"] = Day(-7),
        }, "#add-job-form");
        Assert.Equal(HttpStatusCode.Redirect, jobAdded.StatusCode);
        page = await mentor.GetPageAsync(url);
        var job = Assert.Single(page.QuerySelectorAll("article.application"));
        Assert.Equal(8, job.QuerySelectorAll("tbody tr").Length);
        var stepForm = job.QuerySelector("form")!;
        var (misfit, refusedStep) = await mentor.SubmitAsync(url, new Dictionary<string, string?>
        {
            ["JobRecord.Step"] = "Interview", ["JobRecord.On"] = Day(-2), ["JobRecord.Outcome"] = "Offer", ["JobRecord.Note"] = "Went well",
        }, "#" + stepForm.Id);
        Assert.Equal(HttpStatusCode.OK, misfit.StatusCode);
        var prefix = stepForm.Id![..^"-form".Length];
        Assert.False(string.IsNullOrWhiteSpace(refusedStep.QuerySelector($"#{prefix}-outcome-error")?.TextContent));
        Assert.Equal("Went well", refusedStep.QuerySelector($"#{prefix}-note")?.TextContent);
        var (recorded, _) = await mentor.SubmitAsync(url, new Dictionary<string, string?>
        {
            ["JobRecord.Step"] = "Interview", ["JobRecord.On"] = Day(-2), ["JobRecord.Outcome"] = "Passed",
        }, "#" + stepForm.Id);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        page = await mentee.GetPageAsync(url);
        Assert.Equal("Passed", page.QuerySelector("article.application tr[data-step=Interview]")?.GetAttribute("data-outcome"));
        Assert.Single(page.QuerySelectorAll("#interviews li"));

        // The manager reads the page without its forms, and cannot post one.
        var read = await manager.GetPageAsync(url);
        Assert.NotNull(read.QuerySelector("#read-only"));
        Assert.Null(read.QuerySelector("#add-goal-form"));
        Assert.Empty(read.QuerySelectorAll("main form[method=post]"));
        Assert.Equal(2, read.QuerySelectorAll("article.goal").Length);
    }

    /// <summary>A one-to-one process with its agreement drafted (agreed), and accepted by all three when <paramref name="active"/>.</summary>
    private async Task<(Guid Id, Person Mentor, Person Mentee, Visitor Manager, Visitor MentorVisitor, Visitor MenteeVisitor)> ProcessAsync(bool active)
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var id = (await manager.OnlyProcessAsync(programme)).GetProperty("id").GetGuid();
        await DraftAsync(manager, programme, id);
        var mentor = await Factory.SignedInAsync(ana);
        var mentee = await Factory.SignedInAsync(olena);
        if (active)
        {
            await (await mentee.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentee", agreementVersion = 1 })).JsonAsync(HttpStatusCode.OK);
            await (await mentor.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentor", agreementVersion = 1 })).JsonAsync(HttpStatusCode.OK);
            var activated = await (await manager.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Organisation", agreementVersion = 1 })).JsonAsync(HttpStatusCode.OK);
            Assert.Equal("Active", activated.GetProperty("status").GetString());
        }

        return (id, ana, olena, manager, mentor, mentee);
    }

    private static async Task DraftAsync(Visitor manager, Guid programme, Guid id)
    {
        await (await manager.PutJsonAsync($"/api/programmes/{programme}/agreement-templates/en", MentoringArrangements.Sections())).JsonAsync(HttpStatusCode.Created);
        var drafted = await (await manager.PostJsonAsync($"/api/processes/{id}/agreement",
            new { language = "en", goals = "Find work and settle in Lisbon.", meetingRhythm = "Fortnightly", durationMonths = 6 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Agreed", drafted.GetProperty("status").GetString());
    }

    private static async Task<HttpResponseMessage> DeleteAsync(Visitor visitor, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.Add("RequestVerificationToken", await visitor.ApiTokenAsync());
        return await visitor.Http.SendAsync(request);
    }

    /// <summary>The day <paramref name="days"/> from the test clock's today, as the API writes dates.</summary>
    private string Day(int days) => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class SqlitePlanTests(SqliteFactory f) : PlanTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresPlanTests(PostgresFactory f) : PlanTests(f), IClassFixture<PostgresFactory>;
