using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ponte.Data.Jobs;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>
/// Meetings of an active process, with the real SMTP server: the calendar invitation typed in the
/// organisation's zone, its update and cancellation, the reminder the day before and the request
/// to log, each sent once; the log with notes only the right people read; a group session.
/// </summary>
public abstract class MeetingsTests(MailingFactory factory) : MailingTest(factory)
{
    private readonly MailingFactory _site = factory;

    private Task DeliverAsync() => _site.Services.GetRequiredService<JobRunner>().RunDueAsync();

    private List<MimeMessage> Mail(Person to, string subjectStart) =>
        _site.Smtp.To(to.Email).Where(m => m.Subject?.StartsWith(subjectStart, StringComparison.Ordinal) == true).ToList();

    /// <summary>The .ics attached to a message, unfolded (RFC 5545 §3.1) into its content lines.</summary>
    private static List<string> Calendar(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var text = new MemoryStream();
        part.Content!.DecodeTo(text);
        var ics = System.Text.Encoding.UTF8.GetString(text.ToArray());
        return [.. ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string Value(List<string> lines, string name)
    {
        var line = lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));
        return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    [Fact]
    public async Task A_meeting_is_invited_moved_reminded_once_asked_to_be_logged_and_logged_with_private_notes_kept_private()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var id = await Factory.ActivateAsync(manager, programme, ana, olena);

        // The mentor plans it on the page, typing Lisbon's time; bad input is named beside its field.
        var mentor = await Factory.SignedInAsync(ana);
        var (refused, refusedPage) = await mentor.SubmitAsync($"/Mentoring/{id}/Meetings", new Dictionary<string, string?>
        {
            ["Input.StartsAt"] = "2026-12-10T18:30", ["Input.Minutes"] = "60", ["Input.Mode"] = "Online", ["Input.Link"] = "ftp://example.org/call",
        }, "#schedule-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(refusedPage.QuerySelector("#m-link-error")?.TextContent));
        Assert.Equal("ftp://example.org/call", refusedPage.QuerySelector("#m-link")?.GetAttribute("value"));
        var (planned, _) = await mentor.SubmitAsync($"/Mentoring/{id}/Meetings", new Dictionary<string, string?>
        {
            ["Input.StartsAt"] = "2026-12-10T18:30", ["Input.Minutes"] = "60", ["Input.Mode"] = "InPerson", ["Input.Place"] = "Biblioteca de Marvila, Lisboa",
        }, "#schedule-form");
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var meetingId = Guid.Parse(planned.Headers.Location!.OriginalString.Split('/').Last());

        await DeliverAsync();
        foreach (var person in new[] { ana, olena })
        {
            var invitation = Assert.Single(Mail(person, "Mentoring meeting:"));
            var ics = Calendar(invitation);
            Assert.Equal("REQUEST", Value(ics, "METHOD"));
            Assert.Equal($"{meetingId}@ponte", Value(ics, "UID"));
            Assert.Equal("0", Value(ics, "SEQUENCE"));
            Assert.Contains("DTSTART;TZID=Europe/Lisbon:20261210T183000", ics);
            Assert.Contains("DTEND;TZID=Europe/Lisbon:20261210T193000", ics);
            Assert.Equal("Biblioteca de Marvila\\, Lisboa", Value(ics, "LOCATION"));
            Assert.Contains("Biblioteca de Marvila", invitation.TextBody, StringComparison.Ordinal);
        }

        // The mentee moves it to the next day: the same UID with a higher sequence.
        var mentee = await Factory.SignedInAsync(olena);
        var seen = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/meetings/{meetingId}");
        var moved = await (await mentee.PutJsonAsync($"/api/processes/{id}/meetings/{meetingId}", new
        {
            startsAt = "2026-12-11T18:00:00+00:00", minutes = 90, mode = "InPerson", place = "Biblioteca de Marvila, Lisboa", version = seen.GetProperty("version").GetGuid(),
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, moved.GetProperty("sequence").GetInt32());
        var stale = await mentee.PutJsonAsync($"/api/processes/{id}/meetings/{meetingId}", new
        {
            startsAt = "2026-12-12T18:00:00+00:00", minutes = 60, mode = "InPerson", place = "Elsewhere", version = seen.GetProperty("version").GetGuid(),
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await DeliverAsync();
        var update = Calendar(Assert.Single(Mail(ana, "Mentoring meeting changed:")));
        Assert.Equal($"{meetingId}@ponte", Value(update, "UID"));
        Assert.Equal("1", Value(update, "SEQUENCE"));
        Assert.Contains("DTSTART;TZID=Europe/Lisbon:20261211T180000", update);

        // The day before: one reminder each, however often the job looks.
        Factory.Clock.Advance(new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.Zero) - Factory.Clock.GetUtcNow());
        await DeliverAsync();
        await DeliverAsync();
        Assert.Single(Mail(ana, "Reminder: mentoring meeting"));
        Assert.Single(Mail(olena, "Reminder: mentoring meeting"));

        // Two days after its end nobody has logged it: the mentor is asked, once (not a moment before).
        Factory.Clock.Advance(new DateTimeOffset(2026, 12, 13, 19, 0, 0, TimeSpan.Zero) - Factory.Clock.GetUtcNow());
        await DeliverAsync();
        await DeliverAsync();
        Assert.Empty(Mail(ana, "Please write down your meeting"));
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await DeliverAsync();
        await DeliverAsync();
        Assert.Single(Mail(ana, "Please write down your meeting"));
        Assert.Empty(Mail(olena, "Please write down your meeting"));

        // The mentee logs it on her phone's form; what she typed wrong is shown beside the field.
        mentee = await Factory.SignedInAsync(olena);
        var (noTopic, noTopicPage) = await mentee.SubmitAsync($"/Mentoring/{id}/Meetings/Log/{meetingId}", new Dictionary<string, string?>
        {
            ["Input.HeldAt"] = "2026-12-11T18:00", ["Input.Minutes"] = "80", ["Input.Mode"] = "InPerson", ["Input.SharedNotes"] = "We wrote my CV together.",
        }, "#log-form");
        Assert.Equal(HttpStatusCode.OK, noTopic.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(noTopicPage.QuerySelector("#l-topics-error")?.TextContent));
        Assert.Equal("We wrote my CV together.", noTopicPage.QuerySelector("#l-shared")?.TextContent);
        var (logged, _) = await mentee.SubmitAsync($"/Mentoring/{id}/Meetings/Log/{meetingId}", new Dictionary<string, string?>
        {
            ["Input.HeldAt"] = "2026-12-11T18:00", ["Input.Minutes"] = "80", ["Input.Mode"] = "InPerson",
            ["Input.Topics"] = "LabourMarketOrientation", ["Input.SharedNotes"] = "We wrote my CV together.",
            ["Input.PrivateNote"] = "I felt nervous about my Portuguese.", ["Input.NextSteps"] = "Send the CV to two bakeries.",
        }, "#log-form");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);

        var own = await mentee.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/meetings/{meetingId}");
        Assert.Equal("Logged", own.GetProperty("status").GetString());
        Assert.Equal("I felt nervous about my Portuguese.", own.GetProperty("privateNote").GetString());
        Assert.Equal(["LabourMarketOrientation"], own.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        mentor = await Factory.SignedInAsync(ana);
        var mentorView = await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/meetings/{meetingId}");
        Assert.Equal("We wrote my CV together.", mentorView.GetProperty("sharedNotes").GetString());
        Assert.Equal(JsonValueKind.Null, mentorView.GetProperty("privateNote").ValueKind);
        var mentorPage = await mentor.GetPageAsync($"/Mentoring/{id}/Meetings/{meetingId}");
        Assert.Null(mentorPage.QuerySelector("#private-note"));
        Assert.DoesNotContain("nervous", mentorPage.Body!.TextContent, StringComparison.Ordinal);
        manager = await As(Demo.ManagerPt);
        var managerView = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/meetings/{meetingId}");
        Assert.Equal(JsonValueKind.Null, managerView.GetProperty("privateNote").ValueKind);
        Assert.Equal("We wrote my CV together.", managerView.GetProperty("sharedNotes").GetString());

        // Where the programme says so, its managers read private notes too; the other side still never does.
        var settings = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");
        await (await manager.PutJsonAsync($"/api/programmes/{programme}", new { managersReadPrivateNotes = true, version = settings.GetProperty("version").GetGuid() }))
            .JsonAsync(HttpStatusCode.OK);
        managerView = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/meetings/{meetingId}");
        Assert.Equal("I felt nervous about my Portuguese.", managerView.GetProperty("privateNote").GetString());
        mentorView = await mentor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/meetings/{meetingId}");
        Assert.Equal(JsonValueKind.Null, mentorView.GetProperty("privateNote").ValueKind);

        // A manager reads but does not plan meetings; a stranger does not see them at all.
        var byManager = await manager.PostJsonAsync($"/api/processes/{id}/meetings", new { startsAt = "2026-12-20T10:00:00+00:00", minutes = 60, mode = "Online", link = "https://meet.example.org/x" });
        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        var stranger = await As(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/processes/{id}/meetings/{meetingId}")).StatusCode);

        // A cancellation takes the next one out of both calendars.
        var next = await (await mentor.PostJsonAsync($"/api/processes/{id}/meetings", new { startsAt = "2026-12-20T10:00:00+00:00", minutes = 60, mode = "Online", link = "https://meet.example.org/ana-olena" }))
            .JsonAsync(HttpStatusCode.Created);
        var nextId = next.GetProperty("id").GetGuid();
        await (await mentee.PostJsonAsync($"/api/processes/{id}/meetings/{nextId}/cancel", new { reason = "My daughter is ill.", version = next.GetProperty("version").GetGuid() }))
            .JsonAsync(HttpStatusCode.OK);
        await DeliverAsync();
        var cancel = Calendar(Assert.Single(Mail(ana, "Mentoring meeting cancelled:")));
        Assert.Equal("CANCEL", Value(cancel, "METHOD"));
        Assert.Equal($"{nextId}@ponte", Value(cancel, "UID"));
        Assert.Equal("CANCELLED", Value(cancel, "STATUS"));
        Assert.Equal("1", Value(cancel, "SEQUENCE"));
    }

    [Fact]
    public async Task A_group_process_holds_a_group_session_with_attendance_per_mentee()
    {
        var programme = await Factory.MentoringProgrammeAsync(groupSize: 2);
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var olena = await Factory.MenteeWithAccountAsync(programme, "Olena Kovalenko");
        var iryna = await Factory.MenteeWithAccountAsync(programme, "Iryna Bondar");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        await manager.ApproveAsync(programme, iryna.Id);

        // Both joined the one group of their mentor.
        var group = await manager.OnlyProcessAsync(programme);
        Assert.Equal(3, group.GetProperty("members").GetArrayLength());
        var id = await Factory.ActivateAsync(manager, programme, ana, olena, iryna);

        var mentor = await Factory.SignedInAsync(ana);
        var session = await (await mentor.PostJsonAsync($"/api/processes/{id}/meetings/log", new
        {
            heldAt = Factory.Clock.GetUtcNow().AddHours(-2), minutes = 120, mode = "InPerson", topics = new[] { "CityOrientation", "RightsAndObligations" },
            sharedNotes = "A walk to the job centre and the library.",
            attendance = new[] { new { menteeId = olena.Id, attended = true }, new { menteeId = iryna.Id, attended = false } },
        })).JsonAsync(HttpStatusCode.Created);
        var attendance = session.GetProperty("attendance").EnumerateArray().ToDictionary(a => a.GetProperty("menteeId").GetGuid(), a => a.GetProperty("attended").GetBoolean());
        Assert.True(attendance[olena.Id]);
        Assert.False(attendance[iryna.Id]);

        var stranger = await mentor.PostJsonAsync($"/api/processes/{id}/meetings/log", new
        {
            heldAt = Factory.Clock.GetUtcNow().AddHours(-1), minutes = 60, mode = "InPerson", topics = new[] { "Other" },
            attendance = new[] { new { menteeId = ana.Id, attended = true } },
        });
        Assert.Equal(HttpStatusCode.Conflict, stranger.StatusCode);
        var future = await (await mentor.PostJsonAsync($"/api/processes/{id}/meetings/log", new
        {
            heldAt = Factory.Clock.GetUtcNow().AddHours(3), minutes = 60, mode = "InPerson", topics = new[] { "Other" },
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("heldAt", out _));
        var list = await (await Factory.SignedInAsync(iryna)).Http.GetFromJsonAsync<JsonElement>($"/api/processes/{id}/meetings");
        Assert.Single(list.EnumerateArray());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Meetings.CountAsync(m => m.ProcessId == id)));
    }
}

public sealed class SqliteMeetingsTests(SqliteMailingFactory f) : MeetingsTests(f), IClassFixture<SqliteMailingFactory>;

public sealed class PostgresMeetingsTests(PostgresMailingFactory f) : MeetingsTests(f), IClassFixture<PostgresMailingFactory>;
