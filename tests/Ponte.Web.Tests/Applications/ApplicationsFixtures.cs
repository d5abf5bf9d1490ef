using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Applications;

/// <summary>Arranging applications and posting forms exactly as a page last showed them.</summary>
internal static class ApplicationsFixtures
{
    private static readonly HtmlParser Parser = new();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ConditionalWeakTable<PonteFactory, ConcurrentDictionary<string, Lazy<Task<Visitor>>>> Sessions = new();

    /// <summary>
    /// One signed-in session per account and test class: signing in for every test would run into
    /// the login rate limit (10 attempts a minute per account), which is working as intended.
    /// </summary>
    public static Task<Visitor> SessionAsync(this PonteFactory factory, string email) =>
        Sessions.GetOrCreateValue(factory).GetOrAdd(email, e => new Lazy<Task<Visitor>>(() => factory.SignedInAsync(e))).Value;

    /// <summary>The first programme (by name) of the organisation in the given country.</summary>
    public static Task<Programme> ProgrammeAsync(this PonteFactory factory, string countryCode = "PT") =>
        factory.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.CountryCode == countryCode);
            return await db.Programmes.Where(p => p.OrganisationId == organisation.Id).OrderBy(p => p.Name).FirstAsync();
        });

    public static string UniqueEmail(string who = "applicant") => $"{who}.{Guid.NewGuid():N}@example.org";

    public enum Stage
    {
        Submitted,
        InterviewScheduled,
        Interviewed,
    }

    /// <summary>Stores a new application (through the domain, as the form would) and returns its id.</summary>
    public static Task<Guid> NewApplicationAsync(this PonteFactory factory, string countryCode = "PT", ParticipantRole role = ParticipantRole.Mentee,
        Stage stage = Stage.Submitted, string? email = null, string name = "Amina Yusuf") =>
        factory.WithDbAsync(async db =>
        {
            var programme = await factory.ProgrammeAsync(countryCode);
            var now = factory.Clock.GetUtcNow();
            var profile = Profile.Create(name, email ?? UniqueEmail(), null, "pt", Gender.Woman, "SY", "Lisboa", "1100-001",
                [new LanguageSkill("ar", LanguageLevel.Native)], WeeklyAvailability.Of([(DayOfWeek.Monday, DayPart.Morning)]), ["cooking"],
                SupportAreas.JobSearch, MatchingPreferences.None, null);
            var application = Application.Submit(programme, role, Guid.NewGuid(), profile, ReferralSource.Leaflet, null, true, programme.PrivacyNoticeVersion, now);
            var staff = new Actor(null, "Test manager");
            if (stage >= Stage.InterviewScheduled)
                application.ScheduleInterview(now.AddDays(3), "Rua dos Anjos 48", null, staff, now);
            if (stage >= Stage.Interviewed)
                application.RecordInterview("Baker for ten years", "Wants to work again", "Know the rules", staff, now);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    public static Task<Application> ApplicationAsync(this PonteFactory factory, Guid id) =>
        factory.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    /// <summary>An application of the demo network in the given organisation and status.</summary>
    public static Task<Guid> DemoApplicationAsync(this PonteFactory factory, string countryCode, ApplicationStatus status) =>
        factory.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.CountryCode == countryCode);
            return await db.Applications.Where(a => a.OrganisationId == organisation.Id && a.Status == status).Select(a => a.Id).FirstAsync();
        });

    /// <summary>The values a browser would send for the form as the page shows it, with some fields replaced.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IHtmlDocument page, string selector, IDictionary<string, string?>? fields = null,
        IEnumerable<KeyValuePair<string, string>>? extra = null, bool withToken = true)
    {
        fields ??= new Dictionary<string, string?>();
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{selector}'");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || fields.ContainsKey(input.Name) || input.IsDisabled)
                continue;
            if (!withToken && input.Name == "__RequestVerificationToken")
                continue;
            if (input.Type is "checkbox" or "radio" ? input.IsChecked : input.Type is not ("submit" or "button"))
                values.Add(new(input.Name, input.Value));
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            if (!string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name) && select.SelectedOptions.FirstOrDefault() is { } option)
                values.Add(new(select.Name, option.Value));
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>())
        {
            if (!string.IsNullOrEmpty(area.Name) && !fields.ContainsKey(area.Name))
                values.Add(new(area.Name, area.Value));
        }

        values.AddRange(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)));
        if (extra is not null)
            values.AddRange(extra);
        return values;
    }

    public static string ActionOf(IHtmlDocument page, string selector, string fallback) =>
        (page.QuerySelector(selector) as IHtmlFormElement)?.GetAttribute("action") is { Length: > 0 } action ? action : fallback;

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostFormAsync(this Visitor visitor, string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        var response = await visitor.Http.PostAsync(url, new FormUrlEncodedContent(values));
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {expected}, got {(int)response.StatusCode}\n{body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts a 400 ProblemDetails that names the field.</summary>
    public static async Task AssertFieldProblemAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0,
            $"Expected an error for '{field}': {problem}");
    }

    /// <summary>The error text shown next to a field (the element "{id}-error").</summary>
    public static string ErrorNextTo(this IHtmlDocument page, string fieldId) =>
        page.GetElementById(fieldId + "-error")?.TextContent.Trim() ?? string.Empty;
}
