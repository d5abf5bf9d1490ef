using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentoring;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Events;

/// <summary>
/// A programme's kick-off, trainings and networking events: planned by a manager, people invited
/// by email with a calendar entry, each answering for herself while there is a place, attendance
/// only once it has started, a move and a cancellation everyone hears of, and mentor training
/// hours that count towards a mentor's readiness.
/// </summary>
public abstract class ProgrammeEventsTests(PonteFactory factory) : IntegrationTest(factory)
{
    private DateTimeOffset Now => Factory.Clock.GetUtcNow();

    [Fact]
    public async Task A_kick_off_is_planned_people_are_invited_a_mentee_registers_and_a_full_event_refuses_the_next()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        var manager = await As(Demo.ManagerPt);

        var planned = await manager.PlanAsync(programme, "KickOff", Now.AddDays(3), minutes: 90, capacity: 2);
        var id = planned.GetProperty("id").GetGuid();
        Assert.Equal("KickOff", planned.GetProperty("kind").GetString());
        Assert.Equal(2, planned.GetProperty("placesLeft").GetInt32());

        var invited = await manager.InviteAsync(id, ana.Id, olena.Id, iryna.Id);
        Assert.All(invited.Invitations(), i => Assert.Equal("Invited", i.Status));
        Assert.Equal(3, invited.Invitations().Length);
        // Each is told in her language, with the calendar entry of this event.
        foreach (var person in new[] { ana, olena, iryna })
        {
            var mail = Assert.Single(await Factory.MailAsync(person.Email, "Event.Invitation"));
            Assert.StartsWith("Invitation: Kick-off in Lisbon", mail.Subject, StringComparison.Ordinal);
            Assert.Contains(person.Name, mail.Body, StringComparison.Ordinal);
            Assert.Contains("http://localhost/Events/Mine", mail.Body, StringComparison.Ordinal);
            Assert.Equal("REQUEST", mail.CalendarMethod);
            var ics = mail.CalendarLines();
            Assert.Contains($"UID:programme-event-{id}@ponte", ics);
            Assert.Contains("SEQUENCE:0", ics);
        }

        // Inviting her again invites nobody and tells nobody.
        await manager.InviteAsync(id, olena.Id);
        Assert.Single(await Factory.MailAsync(olena.Email, "Event.Invitation"));

        // The mentee answers on her own page; she sees her own invitation only.
        var mentee = await Factory.SignedInAsync(olena);
        var minePage = await mentee.GetPageAsync("/Events/Mine");
        Assert.NotNull(minePage.QuerySelector($"[data-event='{id}'][data-status='Invited']"));
        var (registered, _) = await mentee.SubmitAsync("/Events/Mine", new Dictionary<string, string?>(), $"[data-event='{id}'] form[action*='handler=Register']");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var herView = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/programme-events/{id}");
        var own = Assert.Single(herView.Invitations());
        Assert.Equal((olena.Id, "Registered"), (own.ParticipantId, own.Status));

        // The mentor registers over the API: both places are taken, the next mentee is refused.
        var mentor = await Factory.SignedInAsync(ana);
        var full = await (await mentor.PostJsonAsync($"/api/programme-events/{id}/registrations", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, full.GetProperty("placesLeft").GetInt32());
        var second = await Factory.SignedInAsync(iryna);
        Assert.Equal("EventFull", await (await second.PostJsonAsync($"/api/programme-events/{id}/registrations", new { })).RefusalAsync(HttpStatusCode.Conflict));
        // A participant registers only herself.
        Assert.Equal(HttpStatusCode.Forbidden, (await second.PostJsonAsync($"/api/programme-events/{id}/registrations", new { participantId = olena.Id })).StatusCode);

        // Olena gives her place up, and Iryna takes it.
        var declined = await (await mentee.PostJsonAsync($"/api/programme-events/{id}/decline", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Declined", Assert.Single(declined.Invitations()).Status);
        await (await second.PostJsonAsync($"/api/programme-events/{id}/registrations", new { })).JsonAsync(HttpStatusCode.OK);
        var now = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/programme-events/{id}");
        var answers = now.Invitations().ToDictionary(i => i.ParticipantId, i => i.Status);
        Assert.Equal(new Dictionary<Guid, string> { [ana.Id] = "Registered", [iryna.Id] = "Registered", [olena.Id] = "Declined" }, answers);
        Assert.Equal(2, now.GetProperty("registered").GetInt32());

        // The list shows it with its places.
        var list = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/programme-events?programmeId={programme}&when=upcoming");
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal((id, 2), (row.GetProperty("id").GetGuid(), row.GetProperty("registered").GetInt32()));
        var index = await manager.GetPageAsync($"/Events?programme={programme}");
        Assert.NotNull(index.QuerySelector($"#programme-events [data-event='{id}']"));
    }

    [Fact]
    public async Task Staff_of_another_organisation_the_coordinator_and_a_stranger_see_nothing_and_trainers_only_read()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        var manager = await As(Demo.ManagerPt);
        var id = (await manager.PlanAsync(programme, "Networking", Now.AddDays(2))).GetProperty("id").GetGuid();
        await manager.InviteAsync(id, olena.Id);

        foreach (var email in new[] { Demo.ManagerFi, Demo.Coordinator })
        {
            var other = await As(email);
            Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/programme-events/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"/api/programme-events/{id}/registrations", new { participantId = olena.Id })).StatusCode);
        }

        var finnish = await As(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await finnish.PostJsonAsync($"/api/programme-events/{id}/invitations", new { participantIds = new[] { olena.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finnish.PostJsonAsync($"/api/programme-events/{id}/cancel", new { })).StatusCode);
        await finnish.GetPageAsync($"/Events/{id}", HttpStatusCode.NotFound);
        // Her own programmes' list does not show it either.
        Assert.DoesNotContain(id.ToString(), await finnish.Http.GetStringAsync("/api/programme-events"), StringComparison.OrdinalIgnoreCase);

        // A participant of another organisation is nobody to invite.
        var finnishProgramme = await Factory.ProgrammeAsync("FI", 0, 0);
        var aino = await Factory.AcceptedAsync(finnishProgramme, ParticipantRole.Mentee, "Aino Korhonen");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostJsonAsync($"/api/programme-events/{id}/invitations", new { participantIds = new[] { aino } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostJsonAsync($"/api/programme-events/{id}/registrations", new { participantId = aino })).StatusCode);

        // A mentee not invited does not see it; the trainer reads it but plans nothing.
        var stranger = await Factory.SignedInAsync(iryna);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/programme-events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/programme-events/{id}/registrations", new { })).StatusCode);
        var trainer = await As(Demo.TrainerPt);
        Assert.Equal(id, (await trainer.Http.GetFromJsonAsync<JsonElement>($"/api/programme-events/{id}")).GetProperty("id").GetGuid());
        var trainerPage = await trainer.GetPageAsync($"/Events/{id}");
        Assert.Null(trainerPage.QuerySelector("#invite-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostJsonAsync($"/api/programme-events/{id}/invitations", new { participantIds = new[] { iryna.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostJsonAsync("/api/programme-events", new { programmeId = programme, kind = "KickOff" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostJsonAsync($"/api/programme-events/{id}/registrations", new { participantId = iryna.Id })).StatusCode);
    }

    [Fact]
    public async Task Attendance_is_recorded_only_once_the_event_has_started_and_answers_only_before()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        var id = (await manager.PlanAsync(programme, "MenteeTraining", Now.AddHours(2), minutes: 60, title: "Job search workshop")).GetProperty("id").GetGuid();

        // The manager registers her without an invitation: she is invited and registered at once, and told so.
        var registered = await (await manager.PostJsonAsync($"/api/programme-events/{id}/registrations", new { participantId = olena.Id })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Registered", Assert.Single(registered.Invitations()).Status);
        Assert.Single(await Factory.MailAsync(olena.Email, "Event.Registered"));
        var attendance = new { attendance = new[] { new { participantId = olena.Id, attended = true, hours = (decimal?)null } } };
        Assert.Equal("EventNotStarted", await (await manager.PutJsonAsync($"/api/programme-events/{id}/attendance", attendance)).RefusalAsync(HttpStatusCode.Conflict));
        var before = await manager.GetPageAsync($"/Events/{id}");
        Assert.Null(before.QuerySelector("#attendance-form"));
        Assert.NotNull(before.QuerySelector("#attendance-later"));
        // manager.pt reads Portuguese: "Planned", then "Held" once it has started.
        Assert.Equal("Planeado", before.QuerySelector("#event-status")!.TextContent.Trim());

        Factory.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(5));
        var mentee = await Factory.SignedInAsync(olena);
        Assert.Equal("EventStarted", await (await mentee.PostJsonAsync($"/api/programme-events/{id}/decline", new { })).RefusalAsync(HttpStatusCode.Conflict));
        Assert.Equal("EventStarted", await (await manager.PutJsonAsync($"/api/programme-events/{id}", new { startsAt = Now.AddDays(1), minutes = 60, place = "Sala 2" })).RefusalAsync(HttpStatusCode.Conflict));

        // Recorded on the page: she came.
        var (saved, savedPage) = await manager.SubmitAsync($"/Events/{id}", new Dictionary<string, string?> { ["Attended"] = olena.Id.ToString() }, "#attendance-form");
        Assert.True(HttpStatusCode.Redirect == saved.StatusCode, savedPage.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal("Realizado", (await manager.GetPageAsync($"/Events/{id}")).QuerySelector("#event-status")!.TextContent.Trim());
        var view = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/programme-events/{id}");
        var line = Assert.Single(view.Invitations());
        Assert.True(line.Attended);
        Assert.Equal(1m, line.Hours);
        Assert.Contains(true, (await mentee.Http.GetFromJsonAsync<JsonElement>("/api/programme-events/mine")).GetProperty("invitations").EnumerateArray()
            .Where(i => i.GetProperty("eventId").GetGuid() == id).Select(i => i.GetProperty("attended").GetBoolean()));

        // Hours are for someone who came.
        var refused = new { attendance = new[] { new { participantId = olena.Id, attended = false, hours = (decimal?)1m } }, version = view.GetProperty("version").GetGuid() };
        Assert.Equal("attendance[0].hours", await (await manager.PutJsonAsync($"/api/programme-events/{id}/attendance", refused)).RefusalAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_move_and_a_cancellation_reach_everyone_who_may_come_with_the_same_calendar_entry()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        var manager = await As(Demo.ManagerPt);
        var planned = await manager.PlanAsync(programme, "Networking", Now.AddDays(4), title: "Networking evening");
        var id = planned.GetProperty("id").GetGuid();
        await manager.InviteAsync(id, olena.Id, iryna.Id);
        await (await (await Factory.SignedInAsync(iryna)).PostJsonAsync($"/api/programme-events/{id}/decline", new { })).JsonAsync(HttpStatusCode.OK);

        var version = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/programme-events/{id}")).GetProperty("version").GetGuid();
        var moved = await (await manager.PutJsonAsync($"/api/programme-events/{id}",
            new { startsAt = Now.AddDays(5), minutes = 150, place = "Casa do Brasil, Lisboa", version })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(150, moved.GetProperty("minutes").GetInt32());
        var move = Assert.Single(await Factory.MailAsync(olena.Email, "Event.Rescheduled"));
        Assert.Contains("SEQUENCE:1", move.CalendarLines());
        Assert.Empty(await Factory.MailAsync(iryna.Email, "Event.Rescheduled")); // she declined

        // A stale version is a conflict; the page asks before it cancels.
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostJsonAsync($"/api/programme-events/{id}/cancel", new { reason = "No room", version })).StatusCode);
        var page = await manager.GetPageAsync($"/Events/{id}");
        Assert.NotNull(page.QuerySelector("details#cancel #cancel-confirm"));
        var (cancelled, cancelPage) = await manager.SubmitAsync($"/Events/{id}", new Dictionary<string, string?> { ["CancelReason"] = "The venue closed." }, "#cancel-form");
        Assert.True(HttpStatusCode.Redirect == cancelled.StatusCode, cancelPage.QuerySelector(".error-summary")?.TextContent);
        var cancellation = Assert.Single(await Factory.MailAsync(olena.Email, "Event.Cancelled"));
        Assert.Equal("CANCEL", cancellation.CalendarMethod);
        var ics = cancellation.CalendarLines();
        Assert.Contains($"UID:programme-event-{id}@ponte", ics);
        Assert.Contains("SEQUENCE:2", ics);
        Assert.Contains("STATUS:CANCELLED", ics);
        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/programme-events/{id}");
        Assert.Equal(("Cancelled", "The venue closed."), (after.GetProperty("status").GetString(), after.GetProperty("cancelReason").GetString()));
        Assert.Equal("EventCancelled", await (await manager.PostJsonAsync($"/api/programme-events/{id}/invitations", new { participantIds = new[] { iryna.Id } })).RefusalAsync(HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task The_create_page_keeps_what_she_typed_beside_each_refusal_and_plans_in_her_zone()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var manager = await As(Demo.ManagerPt);
        var day = Now.AddDays(10).UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string?>
        {
            ["Input.ProgrammeId"] = programme.ToString(), ["Input.Kind"] = "KickOff", ["Input.Title"] = "Kick-off",
            ["Input.StartsAt"] = $"{day}T18:30", ["Input.Minutes"] = "90", ["Input.OnlineLink"] = "javascript:alert(1)", ["Input.HoursKind"] = string.Empty,
        };
        var (refused, page) = await manager.SubmitAsync("/Events/Create", fields, "#create-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#link-error")?.TextContent));
        Assert.Equal("javascript:alert(1)", page.QuerySelector("#Input_OnlineLink")?.GetAttribute("value"));
        Assert.Equal($"{day}T18:30", page.QuerySelector("#Input_StartsAt")?.GetAttribute("value"));

        // Theory or practice hours belong to mentor training only.
        fields["Input.OnlineLink"] = "https://meet.example.org/kick-off";
        fields["Input.HoursKind"] = "Theory";
        (refused, page) = await manager.SubmitAsync("/Events/Create", fields, "#create-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#hours-kind-error")?.TextContent));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_HoursKind']"));

        fields["Input.HoursKind"] = string.Empty;
        var (created, _) = await manager.SubmitAsync("/Events/Create", fields, "#create-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var view = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/programme-events/{id}");
        // Lisbon is on UTC in winter: 18:30 there is 18:30 UTC.
        Assert.Equal(DateTimeOffset.Parse($"{day}T18:30:00Z", System.Globalization.CultureInfo.InvariantCulture), view.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal("https://meet.example.org/kick-off", view.GetProperty("onlineLink").GetString());

        // Hours kinds belong to mentor training only; the API names the field.
        var bad = await manager.PostJsonAsync("/api/programme-events", new { programmeId = programme, kind = "KickOff", title = "x", startsAt = Now.AddDays(1), minutes = 60, place = "Office", hoursKind = "Theory" });
        Assert.Equal("hoursKind", await bad.RefusalAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_mentor_who_attends_mentor_training_of_the_required_hours_becomes_ready_to_match()
    {
        var programme = await Factory.ProgrammeAsync("PT", theory: 2, practice: 0);
        var mentorId = await Factory.AcceptedAsync(programme, ParticipantRole.Mentor, "Beatriz Lima");
        var menteeId = await Factory.AcceptedAsync(programme, ParticipantRole.Mentee, "Amina Haddad");
        await Factory.WithDbAsync(async db =>
        {
            var mentor = await db.Participants.SingleAsync(p => p.Id == mentorId);
            var today = DateOnly.FromDateTime(Now.UtcDateTime);
            mentor.RecordSafetyChecks(today.AddDays(-5), today.AddDays(-4), ReadinessArrangements.Staff, Now);
            return await db.SaveChangesAsync();
        });
        var manager = await As(Demo.ManagerPt);
        Assert.Equal(["TheoryHoursMissing"], (await manager.ReadinessAsync(mentorId)).Gaps());

        var id = (await manager.PlanAsync(programme, "MentorTraining", Now.AddHours(1), minutes: 120, hoursKind: "Theory", title: "Listening skills")).GetProperty("id").GetGuid();
        // Mentor training is for mentors.
        Assert.Equal("WrongAudience", await (await manager.PostJsonAsync($"/api/programme-events/{id}/invitations", new { participantIds = new[] { menteeId } })).RefusalAsync(HttpStatusCode.Conflict));
        await manager.InviteAsync(id, mentorId);
        Factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        // Part of it is not enough: she is in training.
        var part = new { attendance = new[] { new { participantId = mentorId, attended = true, hours = (decimal?)1.5m } } };
        await (await manager.PutJsonAsync($"/api/programme-events/{id}/attendance", part)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(ParticipantStatus.InTraining, (await Factory.ParticipantAsync(mentorId)).Status);
        Assert.Equal(["TheoryHoursMissing"], (await manager.ReadinessAsync(mentorId)).Gaps());

        // The whole event is: she is ready to match, as the readiness page says too.
        var (saved, _) = await manager.SubmitAsync($"/Events/{id}", new Dictionary<string, string?>
        {
            ["Attended"] = mentorId.ToString(), [$"Hours[{mentorId}]"] = string.Empty,
        }, "#attendance-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ParticipantStatus.ReadyToMatch, (await Factory.ParticipantAsync(mentorId)).Status);
        var readiness = await manager.ReadinessAsync(mentorId);
        Assert.Empty(readiness.Gaps());
        Assert.Equal("ReadyToMatch", readiness.Status());

        // A training session recorded afterwards keeps counting the event's hours.
        var session = await Factory.SessionAsync(programme, Ponte.Domain.Training.TrainingKind.Practice, 1, Now.AddMinutes(-30));
        var sessionVersion = (await Factory.TrainingSessionAsync(session)).Version;
        await (await manager.PutJsonAsync($"/api/training-sessions/{session}/attendance",
            new { attendance = new[] { new { mentorId, attended = true } }, version = sessionVersion })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(ParticipantStatus.ReadyToMatch, (await Factory.ParticipantAsync(mentorId)).Status);
    }
}

public sealed class SqliteProgrammeEventsTests(SqliteFactory f) : ProgrammeEventsTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresProgrammeEventsTests(PostgresFactory f) : ProgrammeEventsTests(f), IClassFixture<PostgresFactory>;
