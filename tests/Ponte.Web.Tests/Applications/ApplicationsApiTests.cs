using Ponte.Domain.Common;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Data;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Applications;

/// <summary>/api/applications: paging and filters, the interview and the decision, errors as ProblemDetails, isolation.</summary>
public abstract class ApplicationsApiTests(PonteFactory factory) : IntegrationTest(factory)
{
    private static string Api(Guid id, string? action = null) => $"/api/applications/{id}" + (action is null ? string.Empty : "/" + action);

    private Task<Visitor> Manager => Factory.SessionAsync(Demo.ManagerPt);

    private static async Task<Guid> VersionAsync(Visitor visitor, Guid id) =>
        (await (await visitor.Http.GetAsync(Api(id))).JsonAsync()).GetProperty("version").GetGuid();

    [Fact]
    public async Task The_list_is_paged_filtered_and_searched_within_the_organisation()
    {
        var manager = await Manager;
        var page = await (await manager.Http.GetAsync("/api/applications?page=2&pageSize=10")).JsonAsync();
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(10, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        var total = await Factory.WithDbAsync(async db =>
        {
            var pt = await db.Organisations.SingleAsync(o => o.CountryCode == "PT");
            return await db.Applications.CountAsync(a => a.OrganisationId == pt.Id);
        });
        Assert.Equal(total, page.GetProperty("total").GetInt32());

        var programme = await Factory.ProgrammeAsync();
        var filtered = await (await manager.Http.GetAsync($"/api/applications?programmeId={programme.Id}&role=Mentor&status=Declined&pageSize=100")).JsonAsync();
        Assert.NotEqual(0, filtered.GetProperty("total").GetInt32());
        foreach (var item in filtered.GetProperty("items").EnumerateArray())
        {
            Assert.Equal("Mentor", item.GetProperty("role").GetString());
            Assert.Equal("Declined", item.GetProperty("status").GetString());
            Assert.Equal(programme.Id, item.GetProperty("programmeId").GetGuid());
            Assert.Equal(programme.Name, item.GetProperty("programmeName").GetString());
        }

        var email = ApplicationsFixtures.UniqueEmail("Searchable");
        var id = await Factory.NewApplicationAsync(email: email, name: "Zuleika Searchable");
        var byName = await (await manager.Http.GetAsync("/api/applications?q=zuleika")).JsonAsync();
        Assert.Equal(id, Assert.Single(byName.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var byEmail = await (await manager.Http.GetAsync("/api/applications?q=" + Uri.EscapeDataString(email.ToUpperInvariant()))).JsonAsync();
        Assert.Equal(id, Assert.Single(byEmail.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("role=Trainer", "role")]
    [InlineData("status=Lost", "status")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task A_bad_list_filter_gives_400_problem_details_naming_it(string query, string field)
    {
        var response = await (await Manager).Http.GetAsync("/api/applications?" + query);
        await response.AssertFieldProblemAsync(field);
    }

    [Theory]
    [InlineData("programmeId=not-a-guid")]
    [InlineData("page=first")]
    public async Task A_list_parameter_of_the_wrong_type_gives_400_problem_details(string query)
    {
        var response = await (await Manager).Http.GetAsync("/api/applications?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Interview_notes_and_acceptance_over_the_api_create_an_invited_participant()
    {
        var email = ApplicationsFixtures.UniqueEmail("fatima");
        var id = await Factory.NewApplicationAsync(email: email, name: "Fatima Rahimi");
        var manager = await Manager;

        var detail = await (await manager.Http.GetAsync(Api(id))).JsonAsync();
        Assert.Equal("Submitted", detail.GetProperty("status").GetString());
        Assert.Equal("Fatima Rahimi", detail.GetProperty("profile").GetProperty("fullName").GetString());
        Assert.Equal("Applied", Assert.Single(detail.GetProperty("history").EnumerateArray()).GetProperty("event").GetString());
        Assert.Equal("JobSearch", Assert.Single(detail.GetProperty("profile").GetProperty("supportAreas").EnumerateArray()).GetString());
        var version = detail.GetProperty("version").GetGuid();

        var scheduled = await (await manager.PostJsonAsync(Api(id, "interview"),
            new { at = "2026-12-03T11:00:00+02:00", onlineLink = "https://meet.example.org/fatima", version })).JsonAsync();
        Assert.Equal("InterviewScheduled", scheduled.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), scheduled.GetProperty("interview").GetProperty("at").GetDateTimeOffset());
        Assert.NotEqual(version, scheduled.GetProperty("version").GetGuid());

        var noted = await (await manager.PostJsonAsync(Api(id, "interview-notes"),
            new { qualifications = "Teacher", motivation = "Work again", expectations = "Retraining", version = scheduled.GetProperty("version").GetGuid() })).JsonAsync();
        Assert.Equal("Interviewed", noted.GetProperty("status").GetString());
        Assert.Equal("Teacher", noted.GetProperty("interview").GetProperty("qualifications").GetString());

        var accepted = await (await manager.PostJsonAsync(Api(id, "decision"),
            new { decision = "Accept", reason = "Motivated", version = noted.GetProperty("version").GetGuid() })).JsonAsync();
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.Equal("Invited", accepted.GetProperty("account").GetString());
        var participantId = accepted.GetProperty("participantId").GetGuid();
        Assert.Equal(["Applied", "InterviewScheduled", "Interviewed", "Accepted"],
            accepted.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("event").GetString()));

        var participant = await Factory.WithDbAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == participantId));
        Assert.Equal(ParticipantStatus.Accepted, participant.Status);
        Assert.Equal(4, participant.Timeline.Count);
        Assert.NotNull(participant.UserId);
        Assert.Contains("/Account/AcceptInvitation?user=" + participant.UserId, await Factory.ReadMailAsync(email));
    }

    [Fact]
    public async Task Accepting_someone_who_already_has_an_account_here_links_it_and_gives_it_the_new_role()
    {
        // A trainer of the organisation applies to mentor: one person, one account, now also a mentor.
        var id = await Factory.NewApplicationAsync(role: ParticipantRole.Mentor, stage: ApplicationsFixtures.Stage.Interviewed, email: Demo.TrainerPt, name: "João Ferreira");
        var manager = await Manager;
        var mailBefore = await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.To == Demo.TrainerPt));
        var accepted = await (await manager.PostJsonAsync(Api(id, "decision"), new { decision = "Accept" })).JsonAsync();
        Assert.Equal("LinkedExistingAccount", accepted.GetProperty("account").GetString());
        var participantId = accepted.GetProperty("participantId").GetGuid();
        var (userId, roles) = await Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Demo.TrainerPt);
            var names = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync();
            return (user.Id, names);
        });
        Assert.Equal(userId, (await Factory.WithDbAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == participantId))).UserId);
        Assert.Contains(Roles.Mentor, roles);
        Assert.Contains(Roles.Trainer, roles);
        // No second invitation: one welcome that asks her to sign in with the account she has.
        Assert.Equal(mailBefore + 1, await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.To == Demo.TrainerPt)));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Outbox.CountAsync(m => m.To == Demo.TrainerPt && m.Template == "Application.AcceptedSignIn")));
    }

    [Fact]
    public async Task Wait_list_and_decline_over_the_api_and_a_decided_application_cannot_be_decided_again()
    {
        var manager = await Manager;
        var waiting = await Factory.NewApplicationAsync();
        var listed = await (await manager.PostJsonAsync(Api(waiting, "decision"), new { decision = "WaitList" })).JsonAsync();
        Assert.Equal("WaitListed", listed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("participantId").ValueKind);

        var declined = await Factory.NewApplicationAsync();
        await (await manager.PostJsonAsync(Api(declined, "decision"), new { decision = "Decline" })).AssertFieldProblemAsync("reason");
        var done = await (await manager.PostJsonAsync(Api(declined, "decision"), new { decision = "decline", reason = "Not in the area" })).JsonAsync();
        Assert.Equal("Declined", done.GetProperty("status").GetString());
        Assert.Equal("Not in the area", done.GetProperty("decisionReason").GetString());

        var again = await manager.PostJsonAsync(Api(declined, "decision"), new { decision = "WaitList" });
        var problem = await again.JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("ApplicationClosed", problem.GetProperty("code").GetString());

        var notInterviewed = await Factory.NewApplicationAsync();
        var accept = await manager.PostJsonAsync(Api(notInterviewed, "decision"), new { decision = "Accept" });
        Assert.Equal("InterviewRequired", (await accept.JsonAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    public static TheoryData<string, string, string> BadBodies() => new()
    {
        { "interview", """{"location":"Rua dos Anjos 48"}""", "at" },
        { "interview", """{"at":"2026-12-01T10:00:00Z"}""", "location" },
        { "interview", """{"at":"2026-12-01T10:00:00Z","location":"  ","onlineLink":""}""", "location" },
        { "interview", """{"at":"2026-12-01T10:00:00Z","onlineLink":"zoom please"}""", "onlineLink" },
        { "interview", """{"at":"2020-12-01T10:00:00Z","location":"Lisboa"}""", "at" },
        { "interview", $$"""{"at":"2026-12-01T10:00:00Z","location":"{{new string('x', 201)}}"}""", "location" },
        { "interview-notes", """{"qualifications":" ","motivation":null}""", "qualifications" },
        { "interview-notes", $$"""{"expectations":"{{new string('e', 2001)}}"}""", "expectations" },
        { "decision", """{"reason":"x"}""", "decision" },
        { "decision", """{"decision":"Maybe"}""", "decision" },
        { "decision", """{"decision":"2"}""", "decision" },
        { "decision", """{"decision":"Decline","reason":""}""", "reason" },
        { "decision", $$"""{"decision":"WaitList","reason":"{{new string('r', 1001)}}"}""", "reason" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_gives_400_problem_details_naming_the_field_and_changes_nothing(string action, string json, string field)
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.InterviewScheduled);
        var before = await Factory.ApplicationAsync(id);
        var response = await PostRawAsync(await Manager, Api(id, action), json);
        await response.AssertFieldProblemAsync(field);
        Assert.Equal(before.Version, (await Factory.ApplicationAsync(id)).Version);
    }

    [Theory]
    [InlineData("interview", """{"at":"tomorrow","location":"Lisboa"}""")]
    [InlineData("interview", """{"at":"2026-12-01T10:00:00Z","location":""")]
    [InlineData("interview-notes", "not json at all")]
    [InlineData("decision", """{"decision":2}""")]
    [InlineData("decision", """{"decision":"Accept","version":"v2"}""")]
    public async Task Malformed_json_gives_400_problem_details_never_500(string action, string json)
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.InterviewScheduled);
        var response = await PostRawAsync(await Manager, Api(id, action), json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("interview", """{"at":"2026-12-05T10:00:00Z","location":"Lisboa","version":"{0}"}""")]
    [InlineData("interview-notes", """{"qualifications":"Cook","version":"{0}"}""")]
    [InlineData("decision", """{"decision":"WaitList","version":"{0}"}""")]
    public async Task Two_saves_from_the_same_old_version_make_the_second_a_409(string action, string template)
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.InterviewScheduled);
        var manager = await Manager;
        var version = await VersionAsync(manager, id);
        var json = template.Replace("{0}", version.ToString(), StringComparison.Ordinal);

        var first = await PostRawAsync(manager, Api(id, action), json);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await PostRawAsync(manager, Api(id, "interview"), $$"""{"at":"2026-12-09T10:00:00Z","location":"Porto","version":"{{version}}"}""");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("Porto", (await Factory.ApplicationAsync(id)).InterviewLocation);
    }

    [Fact]
    public async Task A_manager_of_another_organisation_gets_404_on_every_route_and_never_lists_them()
    {
        var ptId = await Factory.NewApplicationAsync("PT", stage: ApplicationsFixtures.Stage.Interviewed, name: "Only In Lisbon");
        var finnish = await Factory.SessionAsync(Demo.ManagerFi);

        Assert.Equal(HttpStatusCode.NotFound, (await finnish.Http.GetAsync(Api(ptId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finnish.PostJsonAsync(Api(ptId, "interview"), new { at = "2026-12-01T10:00:00Z", location = "Helsinki" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finnish.PostJsonAsync(Api(ptId, "interview-notes"), new { qualifications = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finnish.PostJsonAsync(Api(ptId, "decision"), new { decision = "Decline", reason = "x" })).StatusCode);
        Assert.Equal(ApplicationStatus.Interviewed, (await Factory.ApplicationAsync(ptId)).Status);

        var search = await (await finnish.Http.GetAsync("/api/applications?q=Only%20In%20Lisbon")).JsonAsync();
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        var programme = await Factory.ProgrammeAsync("PT");
        var byProgramme = await (await finnish.Http.GetAsync($"/api/applications?programmeId={programme.Id}")).JsonAsync();
        Assert.Equal(0, byProgramme.GetProperty("total").GetInt32());
        var all = await (await finnish.Http.GetAsync("/api/applications?pageSize=100")).JsonAsync();
        var fi = await Factory.WithDbAsync(async db => (await db.Organisations.SingleAsync(o => o.CountryCode == "FI")).Id);
        var fiProgrammes = await Factory.WithDbAsync(db => db.Programmes.Where(p => p.OrganisationId == fi).Select(p => p.Id).ToListAsync());
        Assert.All(all.GetProperty("items").EnumerateArray(), item => Assert.Contains(item.GetProperty("programmeId").GetGuid(), fiProgrammes));
    }

    [Theory]
    [InlineData(Demo.Mentor)]
    [InlineData(Demo.Tatiana)]
    [InlineData(Demo.Coordinator)]
    public async Task Mentors_mentees_and_the_coordinator_get_403_on_the_api(string email)
    {
        var id = await Factory.DemoApplicationAsync("PT", ApplicationStatus.Interviewed);
        var visitor = await Factory.SessionAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync("/api/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.Http.GetAsync(Api(id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.PostJsonAsync(Api(id, "interview-notes"), new { qualifications = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.PostJsonAsync(Api(id, "decision"), new { decision = "WaitList" })).StatusCode);
    }

    [Fact]
    public async Task A_trainer_reads_and_schedules_but_gets_403_on_a_decision()
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.Interviewed);
        var trainer = await Factory.SessionAsync(Demo.TrainerPt);
        Assert.Equal(HttpStatusCode.OK, (await trainer.Http.GetAsync(Api(id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trainer.PostJsonAsync(Api(id, "interview-notes"), new { motivation = "Wants to teach" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostJsonAsync(Api(id, "decision"), new { decision = "Accept" })).StatusCode);
        Assert.Equal(ApplicationStatus.Interviewed, (await Factory.ApplicationAsync(id)).Status);
    }

    [Theory]
    [InlineData("interview", """{"at":"2026-12-05T10:00:00Z","location":"Lisboa"}""")]
    [InlineData("interview-notes", """{"qualifications":"Cook"}""")]
    [InlineData("decision", """{"decision":"WaitList"}""")]
    public async Task An_api_post_without_an_antiforgery_token_is_rejected(string action, string json)
    {
        var id = await Factory.NewApplicationAsync(stage: ApplicationsFixtures.Stage.InterviewScheduled);
        var response = await PostRawAsync(await Manager, Api(id, action), json, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApplicationStatus.InterviewScheduled, (await Factory.ApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task An_unknown_application_is_404()
    {
        var manager = await Manager;
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync(Api(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostJsonAsync(Api(Guid.NewGuid(), "decision"), new { decision = "WaitList" })).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(Visitor visitor, string url, string json, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (withToken)
            request.Headers.Add("RequestVerificationToken", await visitor.ApiTokenAsync());
        return await visitor.Http.SendAsync(request);
    }
}

public sealed class SqliteApplicationsApiTests(SqliteFactory f) : ApplicationsApiTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresApplicationsApiTests(PostgresFactory f) : ApplicationsApiTests(f), IClassFixture<PostgresFactory>;
