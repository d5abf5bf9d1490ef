using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Training;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Mentors;

/// <summary>Arranging mentors, programmes and sessions through the domain, as the journey would have made them.</summary>
public static class ReadinessArrangements
{
    public static readonly Actor Staff = new(null, "Arranging staff");

    /// <summary>A programme of the organisation in <paramref name="country"/> with the given required hours.</summary>
    public static Task<Guid> ProgrammeAsync(this PonteFactory factory, string country, decimal theory, decimal practice, string? name = null) =>
        factory.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.CountryCode == country);
            var settings = ProgrammeTemplates.Defaults(ProgrammeTemplate.Custom) with
            {
                Name = name ?? $"Readiness programme {Guid.NewGuid():N}"[..30],
                RequiredTheoryHours = theory,
                RequiredPracticeHours = practice,
            };
            var programme = Programme.Create(org.Id, ProgrammeTemplate.Custom, settings);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

    /// <summary>A freshly accepted participant: applied, interviewed and accepted, nothing else yet.</summary>
    public static Task<Guid> AcceptedAsync(this PonteFactory factory, Guid programmeId, ParticipantRole role = ParticipantRole.Mentor, string? name = null) =>
        factory.WithDbAsync(async db =>
        {
            var programme = await db.Programmes.SingleAsync(p => p.Id == programmeId);
            var now = factory.Clock.GetUtcNow();
            var fullName = name ?? (role == ParticipantRole.Mentor ? "Clara Mendes" : "Amina Haddad");
            var profile = Profile.Create(
                fullName, $"{Guid.NewGuid():N}@example.org", null, "en", Gender.Woman, "PT", "Lisboa", "1100-001",
                [new LanguageSkill("pt", LanguageLevel.Native), new LanguageSkill("en", LanguageLevel.Fluent)],
                WeeklyAvailability.Of([(DayOfWeek.Tuesday, DayPart.Evening)]),
                ["reading"], SupportAreas.JobSearch, MatchingPreferences.None, null);
            var application = Application.Submit(programme, role, Guid.NewGuid(), profile, ReferralSource.Leaflet, null, true, programme.PrivacyNoticeVersion, now);
            application.ScheduleInterview(now.AddHours(1), "Office", null, Staff, now);
            application.RecordInterview("Teacher for twenty years", "Wants to give back", null, Staff, now);
            var participant = application.Decide(Decision.Accept, null, Staff, now)!;
            db.Applications.Add(application);
            db.Participants.Add(participant);
            await db.SaveChangesAsync();
            return participant.Id;
        });

    public static Task<Guid> SessionAsync(this PonteFactory factory, Guid programmeId, TrainingKind kind, decimal hours, DateTimeOffset startsAt, string title = "Arranged session") =>
        factory.WithDbAsync(async db =>
        {
            var programme = await db.Programmes.SingleAsync(p => p.Id == programmeId);
            var session = TrainingSession.Plan(programme.OrganisationId, programme.Id, title, startsAt, kind, hours, "Office", "Trainer");
            db.TrainingSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    /// <summary>A mentor who has passed the checks and attended all required hours, ready to match.</summary>
    public static async Task<Guid> ReadyMentorAsync(this PonteFactory factory, Guid programmeId, string? name = null)
    {
        var mentorId = await factory.AcceptedAsync(programmeId, ParticipantRole.Mentor, name);
        var now = factory.Clock.GetUtcNow();
        var (theory, practice) = await factory.WithDbAsync(async db =>
        {
            var p = await db.Programmes.SingleAsync(x => x.Id == programmeId);
            return (p.RequiredTheoryHours, p.RequiredPracticeHours);
        });
        var sessions = new List<Guid>();
        if (theory > 0)
            sessions.Add(await factory.SessionAsync(programmeId, TrainingKind.Theory, theory, now.AddDays(-3)));
        if (practice > 0)
            sessions.Add(await factory.SessionAsync(programmeId, TrainingKind.Practice, practice, now.AddDays(-2)));
        var status = await factory.WithDbAsync(async db =>
        {
            var mentor = await db.Participants.SingleAsync(p => p.Id == mentorId);
            var programme = await db.Programmes.SingleAsync(p => p.Id == programmeId);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            mentor.RecordSafetyChecks(today.AddDays(-5), today.AddDays(-4), Staff, now);
            foreach (var session in await db.TrainingSessions.Where(s => sessions.Contains(s.Id)).ToListAsync())
                session.RecordAttendance(mentor, true, now);
            var all = await db.TrainingSessions.Where(s => s.ProgrammeId == programmeId).ToListAsync();
            mentor.UpdateReadiness(programme, TrainingSession.HoursAttended(all, mentorId, now), Staff, now);
            await db.SaveChangesAsync();
            return mentor.Status;
        });
        Assert.Equal(ParticipantStatus.ReadyToMatch, status);
        return mentorId;
    }

    public static Task<Participant> ParticipantAsync(this PonteFactory factory, Guid id) =>
        factory.WithDbAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == id));

    public static Task<TrainingSession> TrainingSessionAsync(this PonteFactory factory, Guid id) =>
        factory.WithDbAsync(db => db.TrainingSessions.AsNoTracking().SingleAsync(s => s.Id == id));

    public static Task<string> DisplayNameAsync(this PonteFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync());

    public static async Task<JsonElement> ReadinessAsync(this Visitor visitor, Guid mentorId) =>
        await visitor.Http.GetFromJsonAsync<JsonElement>($"/api/mentors/{mentorId}/readiness");

    public static string[] Gaps(this JsonElement readiness) =>
        [.. readiness.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()!)];

    public static string Status(this JsonElement readiness) => readiness.GetProperty("status").GetString()!;

    public static Guid Version(this JsonElement json) => json.GetProperty("version").GetGuid();

    /// <summary>The antiforgery token of one of the visitor's own pages (a form's hidden field).</summary>
    public static async Task<string> FormTokenAsync(this Visitor visitor, string url = "/Training/Create")
    {
        var page = await visitor.GetPageAsync(url);
        return (page.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {url}");
    }

    /// <summary>Posts a form by hand (to any URL), with the visitor's antiforgery token unless told otherwise.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this Visitor visitor, string url, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var values = fields.ToList();
        if (withToken)
            values.Add(new("__RequestVerificationToken", await visitor.FormTokenAsync()));
        return await visitor.Http.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static async Task<HttpResponseMessage> PutRawJsonAsync(this Visitor visitor, string url, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", await visitor.ApiTokenAsync());
        return await visitor.Http.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostRawJsonAsync(this Visitor visitor, string url, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", await visitor.ApiTokenAsync());
        return await visitor.Http.SendAsync(request);
    }

    public static string Day(DateTimeOffset at, int days = 0) =>
        DateOnly.FromDateTime(at.UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Local(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Base of this slice's tests: each account signs in once per database (sign-in hashes a
/// password and is rate-limited) and its visitor is reused by every test of the class, until
/// the test clock has moved past the session's lifetime: then she signs in again.
/// </summary>
public abstract class ReadinessTest(PonteFactory factory) : IntegrationTest(factory)
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PonteFactory, System.Collections.Concurrent.ConcurrentDictionary<string, (Task<Visitor> Visitor, DateTimeOffset At)>> Visitors = new();

    protected Task<Visitor> SignedIn(string email)
    {
        var now = Factory.Clock.GetUtcNow();
        return Visitors.GetOrCreateValue(Factory).AddOrUpdate(
            email,
            e => (Factory.SignedInAsync(e), now),
            (e, cached) => now - cached.At < TimeSpan.FromHours(11) ? cached : (Factory.SignedInAsync(e), now)).Visitor;
    }
}
