using System.Net;
using System.Net.Http.Json;
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
public abstract class ConcernsTests(MailingFactory factory) : MailingTest(factory)
{
    private const string Secret = "He asks me for money every time we meet, and says I must clean his flat.";

    private readonly MailingFactory _site = factory;

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

    private async Task<Guid> RaiseAsync(Person who, Guid? process, string text = Secret)
    {
        var visitor = await Factory.SignedInAsync(who);
        var created = await (await visitor.PostJsonAsync("/api/concerns", new { processId = process, topic = "Safety", text, wantsContact = true, contactWay = "Phone" }))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ConcernAsync(Visitor manager, Guid id) =>
        await (await manager.Http.GetAsync($"/api/concerns/{id}")).JsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Only_the_organisations_managers_can_read_a_concern_every_other_role_and_organisation_gets_nothing()
    {
        var (_, process, mentor, mentee, manager) = await ActivePairAsync("Leila Karimi");
        var id = await RaiseAsync(mentee, process);

        var seen = await ConcernAsync(manager, id);
        Assert.Equal(Secret, seen.GetProperty("text").GetString());
        Assert.Equal(mentee.Email, seen.GetProperty("raisedBy").GetProperty("email").GetString());
        var page = await manager.GetPageAsync($"/Concerns/{id}");
        Assert.Equal(Secret, page.QuerySelector("#concern-text")?.TextContent);
        var list = await manager.GetPageAsync("/Concerns");
        Assert.NotNull(list.QuerySelector($"#concerns tr[data-concern='{id}']"));
        Assert.NotNull(list.QuerySelector("#concerns-link"));

        // The other side of the process, the raiser herself, a trainer, the coordinator and another organisation's manager.
        var outsiders = new[]
        {
            await Factory.SignedInAsync(mentor), await Factory.SignedInAsync(mentee),
            await As(Demo.TrainerPt), await As(Demo.Coordinator), await As(Demo.ManagerFi),
        };
        foreach (var visitor in outsiders)
        {
            await visitor.GetPageAsync($"/Concerns/{id}", HttpStatusCode.NotFound);
            var api = await visitor.Http.GetAsync($"/api/concerns/{id}");
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            Assert.DoesNotContain(Secret, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            foreach (var (path, body) in new (string, object)[]
            {
                ($"/api/concerns/{id}/state", new { status = "Resolved", note = "Closed by someone else." }),
                ($"/api/concerns/{id}/actions", new { text = "Looked at it." }),
                ($"/api/concerns/{id}/protect", new { }),
                ($"/api/concerns/{id}/never-match-again", new { }),
            })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await visitor.PostJsonAsync(path, body)).StatusCode);
            }

            var others = await visitor.Http.GetAsync("/api/concerns");
            Assert.DoesNotContain(Secret, await others.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(id.ToString(), await others.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var visitor in outsiders.Take(4))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync("/api/concerns")).StatusCode);
            Assert.Null((await visitor.GetPageAsync("/")).QuerySelector("#concerns-link"));
            var listPage = await visitor.Http.GetAsync("/Concerns");
            Assert.NotEqual(HttpStatusCode.OK, listPage.StatusCode);
            Assert.DoesNotContain(Secret, await listPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // Finland's manager reads her own organisation's concerns (the demo has one) and none of Lisbon's.
        var finland = await (await outsiders[4].Http.GetAsync("/api/concerns")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(finland.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id.ToString());

        var after = await ConcernAsync(manager, id);
        Assert.Equal("Open", after.GetProperty("status").GetString());
        Assert.Single(after.GetProperty("log").EnumerateArray());
        Assert.Equal(0, await Factory.WithDbAsync(db => db.MatchExclusions.CountAsync(x => x.MenteeId == mentee.Id)));
        Assert.Equal("Active", (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{process}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_manager_takes_a_concern_up_records_actions_resolves_and_reopens_it_each_step_on_the_log_with_her_name()
    {
        var (_, process, mentor, mentee, manager) = await ActivePairAsync("Mariam Yusuf");
        var first = await RaiseAsync(mentee, process, "The first worry.");
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var second = await RaiseAsync(mentor, null, "The second worry.");
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var third = await RaiseAsync(mentee, null, "The third worry.");

        // On the page: an action with no text is named beside its field; then written with her name.
        var (refused, refusedPage) = await manager.SubmitAsync($"/Concerns/{first}", new Dictionary<string, string?> { ["Action"] = "  " }, "#action-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(refusedPage.QuerySelector("#c-action-error")?.TextContent));
        var (recorded, _) = await manager.SubmitAsync($"/Concerns/{first}", new Dictionary<string, string?> { ["Action"] = "Phoned her; we meet on Monday." }, "#action-form");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var (resolveRefused, resolvePage) = await manager.SubmitAsync($"/Concerns/{first}", new Dictionary<string, string?> { ["Note"] = "" }, "#state-form",
            [new("status", "Resolved")]);
        Assert.Equal(HttpStatusCode.OK, resolveRefused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(resolvePage.QuerySelector("#c-note-error")?.TextContent));
        var (resolved, _) = await manager.SubmitAsync($"/Concerns/{first}", new Dictionary<string, string?> { ["Note"] = "She has a new mentor." }, "#state-form",
            [new("status", "Resolved")]);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);

        // Over the API: resolving needs a note, reopening too; a stale version is a conflict.
        var seen = await ConcernAsync(manager, first);
        Assert.Equal("Resolved", seen.GetProperty("status").GetString());
        var noNote = await (await manager.PostJsonAsync($"/api/concerns/{first}/state", new { status = "InProgress" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noNote.GetProperty("errors").TryGetProperty("note", out _), noNote.ToString());
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostJsonAsync($"/api/concerns/{first}/actions", new { text = "More." })).StatusCode);
        var reopened = await (await manager.PostJsonAsync($"/api/concerns/{first}/state",
            new { status = "InProgress", note = "He wrote to her again.", version = seen.GetProperty("version").GetGuid() })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("InProgress", reopened.GetProperty("status").GetString());
        var stale = await manager.PostJsonAsync($"/api/concerns/{first}/actions", new { text = "Stale.", version = seen.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostJsonAsync($"/api/concerns/{first}/state", new { status = "Later" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostJsonAsync($"/api/concerns/{first}/state", new { status = "Open" })).StatusCode);
        var started = await (await manager.PostJsonAsync($"/api/concerns/{second}/state", new { status = "InProgress" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("InProgress", started.GetProperty("status").GetString());

        var log = (await ConcernAsync(manager, first)).GetProperty("log").EnumerateArray().ToList();
        Assert.Equal(["Raised", "Action", "Resolved", "Reopened"], log.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal(mentee.Name, log[0].GetProperty("by").GetString());
        Assert.All(log.Skip(1), l => Assert.Equal("Marta Sousa", l.GetProperty("by").GetString()));
        Assert.Equal("Phoned her; we meet on Monday.", log[1].GetProperty("text").GetString());
        var page = await manager.GetPageAsync($"/Concerns/{first}");
        Assert.Equal(4, page.QuerySelectorAll("#concern-log li").Length);

        // The list: open first, then in progress, newest first within each; filtered by state.
        var all = await (await manager.Http.GetAsync("/api/concerns")).JsonAsync(HttpStatusCode.OK);
        var mine = all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).Where(g => g == first || g == second || g == third).ToList();
        Assert.Equal([third, second, first], mine);
        var inProgress = await (await manager.Http.GetAsync("/api/concerns?status=InProgress")).JsonAsync(HttpStatusCode.OK);
        Assert.All(inProgress.GetProperty("items").EnumerateArray(), r => Assert.Equal("InProgress", r.GetProperty("status").GetString()));
        var listPage = await manager.GetPageAsync("/Concerns?status=Open");
        Assert.NotNull(listPage.QuerySelector($"tr[data-concern='{third}']"));
        Assert.Null(listPage.QuerySelector($"tr[data-concern='{first}']"));
        await manager.GetPageAsync("/Concerns?status=Nonsense&page=abc");
    }

    [Fact]
    public async Task Pausing_for_a_concern_hides_the_contacts_until_a_manager_shows_them_and_never_match_again_excludes_the_pair()
    {
        var (programme, process, mentor, mentee, manager) = await ActivePairAsync("Zainab Ali");
        var mentorVisitor = await Factory.SignedInAsync(mentor);
        var menteeVisitor = await Factory.SignedInAsync(mentee);
        await (await menteeVisitor.PutJsonAsync($"/api/processes/{process}/contact-sharing", new { sharing = "Both" })).JsonAsync(HttpStatusCode.OK);
        await (await mentorVisitor.PutJsonAsync($"/api/processes/{process}/contact-sharing", new { sharing = "Both" })).JsonAsync(HttpStatusCode.OK);
        string? MenteeEmailSeenBy(JsonElement p) =>
            p.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("participantId").GetGuid() == mentee.Id).GetProperty("email").GetString();
        Assert.Equal(mentee.Email, MenteeEmailSeenBy(await mentorVisitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{process}")));
        var id = await RaiseAsync(mentee, process);

        var (protectedNow, _) = await manager.SubmitAsync($"/Concerns/{id}", new Dictionary<string, string?>(), "#protect-form");
        Assert.Equal(HttpStatusCode.Redirect, protectedNow.StatusCode);
        var seen = await ConcernAsync(manager, id);
        Assert.Equal("InProgress", seen.GetProperty("status").GetString());
        Assert.True(seen.GetProperty("process").GetProperty("contactsHidden").GetBoolean());
        Assert.Equal("Paused", seen.GetProperty("process").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostJsonAsync($"/api/concerns/{id}/protect", new { })).StatusCode);

        // The pause is the usual one: both sides are told it is paused, not why; the mentor reads no concern anywhere.
        await DeliverAsync();
        var told = Assert.Single(Mail(mentor.Email, m => m.Subject?.Contains("is paused", StringComparison.Ordinal) == true));
        Assert.DoesNotContain("concern", told.TextBody ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Mail(mentee.Email, m => m.Subject?.Contains("متوقف", StringComparison.Ordinal) == true || m.Subject?.Contains("paused", StringComparison.Ordinal) == true));
        var mentorPage = await mentorVisitor.GetPageAsync($"/Mentoring/{process}");
        Assert.DoesNotContain(Secret, mentorPage.Body!.TextContent, StringComparison.Ordinal);

        // Resumed, the contacts stay hidden from the other side until a manager shows them again.
        var current = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{process}");
        await (await manager.PostJsonAsync($"/api/processes/{process}/resume", new { version = current.GetProperty("version").GetGuid() })).JsonAsync(HttpStatusCode.OK);
        var resumed = await mentorVisitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{process}");
        Assert.Equal("Active", resumed.GetProperty("status").GetString());
        Assert.Null(MenteeEmailSeenBy(resumed));
        Assert.NotNull((await mentorVisitor.GetPageAsync($"/Mentoring/{process}")).QuerySelector("#contacts-hidden"));
        Assert.Equal(mentee.Email, MenteeEmailSeenBy(await manager.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{process}")));
        Assert.Equal(HttpStatusCode.Forbidden, (await mentorVisitor.PostJsonAsync($"/api/processes/{process}/contacts/show", new { })).StatusCode);
        var (shown, _) = await manager.SubmitAsync($"/Mentoring/{process}", new Dictionary<string, string?>(), "#show-contacts-form");
        Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        Assert.Equal(mentee.Email, MenteeEmailSeenBy(await mentorVisitor.Http.GetFromJsonAsync<JsonElement>($"/api/processes/{process}")));
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostJsonAsync($"/api/processes/{process}/contacts/show", new { })).StatusCode);

        // Never match again: the page asks to confirm first; then the pair is on the board's exclusions, once.
        var (unconfirmed, unconfirmedPage) = await manager.SubmitAsync($"/Concerns/{id}", new Dictionary<string, string?>(), "#never-form");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(unconfirmedPage.QuerySelector("#c-confirm-error")?.TextContent));
        var (excluded, _) = await manager.SubmitAsync($"/Concerns/{id}", new Dictionary<string, string?> { ["Confirm"] = "true" }, "#never-form");
        Assert.Equal(HttpStatusCode.Redirect, excluded.StatusCode);
        var exclusions = await (await manager.Http.GetAsync($"/api/programmes/{programme}/exclusions")).JsonAsync(HttpStatusCode.OK);
        var exclusion = Assert.Single(exclusions.EnumerateArray(), x => x.GetProperty("menteeId").GetGuid() == mentee.Id);
        Assert.Equal(mentor.Id, exclusion.GetProperty("mentorId").GetGuid());
        Assert.Equal("EndedBadly", exclusion.GetProperty("reason").GetString());
        var again = await (await manager.PostJsonAsync($"/api/concerns/{id}/never-match-again", new { participantId = mentor.Id })).JsonAsync(HttpStatusCode.OK);
        Assert.True(again.GetProperty("process").GetProperty("otherSide")[0].GetProperty("excluded").GetBoolean());
        var wrong = await (await manager.PostJsonAsync($"/api/concerns/{id}/never-match-again", new { participantId = mentee.Id })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("participantId", out _), wrong.ToString());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.MatchExclusions.CountAsync(x => x.MenteeId == mentee.Id && x.MentorId == mentor.Id)));
        Assert.Null((await manager.GetPageAsync($"/Concerns/{id}")).QuerySelector("#never-form"));

        var log = (await ConcernAsync(manager, id)).GetProperty("log").EnumerateArray().Select(l => l.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Raised", "ProcessPaused", "NeverMatchAgain", "NeverMatchAgain"], log);

        // A concern in general has no process to pause or pair to exclude.
        var general = await RaiseAsync(mentee, null);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostJsonAsync($"/api/concerns/{general}/protect", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostJsonAsync($"/api/concerns/{general}/never-match-again", new { })).StatusCode);
        Assert.Null((await manager.GetPageAsync($"/Concerns/{general}")).QuerySelector("#protect-form"));
    }

    [Fact]
    public async Task The_concerns_api_is_in_the_openapi_document()
    {
        var doc = await Anonymous().Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/concerns", "/api/concerns/{id}", "/api/concerns/{id}/state", "/api/concerns/{id}/actions", "/api/concerns/{id}/protect", "/api/concerns/{id}/never-match-again", "/api/processes/{id}/contacts/show" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var raise = paths.GetProperty("/api/concerns").GetProperty("post");
        Assert.Equal("Safeguarding", raise.GetProperty("tags")[0].GetString());
        Assert.Contains("no details", raise.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }
}

public sealed class SqliteConcernsTests(SqliteMailingFactory f) : ConcernsTests(f), IClassFixture<SqliteMailingFactory>;

public sealed class PostgresConcernsTests(PostgresMailingFactory f) : ConcernsTests(f), IClassFixture<PostgresMailingFactory>;
