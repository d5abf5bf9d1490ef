using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Participants;

/// <summary>Arranging participants through the domain, and posting forms the way a browser would.</summary>
internal static class ParticipantsKit
{
    public const string Rethink = "RETHINK — Riga";
    public const string Ukrainian = "Social Mentor Support for Ukrainian Refugees — Riga";
    public const string Lisbon = "Mentoring for Migrants — Lisbon";

    private static readonly HtmlParser Parser = new();

    private static readonly ConditionalWeakTable<PonteFactory, ConcurrentDictionary<string, Lazy<Task<Visitor>>>> Sessions = new();

    /// <summary>
    /// One signed-in session per account and test class: sign-in is rate-limited (10 a minute per
    /// account, 30 per address), and these tests would otherwise sign in far more often than that.
    /// </summary>
    public static Task<Visitor> SessionAsync(this PonteFactory factory, string email) =>
        Sessions.GetOrCreateValue(factory).GetOrAdd(email, e => new Lazy<Task<Visitor>>(() => factory.SignedInAsync(e))).Value;

    /// <summary>Signs everyone out of the cache: after the clock moves by weeks, sign-in cookies have expired.</summary>
    public static void ForgetSessions(this PonteFactory factory) => Sessions.Remove(factory);

    /// <summary>An applicant who went through the journey up to acceptance: submit → interview → notes → accept.</summary>
    public static Task<Guid> AcceptedMenteeAsync(this PonteFactory factory, string programmeName = Rethink, string? name = null) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow();
            var programme = await db.Programmes.SingleAsync(p => p.Name == programmeName);
            var key = Guid.NewGuid().ToString("N")[..8];
            var profile = Profile.Create(
                name ?? $"Olena Test {key}", $"olena.{key}@example.org", null, "uk", Gender.Woman, "UA", "Rīga", "LV-1050",
                [LanguageSkill.Create("uk", LanguageLevel.Native), LanguageSkill.Create("en", LanguageLevel.Basic)],
                WeeklyAvailability.Of([(DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Thursday, DayPart.Evening)]),
                ["sewing", "photography"],
                SupportAreas.JobSearch | SupportAreas.CityOrientation,
                MatchingPreferences.None,
                "I want to work as a seamstress again.");
            var staff = new Actor(null, "Kristīne Ozola");
            var application = Application.Submit(programme, ParticipantRole.Mentee, Guid.NewGuid(), profile, ReferralSource.Leaflet, null, true, programme.PrivacyNoticeVersion, now.AddDays(-10));
            application.ScheduleInterview(now.AddDays(-5), "Brīvības iela 88", null, staff, now.AddDays(-8));
            application.RecordInterview("Tailor, ten years.", "Wants to work again.", "Weekly meetings.", staff, now.AddDays(-5));
            var participant = application.Decide(Decision.Accept, null, staff, now.AddDays(-4))!;
            db.Applications.Add(application);
            db.Participants.Add(participant);
            await db.SaveChangesAsync();
            return participant.Id;
        });

    public static Task<Guid> ParticipantIdAsync(this PonteFactory factory, string email) =>
        factory.WithDbAsync(db => db.Participants.Where(p => p.Profile.Email == email).Select(p => p.Id).SingleAsync());

    public static Task<List<Assessment>> AssessmentsAsync(this PonteFactory factory, Guid participantId) =>
        factory.WithDbAsync(db => db.Assessments.Where(a => a.ParticipantId == participantId).OrderBy(a => a.TakenAt).ToListAsync());

    public static Task<Participant> ParticipantAsync(this PonteFactory factory, Guid id) =>
        factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Id == id));

    /// <summary>The texts of every sensitive note recorded for her (health and well-being).</summary>
    public static async Task<List<string>> SensitiveNotesAsync(this PonteFactory factory, Guid participantId) =>
        (await factory.AssessmentsAsync(participantId)).SelectMany(a => a.Ratings).Where(r => r.IsSensitive && r.Note is not null).Select(r => r.Note!).ToList();

    /// <summary>A mentee of the mentor's organisation who is not one of her mentees.</summary>
    public static Task<Guid> MenteeNotOfMentorAsync(this PonteFactory factory, Guid mentorId) =>
        factory.WithDbAsync(async db =>
        {
            var mentor = await db.Participants.SingleAsync(p => p.Id == mentorId);
            var hers = db.Relationships.Where(r => r.MentorId == mentorId && r.Status == RelationshipStatus.Active).Select(r => r.MenteeId);
            return await db.Participants
                .Where(p => p.OrganisationId == mentor.OrganisationId && p.Role == ParticipantRole.Mentee && !hers.Contains(p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        });

    /// <summary>The fields of the screening form: scores in the order of <see cref="Indicators.All"/>.</summary>
    public static Dictionary<string, string?> ScreeningFields(int[] scores, Dictionary<Indicator, string>? notes = null, string? date = null, string? mode = null)
    {
        var fields = new Dictionary<string, string?>();
        foreach (var indicator in Indicators.All)
        {
            fields[$"Input.Ratings[{indicator}].Score"] = scores[(int)indicator].ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Input.Ratings[{indicator}].Note"] = notes?.GetValueOrDefault(indicator) ?? string.Empty;
        }

        if (date is not null)
            fields["Input.TakenOn"] = date;
        if (mode is not null)
            fields["Input.Mode"] = mode;
        return fields;
    }

    /// <summary>A screening as the API takes it.</summary>
    public static object ScreeningBody(int[] scores, string? mode = "WithStaff", Dictionary<Indicator, string>? notes = null, DateTimeOffset? takenAt = null) => new
    {
        takenAt,
        mode,
        ratings = Indicators.All.Select(i => new { indicator = i.ToString(), score = scores[(int)i], note = notes?.GetValueOrDefault(i) }).ToArray(),
    };

    /// <summary>The values a form would send as the page has it now (antiforgery token included), to post later.</summary>
    public static async Task<(string Action, List<KeyValuePair<string, string>> Values)> ReadFormAsync(this Visitor visitor, string url, string selector)
    {
        var page = await visitor.GetPageAsync(url);
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{selector}' on {url}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (!string.IsNullOrEmpty(input.Name) && (input.Type is "checkbox" or "radio" ? input.IsChecked : input.Type is not ("submit" or "button")))
                values.Add(new(input.Name, input.Value));
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            if (!string.IsNullOrEmpty(select.Name) && select.SelectedOptions.FirstOrDefault() is { } option)
                values.Add(new(select.Name, option.Value));
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>())
        {
            if (!string.IsNullOrEmpty(area.Name))
                values.Add(new(area.Name, area.Value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return (action, values);
    }

    /// <summary>Replaces (or, with null, removes) fields of a form read earlier.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> values, IDictionary<string, string?> changes)
    {
        var result = values.Where(v => !changes.ContainsKey(v.Key)).ToList();
        result.AddRange(changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, string>(c.Key, c.Value!)));
        return result;
    }

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostFormAsync(this Visitor visitor, string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        var response = await visitor.Http.PostAsync(url, new FormUrlEncodedContent(values));
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Any valid antiforgery token of this visitor, taken from one of her forms.</summary>
    public static async Task<string> FormTokenAsync(this Visitor visitor, string url)
    {
        var page = await visitor.GetPageAsync(url);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {url}");
    }

    /// <summary>Sends a JSON body exactly as written (malformed on purpose, or with unknown values).</summary>
    public static async Task<HttpResponseMessage> SendRawJsonAsync(this Visitor visitor, HttpMethod method, string url, string json, bool withToken = true)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (withToken)
            request.Headers.Add("RequestVerificationToken", await visitor.ApiTokenAsync());
        return await visitor.Http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string> BodyAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {(int)response.StatusCode}: {(text.Length > 1500 ? text[..1500] : text)}");
        return text;
    }

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches '{selector}'.");
}
