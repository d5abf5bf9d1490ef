using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Applications;

/// <summary>The staff inbox and an application's page: the interview, the decision, and who may do what.</summary>
public abstract partial class InboxTests(PonteFactory factory) : IntegrationTest(factory)
{
    private static string Url(Guid id) => $"/Applications/{id}";

    private static Dictionary<string, string?> Fields(params (string Key, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task The_inbox_lists_filters_counts_and_pages_the_organisations_applications()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var all = await manager.GetPageAsync("/Applications");
        var rows = all.QuerySelectorAll("table tbody tr");
        Assert.Equal(25, rows.Length);
        Assert.NotNull(all.QuerySelector("nav.pager a[rel=next]"));
        var total = await Factory.WithDbAsync(async db =>
        {
            var pt = await db.Organisations.SingleAsync(o => o.CountryCode == "PT");
            return await db.Applications.CountAsync(a => a.OrganisationId == pt.Id);
        });
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), all.QuerySelector(".status-counts a[aria-current=true] .badge")?.TextContent);

        var page2 = await manager.GetPageAsync("/Applications?page=2");
        Assert.DoesNotContain(page2.QuerySelectorAll("table tbody tr a").Select(a => a.GetAttribute("href")),
            href => rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")).Contains(href));

        var submitted = await manager.GetPageAsync("/Applications?status=Submitted&role=Mentee");
        var expected = await Factory.WithDbAsync(async db =>
        {
            var pt = await db.Organisations.SingleAsync(o => o.CountryCode == "PT");
            return await db.Applications.Where(a => a.OrganisationId == pt.Id && a.Status == ApplicationStatus.Submitted && a.Role == ParticipantRole.Mentee)
                .Select(a => a.Id).ToListAsync();
        });
        Assert.Equal(expected.Select(Url).Order(), submitted.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.GetAttribute("href")!).Order());
        Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            submitted.QuerySelector(".status-counts a[aria-current=true] .badge")?.TextContent);

        var nothing = await manager.GetPageAsync("/Applications?q=nobody-has-this-name");
        Assert.Null(nothing.QuerySelector("table"));
        Assert.NotNull(nothing.QuerySelector("p.empty"));

        var programme = await Factory.ProgrammeAsync();
        var qrLink = all.QuerySelector($"a[href='/apply/{programme.PublicKey}/mentee/qr.png']");
        Assert.NotNull(qrLink);
    }

    [Fact]
    public async Task Schedule_notes_and_accept_make_a_participant_who_is_invited_and_signs_in()
    {
        var email = ApplicationsFixtures.UniqueEmail("samira");
        var id = await Factory.NewApplicationAsync(email: email, name: "Samira Haddad");
        var manager = await Factory.SessionAsync(Demo.ManagerPt);

        var (scheduled, _) = await manager.SubmitAsync(Url(id), Fields(("Schedule.InterviewAt", "2026-12-01T10:30"), ("Schedule.InterviewLocation", "Rua dos Anjos 48")), "#schedule-form");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var application = await Factory.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.InterviewScheduled, application.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 30, 0, TimeSpan.Zero), application.InterviewAt);

        var (noted, _) = await manager.SubmitAsync(Url(id), Fields(("Notes.InterviewQualifications", "Pastry degree"), ("Notes.InterviewMotivation", "Open a bakery")), "#notes-form");
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        Assert.Equal(ApplicationStatus.Interviewed, (await Factory.ApplicationAsync(id)).Status);

        var (accepted, _) = await manager.SubmitAsync(Url(id), Fields(("Decide.Decision", "Accept"), ("Decide.DecisionReason", "A good fit")), "#decide-form");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var page = await manager.GetPageAsync(Url(id));
        Assert.NotNull(page.QuerySelector("p.flash"));
        Assert.Null(page.QuerySelector("#decide-form"));

        application = await Factory.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Accepted, application.Status);
        Assert.NotNull(application.ParticipantId);
        Assert.NotNull(page.QuerySelector($"a[href='/Participants/{application.ParticipantId}']"));
        var participant = await Factory.WithDbAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == application.ParticipantId));
        Assert.Equal(ParticipantStatus.Accepted, participant.Status);
        Assert.Equal(id, participant.ApplicationId);
        Assert.Equal(ParticipantRole.Mentee, participant.Role);
        Assert.Equal(email, participant.Profile.Email);
        Assert.Equal(["Applied", "InterviewScheduled", "Interviewed", "Accepted"], participant.Timeline.Select(t => t.Event));
        Assert.Equal(application.History.Select(h => (h.At, h.Event, h.ToStatus)), participant.Timeline.Select(t => (t.At, t.Event, t.ToStatus)));

        var user = await Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal(participant.UserId, user.Id);
        Assert.Equal(participant.Id, user.ParticipantId);
        Assert.Equal(participant.OrganisationId, user.OrganisationId);
        Assert.Equal("pt", user.PreferredCulture);

        var body = await Factory.ReadMailAsync(email);
        var link = InvitationLink().Match(body);
        Assert.True(link.Success, body);

        var samira = Anonymous();
        var invitation = new Uri(link.Value).PathAndQuery;
        var (set, _) = await samira.SubmitAsync(invitation, Fields(("Input.Password", "pão de ló quente"), ("Input.ConfirmPassword", "pão de ló quente")));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var again = Anonymous();
        await again.SignInAsync(email, "pão de ló quente");
        var home = await again.GetPageAsync("/");
        Assert.Contains("Samira Haddad", home.QuerySelector("header")!.TextContent);
    }

    [Fact]
    public async Task Accepting_someone_who_already_has_an_account_here_links_it_instead_of_inviting_again()
    {
        // Samira's account belongs to the Finnish organisation.
        var id = await Factory.NewApplicationAsync("FI", stage: ApplicationsFixtures.Stage.Interviewed, email: Demo.Samira, name: "Samira");
        var before = await Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == Demo.Samira));
        var outbox = await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.To == Demo.Samira));

        var manager = await Factory.SessionAsync(Demo.ManagerFi);
        var (response, _) = await manager.SubmitAsync(Url(id), Fields(("Decide.Decision", "Accept")), "#decide-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await Factory.ApplicationAsync(id);
        var participant = await Factory.WithDbAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == application.ParticipantId));
        Assert.Equal(before.Id, participant.UserId);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == Demo.Samira)));
        // No new invitation: she is welcomed and asked to sign in with the account she has.
        var mail = await Factory.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == Demo.Samira).OrderBy(m => m.CreatedAt).ToListAsync());
        Assert.Equal(outbox + 1, mail.Count);
        Assert.Equal("Application.AcceptedSignIn", mail[^1].Template);
        Assert.DoesNotContain("AcceptInvitation", mail[^1].Body, StringComparison.Ordinal);
        var after = await Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == Demo.Samira));
        Assert.NotNull(before.ParticipantId);
        Assert.Equal(before.ParticipantId, after.ParticipantId);
        Assert.NotNull((await manager.GetPageAsync(Url(id))).QuerySelector("p.flash"));
    }

    [Fact]
    public async Task Accepting_someone_whose_email_has_an_account_in_another_organisation_creates_no_second_account()
    {
        var id = await Factory.NewApplicationAsync("PT", stage: ApplicationsFixtures.Stage.Interviewed, email: Demo.Samira, name: "Samira");
        var before = await Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == Demo.Samira));
        var outbox = await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.To == Demo.Samira));

        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var (response, _) = await manager.SubmitAsync(Url(id), Fields(("Decide.Decision", "Accept")), "#decide-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await Factory.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Accepted, application.Status);
        var participant = await Factory.WithDbAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == application.ParticipantId));
        Assert.Null(participant.UserId);
        var after = await Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == Demo.Samira));
        Assert.Equal(before.OrganisationId, after.OrganisationId);
        Assert.Equal(before.ParticipantId, after.ParticipantId);
        Assert.Equal(outbox, await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.To == Demo.Samira)));
        Assert.Contains(Demo.Samira, (await manager.GetPageAsync(Url(id))).QuerySelector("p.flash")?.TextContent);
    }

    [Fact]
    public async Task Wait_listing_needs_no_reason_and_declining_needs_a_reason_and_a_confirmation()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var waiting = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed);
        var (listed, _) = await manager.SubmitAsync(Url(waiting), Fields(("Decide.Decision", "WaitList")), "#decide-form");
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);
        var wait = await Factory.ApplicationAsync(waiting);
        Assert.Equal(ApplicationStatus.WaitListed, wait.Status);
        Assert.Null(wait.DecisionReason);
        Assert.Null(wait.ParticipantId);

        var declined = await Factory.NewApplicationAsync();
        var (noReason, page) = await manager.SubmitAsync(Url(declined), Fields(("Decide.Decision", "Decline"), ("Decide.ConfirmDecline", "true")), "#decide-form");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.NotEmpty(page.ErrorNextTo("Decide_DecisionReason"));
        Assert.Equal(ApplicationStatus.Submitted, (await Factory.ApplicationAsync(declined)).Status);

        var (unconfirmed, page2) = await manager.SubmitAsync(Url(declined), Fields(("Decide.Decision", "Decline"), ("Decide.DecisionReason", "Lives outside the area")), "#decide-form");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.NotEmpty(page2.ErrorNextTo("Decide_ConfirmDecline"));
        Assert.Equal("Lives outside the area", page2.QuerySelector<IHtmlTextAreaElement>("#Decide_DecisionReason")?.Value);
        Assert.True(page2.QuerySelector<IHtmlInputElement>("#decision-Decline")?.IsChecked);
        Assert.Equal(ApplicationStatus.Submitted, (await Factory.ApplicationAsync(declined)).Status);

        var (confirmed, _) = await manager.SubmitAsync(Url(declined),
            Fields(("Decide.Decision", "Decline"), ("Decide.DecisionReason", "Lives outside the area"), ("Decide.ConfirmDecline", "true")), "#decide-form");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var done = await Factory.ApplicationAsync(declined);
        Assert.Equal(ApplicationStatus.Declined, done.Status);
        Assert.Equal("Lives outside the area", done.DecisionReason);
        Assert.Equal("Declined", done.History[^1].Event);
        Assert.Null((await manager.GetPageAsync(Url(declined))).QuerySelector("form[method=post]#decide-form, #schedule-form, #notes-form"));
    }

    public static TheoryData<string, string, string, string, string> BadStaffInputs() => new()
    {
        // form, field, value, other field that must be kept, the field showing the message
        { "#schedule-form", "Schedule.InterviewAt", "", "Schedule.InterviewLocation", "Schedule_InterviewAt" },
        { "#schedule-form", "Schedule.InterviewAt", "next tuesday", "Schedule.InterviewLocation", "Schedule_InterviewAt" },
        { "#schedule-form", "Schedule.InterviewAt", "2020-01-01T10:00", "Schedule.InterviewLocation", "Schedule_InterviewAt" },
        { "#schedule-form", "Schedule.InterviewLocation", "", "Schedule.InterviewAt", "Schedule_InterviewLocation" },
        { "#schedule-form", "Schedule.InterviewLocation", new string('x', 201), "Schedule.InterviewAt", "Schedule_InterviewLocation" },
        { "#schedule-form", "Schedule.InterviewOnlineLink", "meet me online", "Schedule.InterviewAt", "Schedule_InterviewOnlineLink" },
        { "#schedule-form", "Schedule.Version", "not-a-version", "Schedule.InterviewAt", "Schedule_Version" },
        { "#notes-form", "Notes.InterviewQualifications", "", "Notes.InterviewMotivation", "Notes_InterviewQualifications" },
        { "#notes-form", "Notes.InterviewMotivation", new string('m', 2001), "Notes.InterviewQualifications", "Notes_InterviewMotivation" },
        { "#decide-form", "Decide.Decision", "", "Decide.DecisionReason", "Decide_Decision" },
        { "#decide-form", "Decide.Decision", "Maybe", "Decide.DecisionReason", "Decide_Decision" },
        { "#decide-form", "Decide.DecisionReason", new string('r', 1001), "Decide.Decision", "Decide_DecisionReason" },
    };

    [Theory]
    [MemberData(nameof(BadStaffInputs))]
    public async Task Bad_input_on_a_staff_form_shows_a_message_next_to_the_field_and_changes_nothing(string form, string field, string value, string kept, string errorId)
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.InterviewScheduled);
        var before = await Factory.ApplicationAsync(id);
        var good = new Dictionary<string, string?>
        {
            ["Schedule.InterviewAt"] = "2026-12-02T09:00",
            ["Schedule.InterviewLocation"] = "Rua dos Anjos 48",
            ["Schedule.InterviewOnlineLink"] = "",
            ["Notes.InterviewQualifications"] = "",
            ["Notes.InterviewMotivation"] = "Wants to work",
            ["Decide.Decision"] = "WaitList",
            ["Decide.DecisionReason"] = "Waiting for a mentor who speaks Arabic",
        };
        var fields = good.Where(f => f.Key.StartsWith(form[1..].Split('-')[0], StringComparison.OrdinalIgnoreCase)).ToDictionary(f => f.Key, f => f.Value);
        fields[field] = value;
        if (field == "Notes.InterviewQualifications")
            fields["Notes.InterviewMotivation"] = "";

        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var (response, page) = await manager.SubmitAsync(Url(id), fields, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        if (!errorId.EndsWith("Version", StringComparison.Ordinal))
            Assert.NotEmpty(page.ErrorNextTo(errorId));
        var keptElement = page.QuerySelector($"{form} [name='{kept}']");
        var keptValue = keptElement switch
        {
            IHtmlTextAreaElement t => t.Value,
            IHtmlInputElement { Type: "radio" } => page.QuerySelector<IHtmlInputElement>($"{form} [name='{kept}']:checked")?.Value,
            IHtmlInputElement i => i.Value,
            _ => null,
        };
        Assert.Equal(fields[kept], keptValue);
        var after = await Factory.ApplicationAsync(id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Status, after.Status);
    }

    [Fact]
    public async Task A_stale_second_save_shows_the_concurrency_message_instead_of_overwriting()
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.InterviewScheduled);
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var trainer = await Factory.SessionAsync(Demo.TrainerPt);
        var managersPage = await manager.GetPageAsync(Url(id));
        var trainersPage = await trainer.GetPageAsync(Url(id));

        var first = await manager.PostFormAsync(ApplicationsFixtures.ActionOf(managersPage, "#notes-form", Url(id)),
            ApplicationsFixtures.FormValues(managersPage, "#notes-form", Fields(("Notes.InterviewQualifications", "Nurse"))));
        Assert.Equal(HttpStatusCode.Redirect, first.Response.StatusCode);

        var second = await trainer.PostFormAsync(ApplicationsFixtures.ActionOf(trainersPage, "#notes-form", Url(id)),
            ApplicationsFixtures.FormValues(trainersPage, "#notes-form", Fields(("Notes.InterviewQualifications", "Engineer"))));
        Assert.Equal(HttpStatusCode.Conflict, second.Response.StatusCode);
        Assert.NotNull(second.Page.QuerySelector(".error-summary"));
        Assert.Equal("Engineer", second.Page.QuerySelector<IHtmlTextAreaElement>("#Notes_InterviewQualifications")?.Value);
        Assert.Equal("Nurse", (await Factory.ApplicationAsync(id)).InterviewQualifications);

        // The page now carries the current version: saving again is a deliberate choice, and goes through.
        var third = await trainer.PostFormAsync(ApplicationsFixtures.ActionOf(second.Page, "#notes-form", Url(id)),
            ApplicationsFixtures.FormValues(second.Page, "#notes-form"));
        Assert.Equal(HttpStatusCode.Redirect, third.Response.StatusCode);
        Assert.Equal("Engineer", (await Factory.ApplicationAsync(id)).InterviewQualifications);
    }

    [Fact]
    public async Task Trainers_schedule_and_take_notes_but_only_managers_decide()
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed);
        var trainer = await Factory.SessionAsync(Demo.TrainerPt);
        var page = await trainer.GetPageAsync(Url(id));
        Assert.NotNull(page.QuerySelector("#notes-form"));
        Assert.Null(page.QuerySelector("#decide-form"));

        var (noted, _) = await trainer.SubmitAsync(Url(id), Fields(("Notes.InterviewExpectations", "A job in a kitchen")), "#notes-form");
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);

        // Even with a hand-made decision form, a trainer cannot decide.
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var managers = await manager.GetPageAsync(Url(id));
        var token = page.QuerySelector<IHtmlInputElement>("#notes-form input[name=__RequestVerificationToken]")!.Value;
        var values = ApplicationsFixtures.FormValues(managers, "#decide-form", Fields(("Decide.Decision", "Accept"), ("__RequestVerificationToken", token)));
        var (response, _) = await trainer.PostFormAsync(Url(id) + "?handler=Decide", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString);
        Assert.Equal(ApplicationStatus.Interviewed, (await Factory.ApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task A_manager_of_another_organisation_gets_404_for_every_page_and_handler_and_never_sees_the_applications()
    {
        var ptId = await Factory.DemoApplicationAsync("PT", ApplicationStatus.Interviewed);
        var ptName = (await Factory.ApplicationAsync(ptId)).Profile.FullName;
        var fiId = await Factory.DemoApplicationAsync("FI", ApplicationStatus.Interviewed);
        var finnish = await Factory.SessionAsync(Demo.ManagerFi);

        await finnish.GetPageAsync(Url(ptId), HttpStatusCode.NotFound);
        var own = await finnish.GetPageAsync(Url(fiId));
        foreach (var (form, handler) in new[] { ("#notes-form", "Notes"), ("#decide-form", "Decide") })
        {
            var values = ApplicationsFixtures.FormValues(own, form, Fields(("Notes.InterviewQualifications", "x"), ("Decide.Decision", "WaitList")));
            var (response, _) = await finnish.PostFormAsync($"{Url(ptId)}?handler={handler}", values);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var scheduleValues = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", own.QuerySelector<IHtmlInputElement>("#notes-form input[name=__RequestVerificationToken]")!.Value),
            new("Schedule.InterviewAt", "2026-12-01T10:00"),
            new("Schedule.InterviewLocation", "Helsinki"),
        };
        Assert.Equal(HttpStatusCode.NotFound, (await finnish.PostFormAsync($"{Url(ptId)}?handler=Schedule", scheduleValues)).Response.StatusCode);
        Assert.Equal(ApplicationStatus.Interviewed, (await Factory.ApplicationAsync(ptId)).Status);

        var inbox = await finnish.GetPageAsync("/Applications?q=" + Uri.EscapeDataString(ptName));
        Assert.DoesNotContain(inbox.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")), href => href == Url(ptId));
        var everything = await finnish.GetPageAsync("/Applications?page=1");
        Assert.DoesNotContain(ptName, everything.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData(Demo.Mentor)]
    [InlineData(Demo.Tatiana)]
    [InlineData(Demo.Coordinator)]
    public async Task Mentors_mentees_and_the_coordinator_cannot_open_the_inbox(string email)
    {
        var id = await Factory.DemoApplicationAsync("PT", ApplicationStatus.Submitted);
        var visitor = await Factory.SessionAsync(email);
        foreach (var url in new[] { "/Applications", Url(id) })
        {
            var response = await visitor.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString);
        }
    }

    [Theory]
    [InlineData("#schedule-form", "Schedule")]
    [InlineData("#notes-form", "Notes")]
    [InlineData("#decide-form", "Decide")]
    public async Task A_staff_form_posted_without_an_antiforgery_token_is_rejected(string form, string handler)
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.InterviewScheduled);
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var page = await manager.GetPageAsync(Url(id));
        var values = ApplicationsFixtures.FormValues(page, form,
            Fields(("Schedule.InterviewAt", "2026-12-01T10:00"), ("Notes.InterviewQualifications", "x"), ("Decide.Decision", "WaitList")), withToken: false);
        var (response, _) = await manager.PostFormAsync($"{Url(id)}?handler={handler}", values);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await Factory.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.InterviewScheduled, after.Status);
        Assert.Null(after.InterviewQualifications);
    }

    [GeneratedRegex(@"https?://[^\s]+/Account/AcceptInvitation\?[^\s]+")]
    private static partial Regex InvitationLink();
}

public sealed class SqliteInboxTests(SqliteFactory f) : InboxTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresInboxTests(PostgresFactory f) : InboxTests(f), IClassFixture<PostgresFactory>;
