using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ponte.Data.Jobs;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentoring;

namespace Ponte.Web.Tests.Safeguarding;

/// <summary>
/// Safeguarding concerns with the real SMTP server: a participant raises one from her pages, the
/// managers are emailed that it exists with no details, she is told it arrived, and nobody but
/// the organisation's managers can read it or act on it.
/// </summary>
public abstract class ConcernsTests(MailingFactory factory) : IntegrationTest(factory)
{
    private const string Secret = "He asks me for money every time we meet, and says I must clean his flat.";

    private readonly MailingFactory _site = factory;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        SmtpServer.RequireInstalled();
        if (!_site.Smtp.IsRunning)
            await _site.Smtp.StartAsync();
    }

    private Task DeliverAsync() => _site.Services.GetRequiredService<JobRunner>().RunDueAsync();

    private List<MimeMessage> Mail(string to, Func<MimeMessage, bool> which) => _site.Smtp.To(to).Where(which).ToList();

    /// <summary>An active one-to-one process of a mentor and a mentee (who reads Arabic), both with accounts.</summary>
    private async Task<(Guid Programme, Guid Process, Person Mentor, Person Mentee, Visitor Manager)> ActivePairAsync(string mentee = "Amal Haddad")
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var mentor = await Factory.MentorWithAccountAsync(programme, "Rui Almeida");
        var olena = await Factory.MenteeWithAccountAsync(programme, mentee, reads: "ar");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, olena.Id);
        var id = await Factory.ActivateAsync(manager, programme, mentor, olena);
        return (programme, id, mentor, olena, manager);
    }

    private Task<Concern> OnlyConcernOfAsync(Guid participantId) =>
        Factory.WithDbAsync(db => db.Concerns.SingleAsync(c => c.RaisedByParticipantId == participantId));

    [Fact]
    public async Task A_mentee_raises_a_concern_from_her_page_the_managers_are_emailed_without_details_and_she_is_told_it_arrived()
    {
        var (_, process, mentor, mentee, _) = await ActivePairAsync();
        var visitor = await Factory.SignedInAsync(mentee);

        // The link is on every page of hers; the form is in her language and offers her process.
        var home = await visitor.GetPageAsync($"/Mentoring/{process}");
        Assert.NotNull(home.QuerySelector("a#raise-concern[href='/Concerns/New']"));
        visitor.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var form = await visitor.GetPageAsync("/Concerns/New");
        Assert.Equal("rtl", form.DocumentElement.GetAttribute("dir"));
        Assert.NotNull(form.QuerySelector($"#c-about option[value='{process}']"));

        // Asking to be contacted without saying how is named beside the field, and her text is kept.
        var (refused, refusedPage) = await visitor.SubmitAsync("/Concerns/New", new Dictionary<string, string?>
        {
            ["Input.ProcessId"] = process.ToString(), ["Input.Topic"] = "PaidServicesOrExploitation", ["Input.Text"] = Secret, ["Input.WantsContact"] = "true",
        }, "#concern-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(refusedPage.QuerySelector("#c-way-error")?.TextContent));
        Assert.Equal(Secret, refusedPage.QuerySelector("#c-text")?.TextContent);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Concerns.CountAsync(c => c.RaisedByParticipantId == mentee.Id)));

        var (sent, _) = await visitor.SubmitAsync("/Concerns/New", new Dictionary<string, string?>
        {
            ["Input.ProcessId"] = process.ToString(), ["Input.Topic"] = "PaidServicesOrExploitation", ["Input.Text"] = Secret,
            ["Input.WantsContact"] = "true", ["Input.ContactWay"] = "InPersonAtOrganisation",
        }, "#concern-form");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.NotNull((await visitor.GetPageAsync(sent.Headers.Location!.OriginalString)).QuerySelector("#concern-sent"));

        var concern = await OnlyConcernOfAsync(mentee.Id);
        Assert.Equal(process, concern.ProcessId);
        Assert.Equal(ConcernTopic.PaidServicesOrExploitation, concern.Topic);
        Assert.Equal(ConcernContactWay.InPersonAtOrganisation, concern.ContactWay);
        Assert.Equal(ConcernStatus.Open, concern.Status);
        Assert.Equal(ConcernLogKind.Raised, Assert.Single(concern.Log).Kind);

        await DeliverAsync();
        var alert = Assert.Single(Mail(Demo.ManagerPt, m => (m.TextBody ?? string.Empty).Contains($"/Concerns/{concern.Id}", StringComparison.Ordinal)));
        var everything = alert.Subject + "\n" + alert.TextBody + "\n" + alert.HtmlBody;
        foreach (var detail in new[] { Secret, "money", mentee.Name, "Amal", mentor.Name, "PaidServices", "exploração", "exploitation", "Mentoring " })
            Assert.DoesNotContain(detail, everything, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Mail(mentor.Email, m => (m.Subject ?? string.Empty).Contains("concern", StringComparison.OrdinalIgnoreCase) || (m.TextBody ?? string.Empty).Contains("/Concerns/", StringComparison.Ordinal)));

        var receipt = Assert.Single(Mail(mentee.Email, m => m.Subject == "وصلنا ما أبلغت عنه"));
        Assert.Contains("112", receipt.TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("سيدعوك أحد المديرين إلى المنظمة", receipt.TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, receipt.TextBody ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentor_raises_a_concern_in_general_over_the_api_and_bad_input_is_named_by_its_field()
    {
        var (programme, process, mentor, _, _) = await ActivePairAsync("Samira Nasser");
        var api = await Factory.SignedInAsync(mentor);

        var empty = await (await api.PostJsonAsync("/api/concerns", new { wantsContact = true })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("topic", out _), empty.ToString());
        var longText = await (await api.PostJsonAsync("/api/concerns", new { topic = "Other", text = new string('x', Concern.TextMax + 1) })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(longText.GetProperty("errors").TryGetProperty("text", out _), longText.ToString());
        var noWay = await (await api.PostJsonAsync("/api/concerns", new { topic = "Other", text = "Worried.", wantsContact = true })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noWay.GetProperty("errors").TryGetProperty("contactWay", out _), noWay.ToString());
        var badTopic = await api.PostJsonAsync("/api/concerns", new { topic = "Gossip", text = "Worried." });
        Assert.Equal(HttpStatusCode.BadRequest, badTopic.StatusCode);

        // A process that is not hers is refused against the field, whether it exists or not.
        var otherProgramme = await Factory.MentoringProgrammeAsync();
        var stranger = await Factory.MenteeWithAccountAsync(otherProgramme, "Nadia Rahman");
        var strangerMentor = await Factory.MentorWithAccountAsync(otherProgramme, "Inês Moura");
        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(otherProgramme, stranger.Id);
        var notHers = (await manager.OnlyProcessAsync(otherProgramme)).GetProperty("id").GetGuid();
        foreach (var id in new[] { notHers, Guid.NewGuid() })
        {
            var refused = await (await api.PostJsonAsync("/api/concerns", new { processId = id, topic = "Safety", text = "Worried." })).JsonAsync(HttpStatusCode.BadRequest);
            Assert.True(refused.GetProperty("errors").TryGetProperty("processId", out _), refused.ToString());
        }

        var created = await (await api.PostJsonAsync("/api/concerns", new { topic = "Relationship", text = "  The mentee's husband calls me at night.  ", wantsContact = false })).JsonAsync(HttpStatusCode.Created);
        var concern = await OnlyConcernOfAsync(mentor.Id);
        Assert.Equal(created.GetProperty("id").GetGuid(), concern.Id);
        Assert.Null(concern.ProcessId);
        Assert.Equal(programme, concern.ProgrammeId);
        Assert.Equal("The mentee's husband calls me at night.", concern.Text);
        Assert.False(concern.WantsContact);
        Assert.Null(concern.ContactWay);
        Assert.False(created.TryGetProperty("text", out _));

        // Staff and the coordinator have no participant place to raise one from.
        foreach (var who in new[] { Demo.TrainerPt, Demo.Coordinator, Demo.ManagerPt })
        {
            var staff = await As(who);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostJsonAsync("/api/concerns", new { topic = "Other", text = "x" })).StatusCode);
        }

        await DeliverAsync();
        var receipt = Assert.Single(Mail(mentor.Email, m => m.Subject == "We have received your concern"));
        Assert.Contains("You asked not to be contacted", receipt.TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.Single(Mail(Demo.ManagerPt, m => (m.TextBody ?? string.Empty).Contains($"/Concerns/{concern.Id}", StringComparison.Ordinal)));
        Assert.Empty(Mail(Demo.ManagerFi, m => (m.TextBody ?? string.Empty).Contains("/Concerns/", StringComparison.Ordinal)));
        _ = process;
        _ = strangerMentor;
    }
}

public sealed class SqliteConcernsTests(SqliteMailingFactory f) : ConcernsTests(f), IClassFixture<SqliteMailingFactory>;

public sealed class PostgresConcernsTests(PostgresMailingFactory f) : ConcernsTests(f), IClassFixture<PostgresMailingFactory>;
