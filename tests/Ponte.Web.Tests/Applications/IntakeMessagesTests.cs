using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ponte.Data.Jobs;
using Ponte.Domain.Applications;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Applications;

/// <summary>
/// The applicant is told each step of the intake, in her language, by mail that a real SMTP
/// server receives: her application arrived, she was accepted (with the link that sets her
/// password), wait-listed, or declined (with the words the manager chose to send, if any). A mail
/// server that is down loses nothing: the message goes out once when it is back.
/// </summary>
public abstract class IntakeMessagesTests(MailingFactory factory) : MailingTest(factory)
{
    private readonly MailingFactory _site = factory;

    private Task DeliverAsync() => _site.Services.GetRequiredService<JobRunner>().RunDueAsync();

    private static string Url(Guid id) => $"/Applications/{id}";

    private MimeMessage Only(string to)
    {
        var messages = _site.Smtp.To(to);
        if (messages.Count != 1)
        {
            var errors = _site.WithDbAsync(db => db.JobItems.AsNoTracking().Where(i => i.Job == "outbox").Select(i => i.Description + " " + i.State + " " + i.LastError).ToListAsync()).GetAwaiter().GetResult();
            Assert.Fail($"{messages.Count} messages to {to}; received {_site.Smtp.Received().Count}; outbox items: {string.Join("; ", errors)}");
        }

        return messages[0];
    }

    private static void AssertLanguage(MimeMessage message, string language)
    {
        Assert.Equal(language, message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains($"lang=\"{language}\"", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_application_is_answered_in_her_language_with_what_comes_next()
    {
        var programme = await Factory.ProgrammeAsync("PT");
        var email = ApplicationsFixtures.UniqueEmail("received");
        var (sent, _) = await Anonymous().SubmitAsync($"/apply/{programme.PublicKey}/mentee?culture=uk", PublicFormAnswers.Valid(email));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        await DeliverAsync();
        var message = Only(email);
        AssertLanguage(message, "uk");
        Assert.Equal($"Ми отримали вашу заявку на участь у програмі {programme.Name}", message.Subject);
        Assert.Contains("Amina Yusuf", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("співбесіду", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("no-reply@ponte.example", message.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Accepting_sends_her_welcome_with_the_link_that_sets_her_password()
    {
        var email = ApplicationsFixtures.UniqueEmail("accepted");
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed, email: email);
        var manager = await As(Demo.ManagerPt);
        var (accepted, _) = await manager.SubmitAsync(Url(id), new Dictionary<string, string?> { ["Decide.Decision"] = "Accept" }, "#decide-form");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        await DeliverAsync();
        var message = Only(email);
        AssertLanguage(message, "pt");
        Assert.StartsWith("Boas-vindas a ", message.Subject, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(message.TextBody ?? string.Empty, @"http://localhost(/Account/AcceptInvitation\S+)");
        Assert.True(link.Success, message.TextBody);
        Assert.Contains("href=\"http://localhost/Account/AcceptInvitation", message.HtmlBody, StringComparison.Ordinal);

        // The link in the mail she received is the one that opens her account.
        var page = await Anonymous().Http.GetAsync(link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // Only the welcome: no second, generic invitation.
        var stored = await Factory.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == email).Select(m => m.Template).ToListAsync());
        Assert.Equal(["Application.Accepted"], stored);
    }

    [Fact]
    public async Task Wait_listing_tells_her_she_need_not_apply_again()
    {
        var email = ApplicationsFixtures.UniqueEmail("waiting");
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed, email: email);
        var manager = await As(Demo.ManagerPt);
        var (listed, _) = await manager.SubmitAsync(Url(id), new Dictionary<string, string?> { ["Decide.Decision"] = "WaitList" }, "#decide-form");
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);

        await DeliverAsync();
        var message = Only(email);
        AssertLanguage(message, "pt");
        Assert.EndsWith("em lista de espera", message.Subject, StringComparison.Ordinal);
        Assert.Contains("não precisa de se candidatar de novo", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Uma nota de", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_sends_the_words_the_manager_chose_and_never_the_staff_reason()
    {
        var withWords = ApplicationsFixtures.UniqueEmail("declined");
        var without = ApplicationsFixtures.UniqueEmail("declined.quietly");
        var first = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed, email: withWords);
        var second = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed, email: without);
        var manager = await As(Demo.ManagerPt);
        foreach (var (id, words) in new[] { (first, "A formação para cozinheiras abre em março: inscreva-se lá."), (second, (string?)null) })
        {
            var (declined, _) = await manager.SubmitAsync(Url(id), new Dictionary<string, string?>
            {
                ["Decide.Decision"] = "Decline",
                ["Decide.ConfirmDecline"] = "true",
                ["Decide.DecisionReason"] = "Internal: lives outside the area",
                ["Decide.MessageToApplicant"] = words,
            }, "#decide-form");
            Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        }

        await DeliverAsync();
        var told = Only(withWords);
        AssertLanguage(told, "pt");
        Assert.Contains("A formação para cozinheiras abre em março: inscreva-se lá.", told.TextBody, StringComparison.Ordinal);
        Assert.Contains("A formação para cozinheiras abre em março", told.HtmlBody, StringComparison.Ordinal);
        var quiet = Only(without);
        Assert.DoesNotContain("Uma nota de", quiet.TextBody, StringComparison.Ordinal);
        Assert.All(new[] { told, quiet }, m => Assert.DoesNotContain("Internal", m.TextBody, StringComparison.Ordinal));
    }

    /// <summary>The .ics attached to a message, unfolded (RFC 5545 §3.1) into its content lines.</summary>
    private static List<string> Calendar(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var text = new MemoryStream();
        part.Content!.DecodeTo(text);
        var ics = System.Text.Encoding.UTF8.GetString(text.ToArray());
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        return ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static string Value(List<string> lines, string name) =>
        lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal)) is var line
            ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]
            : string.Empty;

    [Fact]
    public async Task The_interview_invitation_carries_a_calendar_entry_in_the_organisations_zone_updated_when_it_moves_and_cancelled_by_the_decision()
    {
        var email = ApplicationsFixtures.UniqueEmail("interview");
        var id = await Factory.NewApplicationAsync("FI", email: email);
        var manager = await As(Demo.ManagerFi);
        var (first, _) = await manager.SubmitAsync(Url(id), new Dictionary<string, string?>
        {
            ["Schedule.InterviewAt"] = "2026-12-10T10:30",
            ["Schedule.InterviewLocation"] = "Kalevankatu 6, Helsinki",
        }, "#schedule-form");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await DeliverAsync();

        var invitation = Only(email);
        AssertLanguage(invitation, "pt");
        Assert.StartsWith("A sua entrevista para ", invitation.Subject, StringComparison.Ordinal);
        Assert.Contains("(Europe/Helsinki)", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains("Kalevankatu 6, Helsinki", invitation.TextBody, StringComparison.Ordinal);
        var ics = Calendar(invitation);
        Assert.Equal("BEGIN:VCALENDAR", ics[0]);
        Assert.Equal("REQUEST", Value(ics, "METHOD"));
        var uid = Value(ics, "UID");
        Assert.Equal($"interview-{id:N}@ponte", uid);
        Assert.Equal("0", Value(ics, "SEQUENCE"));
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20261210T103000", ics);
        Assert.Contains("DTEND;TZID=Europe/Helsinki:20261210T113000", ics);
        Assert.Contains("TZID:Europe/Helsinki", ics);
        Assert.Contains("TZOFFSETTO:+0200", ics);
        Assert.Contains("TZOFFSETTO:+0300", ics);
        Assert.Equal("Kalevankatu 6\\, Helsinki", Value(ics, "LOCATION"));

        var (moved, _) = await manager.SubmitAsync(Url(id), new Dictionary<string, string?>
        {
            ["Schedule.InterviewAt"] = "2026-12-11T14:00",
            ["Schedule.InterviewLocation"] = "Kalevankatu 6, Helsinki",
        }, "#schedule-form");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        await DeliverAsync();
        var update = _site.Smtp.To(email).Single(m => m.Subject?.StartsWith("Nova hora", StringComparison.Ordinal) == true);
        var updated = Calendar(update);
        Assert.Equal(uid, Value(updated, "UID"));
        Assert.Equal("1", Value(updated, "SEQUENCE"));
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20261211T140000", updated);

        var (declined, _) = await manager.SubmitAsync(Url(id), new Dictionary<string, string?>
        {
            ["Decide.Decision"] = "Decline",
            ["Decide.ConfirmDecline"] = "true",
            ["Decide.DecisionReason"] = "The programme is full",
        }, "#decide-form");
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        await DeliverAsync();
        var programme = (await Factory.ProgrammeAsync("FI")).Name;
        var decision = _site.Smtp.To(email).Single(m => m.Subject == $"A sua candidatura a {programme}");
        var cancelled = Calendar(decision);
        Assert.Equal("CANCEL", Value(cancelled, "METHOD"));
        Assert.Equal(uid, Value(cancelled, "UID"));
        Assert.Equal("2", Value(cancelled, "SEQUENCE"));
        Assert.Equal("CANCELLED", Value(cancelled, "STATUS"));
    }

    [Fact]
    public async Task A_message_longer_than_allowed_is_a_field_error_and_nothing_is_decided_or_sent()
    {
        var email = ApplicationsFixtures.UniqueEmail("toolong");
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed, email: email);
        var manager = await As(Demo.ManagerPt);
        var (response, page) = await manager.SubmitAsync(Url(id), new Dictionary<string, string?>
        {
            ["Decide.Decision"] = "WaitList",
            ["Decide.MessageToApplicant"] = new string('x', 1001),
        }, "#decide-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.ErrorNextTo("Decide_MessageToApplicant"));
        Assert.Equal(ApplicationStatus.Interviewed, (await Factory.ApplicationAsync(id)).Status);
        Assert.False(await Factory.WithDbAsync(db => db.Outbox.AnyAsync(m => m.To == email)));
    }
}

public sealed class SqliteIntakeMessagesTests(SqliteMailingFactory f) : IntakeMessagesTests(f), IClassFixture<SqliteMailingFactory>;

public sealed class PostgresIntakeMessagesTests(PostgresMailingFactory f) : IntakeMessagesTests(f), IClassFixture<PostgresMailingFactory>;

/// <summary>A mail server that is down loses nothing: the message waits, is retried after the backoff, and arrives once.</summary>
public sealed class MailServerDownTests
{
    [Theory]
    [InlineData(Db.Sqlite)]
    [InlineData(Db.Postgres)]
    public async Task A_message_queued_while_the_mail_server_is_down_arrives_once_when_it_is_back(Db db)
    {
        PonteFactory.RequireAvailable(db);
        SmtpServer.RequireInstalled();
        await using var site = new MailingFactory(db);
        await site.InitializeAsync();
        var runner = site.Services.GetRequiredService<JobRunner>();
        var email = ApplicationsFixtures.UniqueEmail("later");
        var id = await site.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed, email: email);
        var manager = await site.SignedInAsync(Demo.ManagerPt);
        var (listed, _) = await manager.SubmitAsync($"/Applications/{id}", new Dictionary<string, string?> { ["Decide.Decision"] = "WaitList" }, "#decide-form");
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);

        await runner.RunDueAsync();
        var message = await site.WithDbAsync(d => d.Outbox.AsNoTracking().SingleAsync(m => m.To == email));
        var item = await site.WithDbAsync(d => d.JobItems.AsNoTracking().SingleAsync(i => i.Job == "outbox" && i.Key == message.Id.ToString("N")));
        Assert.Equal(JobItemState.Pending, item.State);
        Assert.StartsWith("Smtp", item.LastError, StringComparison.Ordinal);
        Assert.Null(message.SentAt);

        await site.Smtp.StartAsync();
        await runner.RunDueAsync();
        Assert.Empty(site.Smtp.To(email));

        site.Clock.Advance(JobRunner.Backoff(item.Attempts));
        await runner.RunDueAsync();
        await runner.RunDueAsync();
        Assert.Single(site.Smtp.To(email));
        Assert.NotNull((await site.WithDbAsync(d => d.Outbox.AsNoTracking().SingleAsync(m => m.To == email))).SentAt);
    }
}
