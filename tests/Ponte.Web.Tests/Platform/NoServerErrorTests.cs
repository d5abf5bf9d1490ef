using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Platform;

/// <summary>Whatever a person or a client sends, the answer is a 4xx with a message in her language, never a 500.</summary>
public abstract class NoServerErrorTests(PonteFactory factory) : IntegrationTest(factory)
{
    private const string Forged = "\n[Fake] forged line";
    private static readonly HtmlParser Parser = new();
    private static readonly string Huge = string.Concat(Enumerable.Repeat("zq7", 34_000));

    private Task<Guid> ParticipantIdAsync(string email) =>
        Factory.WithDbAsync(db => db.Participants.Where(p => p.Profile.Email == email).Select(p => p.Id).SingleAsync());

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}\n{(body.Length > 3000 ? body[..3000] : body)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0,
            $"Expected an error for '{field}': {problem}");
    }

    private static async Task<IHtmlDocument> ErrorPageAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}\n{(html.Length > 3000 ? html[..3000] : html)}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = Parser.ParseDocument(html);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("main [role=alert]")?.TextContent), "The error page names the problem.");
        return page;
    }

    private string Shared(string key, string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static async Task<string> TokenAsync(Visitor visitor, string url)
    {
        var page = await visitor.GetPageAsync(url);
        return (page.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {url}");
    }

    private static async Task<HttpResponseMessage> PostFormAsync(Visitor visitor, string url, IEnumerable<KeyValuePair<string, string>> fields, string tokenFrom)
    {
        var values = fields.ToList();
        values.Add(new("__RequestVerificationToken", await TokenAsync(visitor, tokenFrom)));
        return await visitor.Http.PostAsync(url, new FormUrlEncodedContent(values));
    }

    private static async Task<HttpResponseMessage> SendJsonAsync(Visitor visitor, HttpMethod method, string url, string json)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", await visitor.ApiTokenAsync());
        return await visitor.Http.SendAsync(request);
    }

    // --- The named causes -------------------------------------------------------------

    [Fact]
    public async Task A_mentee_sending_a_null_rating_about_herself_gets_a_validation_problem()
    {
        var tatiana = await As(Demo.Tatiana);
        var id = await ParticipantIdAsync(Demo.Tatiana);
        var response = await SendJsonAsync(tatiana, HttpMethod.Post, $"/api/participants/{id}/assessments", """{"ratings":[null]}""");
        await AssertFieldErrorAsync(response, "ratings[0]");
    }

    [Fact]
    public async Task Null_staff_languages_are_refused_when_an_organisation_is_created_or_changed()
    {
        var coordinator = await As(Demo.Coordinator);
        var created = await SendJsonAsync(coordinator, HttpMethod.Post, "/api/organisations",
            """{"name":"Porto Ponte","countryCode":"PT","city":"Porto","staffLanguages":["pt",null]}""");
        await AssertFieldErrorAsync(created, "staffLanguages[1]");

        var existing = await Factory.WithDbAsync(db => db.Organisations.Where(o => o.CountryCode == "FI").Select(o => new { o.Id, o.Version }).SingleAsync());
        var changed = await SendJsonAsync(coordinator, HttpMethod.Put, $"/api/organisations/{existing.Id}",
            $$"""{"staffLanguages":[null],"version":"{{existing.Version}}"}""");
        await AssertFieldErrorAsync(changed, "staffLanguages[0]");
    }

    [Fact]
    public async Task A_null_anywhere_a_request_record_says_non_nullable_is_refused_with_the_field()
    {
        var tatiana = await As(Demo.Tatiana);
        var id = await ParticipantIdAsync(Demo.Tatiana);
        var before = await Factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == id));
        var second = await SendJsonAsync(tatiana, HttpMethod.Post, $"/api/participants/{id}/assessments",
            """{"ratings":[{"indicator":"HardSkills","score":3},null]}""");
        await AssertFieldErrorAsync(second, "ratings[1]");
        Assert.Equal(before, await Factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == id)));

        // Lists whose items may be null by contract still answer with a message, not a 500.
        var manager = await As(Demo.ManagerPt);
        var mentorId = await Factory.WithDbAsync(db => db.Participants
            .Where(p => p.Role == ParticipantRole.Mentor && db.Programmes.Any(g => g.Id == p.ProgrammeId && db.Organisations.Any(o => o.Id == g.OrganisationId && o.CountryCode == "PT")))
            .Select(p => p.Id).FirstAsync());
        var traits = await SendJsonAsync(manager, HttpMethod.Put, $"/api/mentors/{mentorId}/characteristics", """{"characteristics":[null]}""");
        Assert.True((int)traits.StatusCode is >= 400 and < 500, $"got {(int)traits.StatusCode}");
        Assert.Equal("application/problem+json", traits.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_empty_language_on_the_organisation_page_is_shown_beside_the_field()
    {
        var coordinator = await As(Demo.Coordinator);
        var (response, page) = await coordinator.SubmitAsync("/Organisations/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Coimbra Ponte",
            ["Input.CountryCode"] = "PT",
            ["Input.City"] = "Coimbra",
            ["Input.StaffLanguages"] = string.Empty,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("languages-error")?.TextContent));
        Assert.False(await Factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Coimbra Ponte")));
    }

    [Fact]
    public async Task A_non_boolean_remember_me_on_the_sign_in_page_re_renders_the_page()
    {
        var (response, page) = await Anonymous().SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = Demo.ManagerPt,
            ["Input.Password"] = "wrong password",
            ["Input.RememberMe"] = "abc",
        });
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
        Assert.NotNull(page.QuerySelector("input[name='Input.RememberMe']"));
    }

    [Fact]
    public async Task A_non_boolean_checkbox_on_the_mentor_readiness_page_re_renders_the_page()
    {
        var manager = await As(Demo.ManagerPt);
        var mentorId = await Factory.WithDbAsync(db => db.Participants
            .Where(p => p.Role == ParticipantRole.Mentor && db.Programmes.Any(g => g.Id == p.ProgrammeId && db.Organisations.Any(o => o.Id == g.OrganisationId && o.CountryCode == "PT")))
            .Select(p => p.Id).FirstAsync());
        var (response, page) = await manager.SubmitAsync($"/Mentors/{mentorId}", new Dictionary<string, string?>
        {
            ["Traits.ExperiencedWithVulnerableGroups"] = "abc",
        }, "#traits-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#traits-form input[name='Traits.ExperiencedWithVulnerableGroups']"));

        var (checks, checksPage) = await manager.SubmitAsync($"/Mentors/{mentorId}", new Dictionary<string, string?>
        {
            ["Checks.ConfirmWithdrawal"] = "maybe",
        }, "#checks-form");
        Assert.True(checks.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"got {(int)checks.StatusCode}");
        Assert.NotNull(checksPage);
    }

    [Fact]
    public async Task A_non_boolean_applications_open_on_the_programme_page_is_shown_beside_the_field()
    {
        var manager = await As(Demo.ManagerPt);
        var (response, page) = await manager.SubmitAsync("/Programmes/Edit?template=Smile", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Lisbon checkbox",
            ["Input.ApplicationsOpen"] = "abc",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("input[name='Input.ApplicationsOpen']"));
        Assert.False(await Factory.WithDbAsync(db => db.Programmes.AnyAsync(p => p.Name == "Lisbon checkbox")));
    }

    // --- Errors under /api, errors on pages -------------------------------------------

    [Theory]
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/programmes", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/participants/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/participants?page=abc", HttpStatusCode.BadRequest)]
    public async Task An_api_error_is_problem_details_even_for_a_browser(string method, string url, HttpStatusCode expected)
    {
        var manager = await As(Demo.ManagerPt);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        await ProblemAsync(await manager.Http.SendAsync(request), expected);
    }

    [Fact]
    public async Task An_api_body_of_the_wrong_type_is_415_problem_details()
    {
        var coordinator = await As(Demo.Coordinator);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/organisations") { Content = new StringContent("name=x", Encoding.UTF8, "text/plain") };
        request.Headers.Add("RequestVerificationToken", await coordinator.ApiTokenAsync());
        await ProblemAsync(await coordinator.Http.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Malformed_json_is_a_validation_problem_naming_the_field()
    {
        var coordinator = await As(Demo.Coordinator);
        var response = await SendJsonAsync(coordinator, HttpMethod.Post, "/api/organisations", """{"name":"A","staffLanguages":"pt"}""");
        await AssertFieldErrorAsync(response, "staffLanguages");
    }

    [Fact]
    public async Task An_unexpected_failure_under_the_api_is_a_500_problem_details()
    {
        var coordinator = await As(Demo.Coordinator);
        var created = await SendJsonAsync(coordinator, HttpMethod.Post, "/api/organisations",
            """{"name":"Broken record","countryCode":"PT","city":"Braga","staffLanguages":["pt"]}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Organisations\" SET \"StaffLanguages\" = 'not json' WHERE \"Name\" = 'Broken record'"));
        try
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/organisations/{id}");
            request.Headers.Accept.ParseAdd("text/html");
            var problem = await ProblemAsync(await coordinator.Http.SendAsync(request), HttpStatusCode.InternalServerError);
            Assert.False(problem.TryGetProperty("exception", out _));
        }
        finally
        {
            await Factory.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Broken record").ExecuteDeleteAsync());
        }
    }

    [Theory]
    [InlineData("/Participants/{0}")]
    [InlineData("/Applications/{0}")]
    [InlineData("/Matching/{0}")]
    public async Task A_missing_record_on_a_page_shows_the_error_page_in_her_language(string template)
    {
        var manager = await As(Demo.ManagerPt);
        var url = string.Format(CultureInfo.InvariantCulture, template, Guid.NewGuid());

        var english = await ErrorPageAsync(await manager.Http.GetAsync(url + "?culture=en"), HttpStatusCode.NotFound);
        Assert.Equal(Shared("Error.NotFound", "en"), english.QuerySelector("main [role=alert]")!.TextContent.Trim());

        var portuguese = await ErrorPageAsync(await manager.Http.GetAsync(url + "?culture=pt"), HttpStatusCode.NotFound);
        Assert.Equal(Shared("Error.NotFound", "pt"), portuguese.QuerySelector("main [role=alert]")!.TextContent.Trim());
        Assert.NotEqual(Shared("Error.NotFound", "en"), Shared("Error.NotFound", "pt"));
    }

    [Fact]
    public async Task A_record_of_another_organisation_on_a_page_shows_the_error_page()
    {
        var manager = await As(Demo.ManagerPt);
        var foreign = await Factory.WithDbAsync(db => db.Participants
            .Where(p => db.Programmes.Any(g => g.Id == p.ProgrammeId && db.Organisations.Any(o => o.Id == g.OrganisationId && o.CountryCode == "FI")))
            .Select(p => p.Id).FirstAsync());
        await ErrorPageAsync(await manager.Http.GetAsync($"/Participants/{foreign}"), HttpStatusCode.NotFound);
    }

    // --- Logs -------------------------------------------------------------------------

    [Fact]
    public async Task User_input_never_reaches_the_log_inside_an_exception_message()
    {
        var manager = await As(Demo.ManagerPt);
        var tatiana = await As(Demo.Tatiana);
        var tatianaId = await ParticipantIdAsync(Demo.Tatiana);
        Factory.Logs.Clear();

        foreach (var value in new[] { "x" + Forged, Huge })
        {
            // A query parameter that does not parse, an enum and a date that do not parse, a checkbox that is no boolean.
            await manager.Http.GetAsync("/api/participants?page=" + Uri.EscapeDataString(value[..Math.Min(value.Length, 4000)]));
            await manager.Http.GetAsync("/api/participants?role=" + Uri.EscapeDataString(value[..Math.Min(value.Length, 4000)]));
            await SendJsonAsync(tatiana, HttpMethod.Post, $"/api/participants/{tatianaId}/assessments", JsonSerializer.Serialize(new { mode = value, ratings = Array.Empty<object>() }));
            await SendJsonAsync(tatiana, HttpMethod.Post, $"/api/participants/{tatianaId}/assessments", JsonSerializer.Serialize(new { takenAt = value, ratings = Array.Empty<object>() }));
            await PostFormAsync(Anonymous(), "/Account/Login", [new("Input.Email", Demo.ManagerPt), new("Input.Password", "wrong"), new("Input.RememberMe", value)], "/Account/Login");
            await PostFormAsync(manager, "/Programmes/Edit?template=Smile", [new("Input.Name", "Logged"), new("Input.ApplicationsOpen", value), new("Input.GroupSize", value)], "/Programmes/Edit?template=Smile");
        }

        var entries = Factory.Logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Text}").ToList();
        Assert.NotEmpty(entries);
        Assert.DoesNotContain(entries, e => e.Contains("[Fake] forged line", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains(Huge[..300], StringComparison.Ordinal));
        Assert.All(entries, e => Assert.True(e.Length < 20_000, $"A log entry of {e.Length} characters"));
    }

    // --- Names and phones ---------------------------------------------------------------

    [Theory]
    [InlineData("\u200B\u200C\u2060")]
    [InlineData("\u3164\u00AD")]
    [InlineData("Amina \u202EfusuY")]
    [InlineData("\u2067Amina\u2069")]
    public async Task An_applicant_name_of_invisible_or_direction_override_characters_is_refused(string name)
    {
        var programme = await Factory.WithDbAsync(db => db.Programmes
            .Where(p => p.ApplicationsOpen && db.Organisations.Any(o => o.Id == p.OrganisationId && o.CountryCode == "PT")).Select(p => p.PublicKey).FirstAsync());
        var email = $"invisible.{Guid.NewGuid():N}@example.org";
        var (response, page) = await Anonymous().SubmitAsync($"/apply/{programme}/mentee", Answers(name, email, "+351 910 000 000"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("Input_FullName-error")?.TextContent ?? page.QuerySelector("[id$='FullName-error']")?.TextContent));
        Assert.False(await Factory.WithDbAsync(db => db.Applications.AnyAsync(a => a.Profile.Email == email)));
    }

    [Theory]
    [InlineData("call me")]
    [InlineData("12")]
    [InlineData("+351 91+0 000")]
    public async Task An_applicant_phone_that_is_no_phone_number_is_refused(string phone)
    {
        var programme = await Factory.WithDbAsync(db => db.Programmes
            .Where(p => p.ApplicationsOpen && db.Organisations.Any(o => o.Id == p.OrganisationId && o.CountryCode == "PT")).Select(p => p.PublicKey).FirstAsync());
        var email = $"phone.{Guid.NewGuid():N}@example.org";
        var (response, page) = await Anonymous().SubmitAsync($"/apply/{programme}/mentee", Answers("Amina Yusuf", email, phone));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[id$='Phone-error']")?.TextContent));
        Assert.False(await Factory.WithDbAsync(db => db.Applications.AnyAsync(a => a.Profile.Email == email)));
    }

    [Fact]
    public async Task An_invitation_name_of_invisible_characters_is_refused()
    {
        var manager = await As(Demo.ManagerPt);
        var email = $"ghost.{Guid.NewGuid():N}@example.org";
        var (response, page) = await manager.SubmitAsync("/People", new Dictionary<string, string?>
        {
            ["Input.Name"] = "\u200B\u200B",
            ["Input.Email"] = email,
            ["Input.Role"] = "Trainer",
        }, "form[method=post]:has(input[name='Input.Name'])");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".field-error, .error-summary"), e => !string.IsNullOrWhiteSpace(e.TextContent));
        Assert.False(await Factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task An_organisation_name_of_invisible_characters_is_refused_beside_the_field_on_the_page()
    {
        var coordinator = await As(Demo.Coordinator);
        var (response, page) = await coordinator.SubmitAsync("/Organisations/Edit", new Dictionary<string, string?>
        {
            ["Input.Name"] = "\u2060\u200B",
            ["Input.CountryCode"] = "PT",
            ["Input.City"] = "Aveiro",
            ["Input.StaffLanguages"] = "pt",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Shared("Error.NameInvisible", "en"), page.GetElementById("name-error")?.TextContent.Trim());
        Assert.False(await Factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.City == "Aveiro")));
    }

    [Fact]
    public async Task An_organisation_name_with_a_direction_override_is_refused_by_the_api()
    {
        var coordinator = await As(Demo.Coordinator);
        var response = await SendJsonAsync(coordinator, HttpMethod.Post, "/api/organisations",
            JsonSerializer.Serialize(new { name = "Ponte \u202E", countryCode = "PT", city = "Faro", staffLanguages = new[] { "pt" } }));
        await AssertFieldErrorAsync(response, "name");
    }

    private static Dictionary<string, string?> Answers(string name, string email, string phone)
    {
        var answers = Applications.PublicFormAnswers.Valid(email);
        answers["Input.FullName"] = name;
        answers["Input.Phone"] = phone;
        return answers;
    }

    // --- Limits -------------------------------------------------------------------------

    [Fact]
    public async Task An_oversized_body_is_413_with_a_message()
    {
        var coordinator = await As(Demo.Coordinator);
        var json = JsonSerializer.Serialize(new { name = new string('a', 3_000_000) });
        var api = await SendJsonAsync(coordinator, HttpMethod.Post, "/api/organisations", json);
        await ProblemAsync(api, HttpStatusCode.RequestEntityTooLarge);

        var page = await PostFormAsync(Anonymous(), "/Account/Login", [new("Input.Email", new string('a', 3_000_000))], "/Account/Login");
        await ErrorPageAsync(page, HttpStatusCode.RequestEntityTooLarge);

        // Without a Content-Length (chunked), the limit holds as the body is read: 20 fields of 60 KB, each within the form limits.
        var visitor = Anonymous();
        var token = await TokenAsync(visitor, "/Account/Login");
        var body = Encoding.ASCII.GetBytes("__RequestVerificationToken=" + Uri.EscapeDataString(token) + string.Concat(Enumerable.Range(0, 20).Select(i => $"&f{i}=" + new string('a', 60_000))));
        var chunked = new StreamContent(new MemoryStream(body));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await ErrorPageAsync(await visitor.Http.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);

        var apiBody = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        apiBody.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var apiRequest = new HttpRequestMessage(HttpMethod.Post, "/api/organisations") { Content = apiBody };
        apiRequest.Headers.TransferEncodingChunked = true;
        apiRequest.Headers.Add("RequestVerificationToken", await coordinator.ApiTokenAsync());
        await ProblemAsync(await coordinator.Http.SendAsync(apiRequest), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Too_many_form_fields_or_a_too_long_value_gets_a_message_not_404()
    {
        var visitor = Anonymous();
        var many = Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>("f" + i, "1"));
        var tooMany = await PostFormAsync(visitor, "/Account/Login", many, "/Account/Login");
        await ErrorPageAsync(tooMany, HttpStatusCode.RequestEntityTooLarge);

        var tooLong = await PostFormAsync(visitor, "/Account/Login", [new("Input.Email", Huge)], "/Account/Login");
        await ErrorPageAsync(tooLong, HttpStatusCode.RequestEntityTooLarge);

        var manager = await As(Demo.ManagerPt);
        var onManagerPage = await PostFormAsync(manager, "/Programmes/Edit?template=Smile", many, "/Programmes/Edit?template=Smile");
        await ErrorPageAsync(onManagerPage, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_nul_byte_in_a_form_a_query_or_json_is_400_with_a_message()
    {
        var form = await PostFormAsync(Anonymous(), "/Account/Login", [new("Input.Email", "a\0b@example.org"), new("Input.Password", "x")], "/Account/Login");
        await ErrorPageAsync(form, HttpStatusCode.BadRequest);

        var manager = await As(Demo.ManagerPt);
        await ProblemAsync(await manager.Http.GetAsync("/api/participants?q=a%00b"), HttpStatusCode.BadRequest);
        await ErrorPageAsync(await manager.Http.GetAsync("/Participants?q=a%00b"), HttpStatusCode.BadRequest);

        var coordinator = await As(Demo.Coordinator);
        var json = await SendJsonAsync(coordinator, HttpMethod.Post, "/api/organisations", """{"name":"Nul\u0000Org","countryCode":"PT","city":"Faro","staffLanguages":["pt"]}""");
        await AssertFieldErrorAsync(json, "name");
        Assert.False(await Factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.City == "Faro")));
    }
}

public sealed class SqliteNoServerErrorTests(SqliteFactory f) : NoServerErrorTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresNoServerErrorTests(PostgresFactory f) : NoServerErrorTests(f), IClassFixture<PostgresFactory>;
