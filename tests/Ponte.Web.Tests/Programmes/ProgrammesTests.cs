using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Domain.Programmes;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Programmes;

public abstract class ProgrammesTests(PonteFactory factory) : IntegrationTest(factory)
{
    private Task<Guid> FirstProgrammeOf(string country) => Factory.WithDbAsync(db =>
        (from p in db.Programmes join o in db.Organisations on p.OrganisationId equals o.Id where o.CountryCode == country orderby p.Name select p.Id).FirstAsync());

    [Theory]
    [InlineData(ProgrammeTemplate.PortugueseMentoringForMigrants)]
    [InlineData(ProgrammeTemplate.Rethink)]
    [InlineData(ProgrammeTemplate.SocialMentorSupportUkrainianRefugees)]
    [InlineData(ProgrammeTemplate.ReinventYourself)]
    [InlineData(ProgrammeTemplate.AurorasMentoring)]
    [InlineData(ProgrammeTemplate.Smile)]
    public async Task A_manager_creates_a_programme_from_each_template_on_the_page(ProgrammeTemplate template)
    {
        var manager = await As(Demo.ManagerPt);
        var defaults = ProgrammeTemplates.Defaults(template);
        var (response, _) = await manager.SubmitAsync($"/Programmes/Edit?template={template}", new Dictionary<string, string?>
        {
            ["Input.Name"] = $"Lisbon {template}",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var saved = await Factory.WithDbAsync(db => db.Programmes.SingleAsync(p => p.Name == $"Lisbon {template}"));
        Assert.Equal(template, saved.Template);
        Assert.Equal(defaults.RequiredTheoryHours, saved.RequiredTheoryHours);
        Assert.Equal(defaults.RequiredPracticeHours, saved.RequiredPracticeHours);
        Assert.Equal(defaults.MentoringType, saved.MentoringType);
        Assert.Equal(defaults.CheckInRhythm, saved.CheckInRhythm);
        Assert.Equal(defaults.SupportAreas, saved.SupportAreas);
        var orgPt = await Factory.WithDbAsync(db => db.Organisations.Where(o => o.CountryCode == "PT").Select(o => o.Id).SingleAsync());
        Assert.Equal(orgPt, saved.OrganisationId);
    }

    [Fact]
    public async Task A_manager_creates_a_programme_from_scratch_through_the_api()
    {
        var manager = await As(Demo.ManagerFi);
        var response = await manager.PostJsonAsync("/api/programmes", new
        {
            name = "Evening group",
            mentoringType = "Group",
            groupSize = 5,
            durationWeeks = 12,
            meetingRhythm = "Fortnightly",
            checkInRhythm = "Quarterly",
            requiredTheoryHours = 10.5,
            requiredPracticeHours = 20,
            targetGroups = new[] { "LightSupport", "Retraining" },
            supportAreas = new[] { "JobSearch", "CityOrientation" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Group", body.GetProperty("mentoringType").GetString());
        Assert.Equal(5, body.GetProperty("groupSize").GetInt32());
        Assert.Equal(10.5m, body.GetProperty("requiredTheoryHours").GetDecimal());
        Assert.Equal(2, body.GetProperty("targetGroups").GetArrayLength());
        Assert.StartsWith("/apply/", body.GetProperty("menteeFormPath").GetString());
    }

    public static TheoryData<string, object> BadProgrammes => new()
    {
        { "name", new { name = "" } },
        { "name", new { name = new string('x', 201) } },
        { "groupSize", new { name = "G", mentoringType = "Group", groupSize = 1 } },
        { "groupSize", new { name = "G", mentoringType = "Group", groupSize = 31 } },
        { "durationWeeks", new { name = "D", durationWeeks = 0 } },
        { "requiredTheoryHours", new { name = "H", requiredTheoryHours = -1 } },
        { "requiredPracticeHours", new { name = "H", requiredPracticeHours = 1.255 } },
        { "targetGroups", new { name = "T", targetGroups = Array.Empty<string>() } },
        { "supportAreas", new { name = "S", supportAreas = Array.Empty<string>() } },
    };

    [Theory]
    [MemberData(nameof(BadProgrammes))]
    public async Task Bad_programme_input_gets_a_400_naming_the_field(string field, object body)
    {
        var manager = await As(Demo.ManagerPt);
        var before = await Factory.WithDbAsync(db => db.Programmes.CountAsync());
        var response = await manager.PostJsonAsync("/api/programmes", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await Factory.WithDbAsync(db => db.Programmes.CountAsync()));
    }

    [Theory]
    [InlineData("{\"name\": \"X\", \"mentoringType\": \"Sometimes\"}")]
    [InlineData("{\"name\": \"X\", \"durationWeeks\": \"many\"}")]
    [InlineData("{\"name\": ")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_json_gets_a_400_problem_not_a_500(string json)
    {
        var manager = await As(Demo.ManagerPt);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/programmes")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", await manager.ApiTokenAsync());
        var response = await manager.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_input_on_the_programme_page_shows_messages_next_to_the_fields_and_keeps_what_was_typed()
    {
        var manager = await As(Demo.ManagerPt);
        var (response, page) = await manager.SubmitAsync("/Programmes/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Kept name",
            ["Input.DurationWeeks"] = "abc",
            ["Input.RequiredTheoryHours"] = "-3",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#duration-error")?.TextContent));
        Assert.Equal("Kept name", page.QuerySelector("input[name='Input.Name']")?.GetAttribute("value"));

        (response, page) = await manager.SubmitAsync("/Programmes/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Kept name",
            ["Input.RequiredTheoryHours"] = "-3",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#theory-error")?.TextContent));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Programmes.CountAsync(p => p.Name == "Kept name")));
    }

    [Fact]
    public async Task A_second_save_from_a_stale_version_is_refused_with_409_and_loses_nothing()
    {
        var manager = await As(Demo.ManagerPt);
        var id = await FirstProgrammeOf("PT");
        var current = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/programmes/{id}");
        var version = current.GetProperty("version").GetGuid();

        var first = await manager.PutJsonAsync($"/api/programmes/{id}", new { name = "First edit", version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await manager.PutJsonAsync($"/api/programmes/{id}", new { name = "Second edit", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("First edit", await Factory.WithDbAsync(db => db.Programmes.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_save_on_the_page_shows_the_concurrency_message()
    {
        var manager = await As(Demo.ManagerPt);
        var id = await FirstProgrammeOf("PT");
        var page = await manager.GetPageAsync($"/Programmes/Edit/{id}");
        var staleVersion = page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value");
        await manager.PutJsonAsync($"/api/programmes/{id}", new { name = "Changed meanwhile" });

        var (response, result) = await manager.SubmitAsync($"/Programmes/Edit/{id}", new Dictionary<string, string?>
        {
            ["Input.Name"] = "My edit",
            ["Input.Version"] = staleVersion,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(result.QuerySelector(".error-summary li"));
        Assert.Equal("Changed meanwhile", await Factory.WithDbAsync(db => db.Programmes.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_programme_page_opens_at_the_address_the_list_links_to()
    {
        var manager = await As(Demo.ManagerPt);
        var id = await FirstProgrammeOf("PT");
        var list = await manager.GetPageAsync("/Programmes");
        Assert.NotNull(list.QuerySelector($"a[href='/Programmes/{id}']"));
        var page = await manager.GetPageAsync($"/Programmes/{id}");
        var name = await Factory.WithDbAsync(db => db.Programmes.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
        Assert.Equal(name, page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Matching/{id}']"));
        Assert.DoesNotContain("Enum.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisations_programme_is_404_on_every_route()
    {
        var outsider = await As(Demo.ManagerFi);
        var id = await FirstProgrammeOf("PT");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/Programmes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/Programmes/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/api/programmes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutJsonAsync($"/api/programmes/{id}", new { name = "Hijack" })).StatusCode);
        var ownEdit = await outsider.GetPageAsync("/Programmes/Edit");
        var token = ownEdit.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var post = await outsider.Http.PostAsync($"/Programmes/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "Hijack",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var list = await outsider.Http.GetFromJsonAsync<JsonElement>("/api/programmes");
        Assert.DoesNotContain(list.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        Assert.NotEqual("Hijack", await Factory.WithDbAsync(db => db.Programmes.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Theory]
    [InlineData(Demo.Mentor)]
    [InlineData(Demo.Tatiana)]
    [InlineData(Demo.TrainerPt)]
    public async Task Only_managers_create_programmes(string email)
    {
        var visitor = await As(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.PostJsonAsync("/api/programmes", new { name = "Nope" })).StatusCode);
    }

    [Fact]
    public async Task The_coordinator_adds_an_organisation_and_invites_its_first_manager()
    {
        var coordinator = await As(Demo.Coordinator);
        var (response, _) = await coordinator.SubmitAsync("/Organisations/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Tartu Women's Centre",
            ["Input.CountryCode"] = "EE",
            ["Input.City"] = "Tartu",
        }, extra: [new("Input.StaffLanguages", "et"), new("Input.StaffLanguages", "ru")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var org = await Factory.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == "Tartu Women's Centre"));
        Assert.Equal(["et", "ru"], org.StaffLanguages);

        (response, _) = await coordinator.SubmitAsync("/People", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Kadri Tamm",
            ["Input.Email"] = "kadri@tartu.example",
            ["Input.Role"] = "OrganisationManager",
            ["Input.OrganisationId"] = org.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = await Factory.ReadLinkAsync("kadri@tartu.example", "/Account/AcceptInvitation");
        await Factory.Services.GetRequiredService<Ponte.Data.Jobs.JobRunner>().RunDueAsync();
        var mail = await Factory.WithDbAsync(db => db.Outbox.SingleAsync(m => m.To == "kadri@tartu.example"));
        Assert.True(File.Exists(Path.Combine(Factory.DataDirectory, "outbox", mail.FileName!)));

        var kadri = Factory.NewVisitor();
        var (set, _) = await kadri.SubmitAsync(link, new Dictionary<string, string?>
        {
            ["Input.Password"] = "a long passphrase",
            ["Input.ConfirmPassword"] = "a long passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var home = await kadri.GetPageAsync("/Programmes");
        Assert.NotNull(home.QuerySelector("a[href='/Programmes/Edit']"));

        // The link works once.
        var again = await Factory.NewVisitor().GetPageAsync(link, HttpStatusCode.BadRequest);
        Assert.Null(again.QuerySelector("input[name='Input.Password']"));
    }

    [Fact]
    public async Task Bad_organisation_input_is_refused_next_to_the_field()
    {
        var coordinator = await As(Demo.Coordinator);
        var (response, page) = await coordinator.SubmitAsync("/Organisations/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "No languages",
            ["Input.CountryCode"] = "EE",
            ["Input.City"] = "Tartu",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#languages-error")?.TextContent));
        var api = await coordinator.PostJsonAsync("/api/organisations", new { name = "X", countryCode = "Narnia", city = "C", staffLanguages = new[] { "en" } });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Fact]
    public async Task A_manager_cannot_reach_the_coordinators_pages()
    {
        var manager = await As(Demo.ManagerPt);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Http.GetAsync("/Organisations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync("/api/organisations")).StatusCode);
    }
}

public sealed class SqliteProgrammesTests(SqliteFactory f) : ProgrammesTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresProgrammesTests(PostgresFactory f) : ProgrammesTests(f), IClassFixture<PostgresFactory>;
