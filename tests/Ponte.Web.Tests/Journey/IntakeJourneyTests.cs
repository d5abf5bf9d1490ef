using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Journey;

/// <summary>
/// The whole intake journey over HTTP, as the people do it: a mentee and a mentor apply on the
/// public form; staff interview and accept them; the mentee is screened and given a target
/// group; the mentor is checked and trained until she is ready to match.
/// </summary>
public abstract class IntakeJourneyTests(PonteFactory factory) : IntegrationTest(factory)
{
    private async Task<Guid> ApplyAsync(string role, string email, string name)
    {
        var key = await Factory.WithDbAsync(db =>
            (from p in db.Programmes join o in db.Organisations on p.OrganisationId equals o.Id where o.CountryCode == "PT" select p.PublicKey).FirstAsync());
        var (response, _) = await Anonymous().SubmitAsync($"/apply/{key}/{role}", new Dictionary<string, string?>
        {
            ["Input.FullName"] = name,
            ["Input.Email"] = email,
            ["Input.Gender"] = "Woman",
            ["Input.CountryOfOrigin"] = role == "mentee" ? "UA" : "PT",
            ["Input.Municipality"] = "Lisboa",
            ["Input.Postcode"] = "1100-001",
            ["Input.Languages[0].Code"] = role == "mentee" ? "uk" : "pt",
            ["Input.Languages[0].Level"] = "Native",
            ["Input.Languages[1].Code"] = "en",
            ["Input.Languages[1].Level"] = "Conversational",
            ["Input.Availability"] = "Tuesday.Evening",
            ["Input.SupportAreas"] = "JobSearch",
            ["Input.ReferralSource"] = "Leaflet",
            ["Input.Consent"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await Factory.WithDbAsync(db => db.Applications.Where(a => a.Profile.Email == email).Select(a => a.Id).SingleAsync());
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Interview, notes, acceptance; returns the new participant's id.</summary>
    private async Task<Guid> InterviewAndAcceptAsync(Visitor manager, Guid applicationId)
    {
        var application = await Ok(await manager.Http.GetAsync($"/api/applications/{applicationId}"));
        var scheduled = await Ok(await manager.PostJsonAsync($"/api/applications/{applicationId}/interview", new
        {
            at = Factory.Clock.GetUtcNow().AddDays(2),
            location = "Rua da Mouraria 12, Lisboa",
            version = application.GetProperty("version").GetGuid(),
        }));
        var interviewed = await Ok(await manager.PostJsonAsync($"/api/applications/{applicationId}/interview-notes", new
        {
            qualifications = "Secondary school; ran a small business",
            motivation = "Wants to work in her field",
            expectations = "Weekly meetings",
            version = scheduled.GetProperty("version").GetGuid(),
        }));
        var accepted = await Ok(await manager.PostJsonAsync($"/api/applications/{applicationId}/decision", new
        {
            decision = "Accept",
            version = interviewed.GetProperty("version").GetGuid(),
        }));
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        return accepted.GetProperty("participantId").GetGuid();
    }

    [Fact]
    public async Task A_mentee_goes_from_the_public_form_to_the_waiting_list()
    {
        var email = $"olena.{Guid.NewGuid():N}@example.org";
        var applicationId = await ApplyAsync("mentee", email, "Olena Shevchenko");
        var manager = await As(Demo.ManagerPt);
        var menteeId = await InterviewAndAcceptAsync(manager, applicationId);

        var assessment = await Ok(await manager.PostJsonAsync($"/api/participants/{menteeId}/assessments", new
        {
            mode = "WithStaff",
            ratings = new[] { "HardSkills", "SoftSkills", "LabourMarketUnderstanding", "HealthAndWellbeing", "PersonalRolesAndExpectations", "SocietalRightsAndObligations", "CultureKeys" }
                .Select(i => new { indicator = i, score = 2, note = i == "HealthAndWellbeing" ? "Sleeps badly" : null }),
        }), HttpStatusCode.Created);
        var mentee = await Ok(await manager.Http.GetAsync($"/api/participants/{menteeId}"));
        Assert.Equal("Accepted", mentee.GetProperty("status").GetString());

        var grouped = await Ok(await manager.PutJsonAsync($"/api/participants/{menteeId}/target-group", new
        {
            targetGroup = "IntensiveSupport",
            assessmentId = assessment.GetProperty("id").GetGuid(),
            version = mentee.GetProperty("version").GetGuid(),
        }));
        Assert.Equal("ReadyToMatch", grouped.GetProperty("status").GetString());

        var saved = await Factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Id == menteeId));
        Assert.Equal(ParticipantStatus.ReadyToMatch, saved.Status);
        Assert.Equal(["Applied", "InterviewScheduled", "Interviewed", "Accepted", "TargetGroupSet"], saved.Timeline.Select(t => t.Event));
        Assert.Equal("Marta Sousa", await Factory.NameOfAsync(saved.Timeline[^1].ActorUserId));
        Assert.Contains(await Factory.WithDbAsync(db => db.Outbox.Select(m => m.To).ToListAsync()), to => to == email);
    }

    [Fact]
    public async Task A_mentor_goes_from_the_public_form_through_checks_and_training_to_ready()
    {
        var email = $"ines.{Guid.NewGuid():N}@example.org";
        var applicationId = await ApplyAsync("mentor", email, "Inês Carvalho");
        var manager = await As(Demo.ManagerPt);
        var mentorId = await InterviewAndAcceptAsync(manager, applicationId);

        var readiness = await Ok(await manager.Http.GetAsync($"/api/mentors/{mentorId}/readiness"));
        Assert.False(readiness.GetProperty("ready").GetBoolean());
        var refused = await manager.PostJsonAsync($"/api/mentors/{mentorId}/ready", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        readiness = await Ok(await manager.PutJsonAsync($"/api/mentors/{mentorId}/safety-checks", new
        {
            criminalRecordCertificateSeenOn = "2026-11-20",
            referencesCheckedOn = "2026-11-21",
            version = readiness.GetProperty("version").GetGuid(),
        }));
        Assert.Contains("TheoryHoursMissing", readiness.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()));

        var programmeId = readiness.GetProperty("programmeId").GetGuid();
        var (theory, practice) = (readiness.GetProperty("theoryHoursRequired").GetDecimal(), readiness.GetProperty("practiceHoursRequired").GetDecimal());
        foreach (var (kind, hours) in new[] { ("Theory", theory), ("Practice", practice) }.Where(k => k.Item2 > 0))
        {
            var session = await Ok(await manager.PostJsonAsync("/api/training-sessions", new
            {
                programmeId,
                title = kind + " for new mentors",
                startsAt = Factory.Clock.GetUtcNow().AddDays(-1),
                kind,
                hours,
                location = "Lisboa",
            }), HttpStatusCode.Created);
            await Ok(await manager.PutJsonAsync($"/api/training-sessions/{session.GetProperty("id").GetGuid()}/attendance", new
            {
                attendance = new[] { new { mentorId, attended = true } },
            }));
        }

        readiness = await Ok(await manager.Http.GetAsync($"/api/mentors/{mentorId}/readiness"));
        Assert.True(readiness.GetProperty("ready").GetBoolean(), readiness.ToString());
        Assert.Equal("ReadyToMatch", readiness.GetProperty("status").GetString());
        var saved = await Factory.WithDbAsync(db => db.Participants.SingleAsync(p => p.Id == mentorId));
        Assert.Equal("Marta Sousa", await Factory.NameOfAsync(Assert.Single(saved.Timeline, t => t.Event == "SafetyChecksPassed").ActorUserId));
        Assert.Equal("ReadyToMatch", saved.Timeline[^1].Event);
    }
}

public sealed class SqliteIntakeJourneyTests(SqliteFactory f) : IntakeJourneyTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresIntakeJourneyTests(PostgresFactory f) : IntakeJourneyTests(f), IClassFixture<PostgresFactory>;
