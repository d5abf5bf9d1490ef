using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Mentoring;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>
/// From an approved match to an active mentoring process, over HTTP: the agreement written from
/// the programme's template, accepted by mentee, mentor and a manager, asked again after a change,
/// and the contacts that appear only once it is active.
/// </summary>
public abstract class ProcessFlowTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task An_approved_match_becomes_an_active_process_once_all_three_accept_the_current_text()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);

        // The approval started the process: matched, no agreement yet, both see it.
        var process = await manager.OnlyProcessAsync(programme);
        var id = process.GetProperty("id").GetGuid();
        Assert.Equal("Matched", process.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, process.GetProperty("agreement").ValueKind);
        var mentor = await Factory.SignedInAsync(ana);
        var mentee = await Factory.SignedInAsync(olena);
        Assert.Equal(id, (await mentor.OnlyProcessAsync(programme)).GetProperty("id").GetGuid());
        Assert.Equal(id, (await mentee.OnlyProcessAsync(programme)).GetProperty("id").GetGuid());

        // Without the programme's text in a language there is nothing to draft from.
        var noTemplate = await manager.PostJsonAsync($"/api/processes/{id}/agreement", new { language = "en", goals = "Work in care", meetingRhythm = "Weekly", durationMonths = 6 });
        var problem = await noTemplate.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("language", out _));

        var template = await (await manager.PutJsonAsync($"/api/programmes/{programme}/agreement-templates/en", MentoringArrangements.Sections()))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, template.GetProperty("textVersion").GetInt32());

        // Only a manager drafts; bad input is named by its field and saves nothing.
        var byMentor = await mentor.PostJsonAsync($"/api/processes/{id}/agreement", new { language = "en", goals = "Work in care", meetingRhythm = "Weekly", durationMonths = 6 });
        Assert.Equal(HttpStatusCode.Forbidden, byMentor.StatusCode);
        var empty = await (await manager.PostJsonAsync($"/api/processes/{id}/agreement", new { language = "en", goals = " ", meetingRhythm = "Weekly", durationMonths = 6 }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("goals", out _));
        var tooLong = await (await manager.PostJsonAsync($"/api/processes/{id}/agreement", new { language = "en", goals = "Care", meetingRhythm = "Weekly", durationMonths = 37 }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("durationMonths", out _));
        Assert.Equal("Matched", (await manager.OnlyProcessAsync(programme)).GetProperty("status").GetString());

        var drafted = await (await manager.PostJsonAsync($"/api/processes/{id}/agreement",
            new { language = "en", goals = "Find work as a care assistant in Lisbon.", meetingRhythm = "Fortnightly", durationMonths = 6 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Agreed", drafted.GetProperty("status").GetString());
        Assert.Equal(1, drafted.GetProperty("agreement").GetProperty("version").GetInt32());
        Assert.Equal("Find work as a care assistant in Lisbon.", drafted.GetProperty("agreement").GetProperty("pairGoals").GetString());
        Assert.Equal(3, drafted.GetProperty("awaitingAcceptance").GetArrayLength());
        Assert.Equal(2, await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.Template == "Mentoring.AgreementReady" && (m.To == ana.Email || m.To == olena.Email))));

        // Until it is active neither sees how to reach the other.
        var seenByMentee = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}");
        var anaSeen = seenByMentee.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("participantId").GetGuid() == ana.Id);
        Assert.Equal(JsonValueKind.Null, anaSeen.GetProperty("email").ValueKind);
        await (await mentor.PutJsonAsync($"/api/processes/{id}/contact-sharing", new { sharing = "Email" })).JsonAsync(HttpStatusCode.OK);
        anaSeen = (await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}")).GetProperty("members").EnumerateArray().Single(m => m.GetProperty("participantId").GetGuid() == ana.Id);
        Assert.Equal(JsonValueKind.Null, anaSeen.GetProperty("email").ValueKind);

        // A mentee accepts for herself only: not for the organisation, not as the mentor.
        var forOrganisation = await (await mentee.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Organisation" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("WrongRole", forOrganisation.GetProperty("code").GetString());
        var asMentor = await (await mentee.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentor" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("WrongRole", asMentor.GetProperty("code").GetString());
        var badRole = await mentee.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Queen" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        var accepted = await (await mentee.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentee", agreementVersion = 1 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, accepted.GetProperty("awaitingAcceptance").GetArrayLength());
        var twice = await (await mentee.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentee" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("AlreadyAccepted", twice.GetProperty("code").GetString());

        // A change after an acceptance is a new version: everyone is asked again, her first acceptance kept as superseded.
        var version = (await manager.OnlyProcessAsync(programme)).GetProperty("version").GetGuid();
        var changed = await (await manager.PutJsonAsync($"/api/processes/{id}/agreement",
            new { goals = "Find work as a care assistant in Lisbon or Amadora.", meetingRhythm = "Fortnightly", durationMonths = 6, version })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, changed.GetProperty("agreement").GetProperty("version").GetInt32());
        Assert.Equal(3, changed.GetProperty("awaitingAcceptance").GetArrayLength());
        var first = Assert.Single(changed.GetProperty("agreement").GetProperty("acceptances").EnumerateArray());
        Assert.True(first.GetProperty("superseded").GetBoolean());
        Assert.Equal("Find work as a care assistant in Lisbon.", first.GetProperty("terms").GetProperty("pairGoals").GetString());
        var stale = await manager.PutJsonAsync($"/api/processes/{id}/agreement", new { goals = "Other", meetingRhythm = "Weekly", durationMonths = 6, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // She read version 1: accepting it now is refused, version 2 is taken.
        var oldText = await (await mentee.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentee", agreementVersion = 1 })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("AgreementVersionChanged", oldText.GetProperty("code").GetString());
        await (await mentee.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentee", agreementVersion = 2 })).JsonAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentor", agreementVersion = 2 })).JsonAsync(HttpStatusCode.OK);
        var mentorForOrganisation = await (await mentor.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Organisation" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("WrongRole", mentorForOrganisation.GetProperty("code").GetString());
        Assert.Equal("Agreed", (await manager.OnlyProcessAsync(programme)).GetProperty("status").GetString());
        var active = await (await manager.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Organisation", agreementVersion = 2 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", active.GetProperty("status").GetString());
        Assert.Empty(active.GetProperty("awaitingAcceptance").EnumerateArray());
        var current = active.GetProperty("agreement").GetProperty("acceptances").EnumerateArray().Where(a => !a.GetProperty("superseded").GetBoolean()).ToList();
        Assert.Equal(["Mentee", "Mentor", "Organisation"], current.Select(a => a.GetProperty("role").GetString()).Order());
        Assert.All(current, a => Assert.Equal(2, a.GetProperty("version").GetInt32()));
        Assert.Equal(2, await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.Template == "Mentoring.Active" && (m.To == ana.Email || m.To == olena.Email))));

        // Active: she sees what Ana shares (her email), Ana sees nothing of hers until she shares.
        anaSeen = (await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}")).GetProperty("members").EnumerateArray().Single(m => m.GetProperty("participantId").GetGuid() == ana.Id);
        Assert.Equal(ana.Email, anaSeen.GetProperty("email").GetString());
        var olenaSeen = (await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}")).GetProperty("members").EnumerateArray().Single(m => m.GetProperty("participantId").GetGuid() == olena.Id);
        Assert.Equal(JsonValueKind.Null, olenaSeen.GetProperty("email").ValueKind);

        // Each line of the process is on both participants' timelines too.
        var timeline = await Factory.WithDbAsync(async db => (await db.Participants.SingleAsync(p => p.Id == olena.Id)).Timeline.Select(t => t.Event).ToList());
        Assert.Contains(ProcessEvents.Started, timeline);
        Assert.Contains(ProcessEvents.AgreementChanged, timeline);
        Assert.Contains(ProcessEvents.Activated, timeline);

        // A pause takes the contacts away again and tells both why, without the staff note; resuming returns to active.
        version = active.GetProperty("version").GetGuid();
        var noReason = await (await manager.PostJsonAsync($"/api/processes/{id}/pause", new { note = "x", version })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var paused = await (await manager.PostJsonAsync($"/api/processes/{id}/pause", new { reason = "Illness", note = "Surgery in January", version })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Paused", paused.GetProperty("status").GetString());
        var pausedForMentee = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}");
        Assert.Equal(JsonValueKind.Null, pausedForMentee.GetProperty("pauseNote").ValueKind);
        Assert.All(pausedForMentee.GetProperty("timeline").EnumerateArray(), l => Assert.Equal(JsonValueKind.Null, l.GetProperty("detail").ValueKind));
        Assert.Equal(JsonValueKind.Null, pausedForMentee.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("participantId").GetGuid() == ana.Id).GetProperty("email").ValueKind);
        var pauseMail = await Factory.WithDbAsync(db => db.Outbox.SingleAsync(m => m.Template == "Mentoring.Paused" && m.To == olena.Email));
        Assert.DoesNotContain("Surgery", pauseMail.Body, StringComparison.Ordinal);
        Assert.Contains("illness", pauseMail.Body, StringComparison.Ordinal);
        var resumed = await (await manager.PostJsonAsync($"/api/processes/{id}/resume", new { version = paused.GetProperty("version").GetGuid() })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", resumed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_mentor_reaches_only_her_own_processes_and_no_other_organisation_or_role_reaches_any()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var id = (await manager.OnlyProcessAsync(programme)).GetProperty("id").GetGuid();

        var bea = await Factory.MentorWithAccountAsync(programme, "Beatriz Lopes");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        await manager.ApproveAsync(programme, iryna.Id);
        var list = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes?programmeId={programme}");
        Assert.Equal(2, list.GetProperty("total").GetInt32());

        var other = await Factory.SignedInAsync(bea);
        var hers = Assert.Single((await other.Http.GetFromJsonAsync<JsonElement>("/api/processes")).GetProperty("items").EnumerateArray());
        Assert.NotEqual(id, hers.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/processes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"/api/processes/{id}/agreement/acceptances", new { role = "Mentor" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Mentoring/{id}")).StatusCode);
        var irynaVisitor = await Factory.SignedInAsync(iryna);
        Assert.Equal(HttpStatusCode.NotFound, (await irynaVisitor.Http.GetAsync($"/api/processes/{id}")).StatusCode);

        foreach (var outsider in new[] { Demo.ManagerFi, Demo.TrainerPt, Demo.Coordinator })
        {
            var visitor = await As(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/api/processes/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.PostJsonAsync($"/api/processes/{id}/agreement", new { language = "en", goals = "x", meetingRhythm = "Weekly", durationMonths = 6 })).StatusCode);
            Assert.Equal(0, (await visitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes?programmeId={programme}")).GetProperty("total").GetInt32());
            // Finland's manager has her own organisation's processes (the demo's), never Portugal's.
            var all = await visitor.Http.GetFromJsonAsync<JsonElement>("/api/processes");
            Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
            if (outsider != Demo.ManagerFi)
                Assert.Equal(0, all.GetProperty("total").GetInt32());
        }

        var finn = await As(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await finn.PutJsonAsync($"/api/programmes/{programme}/agreement-templates/en", MentoringArrangements.Sections())).StatusCode);
        var asMentor = await Factory.SignedInAsync(ana);
        Assert.Equal(HttpStatusCode.Forbidden, (await asMentor.PutJsonAsync($"/api/programmes/{programme}/agreement-templates/en", MentoringArrangements.Sections())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().Http.GetAsync("/api/processes")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_state_mentor_and_start_date_and_finds_a_person_by_name()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var manager = await As(Demo.ManagerPt);
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        await manager.ApproveAsync(programme, olena.Id);
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        manager = await As(Demo.ManagerPt); // a sign-in lasts less than three days
        var bea = await Factory.MentorWithAccountAsync(programme, "Beatriz Lopes");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        await manager.ApproveAsync(programme, iryna.Id);

        async Task<List<Guid>> Mentors(string query) =>
            [.. (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes?programmeId={programme}&{query}")).GetProperty("items").EnumerateArray()
                .Select(r => r.GetProperty("mentorName").GetString() == "Ana Costa" ? ana.Id : bea.Id)];

        Assert.Equal([bea.Id, ana.Id], await Mentors(""));
        Assert.Equal([ana.Id], await Mentors($"mentorId={ana.Id}"));
        Assert.Equal([bea.Id], await Mentors("q=iryna"));
        Assert.Equal([ana.Id], await Mentors("q=KOVAL"));
        Assert.Empty(await Mentors("status=Active"));
        Assert.Equal(2, (await Mentors("status=Matched")).Count);
        var first = Factory.Clock.GetUtcNow().AddDays(-3);
        var day = first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([ana.Id], await Mentors($"startedFrom={day}&startedTo={day}"));
        Assert.Equal([bea.Id], await Mentors($"startedFrom={Factory.Clock.GetUtcNow():yyyy-MM-dd}"));
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.Http.GetAsync($"/api/processes?startedFrom=2026-12-10&startedTo=2026-12-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.Http.GetAsync($"/api/processes?status=Sleeping")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.Http.GetAsync($"/api/processes?startedFrom=yesterday")).StatusCode);

        // The page shows the same list, with the filters as she set them.
        var page = await manager.GetPageAsync($"/Mentoring?programmeId={programme}&q=olena");
        var rows = page.QuerySelectorAll("#processes tbody tr");
        Assert.Single(rows);
        Assert.Contains("Ana Costa", rows[0].TextContent, StringComparison.Ordinal);
        var none = await manager.GetPageAsync($"/Mentoring?programmeId={programme}&status=Paused");
        Assert.NotNull(none.QuerySelector("#no-processes"));
    }
}

public sealed class SqliteProcessFlowTests(SqliteFactory f) : ProcessFlowTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresProcessFlowTests(PostgresFactory f) : ProcessFlowTests(f), IClassFixture<PostgresFactory>;
