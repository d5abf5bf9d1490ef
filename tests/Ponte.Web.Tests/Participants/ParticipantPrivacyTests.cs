using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Profiles;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Participants;

/// <summary>Who sees whom: health notes, mentors and their mentees, the coordinator, other organisations.</summary>
public abstract class ParticipantPrivacyTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task A_mentor_reads_her_mentee_page_and_screenings_but_never_the_health_notes()
    {
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var healthNotes = await Factory.SensitiveNotesAsync(tatiana);
        Assert.NotEmpty(healthNotes);
        var mentor = await Factory.SessionAsync(Demo.Mentor);

        var html = (await mentor.GetPageAsync($"/Participants/{tatiana}")).DocumentElement.OuterHtml;
        Assert.Contains("Tatiana Kovalenko", html);
        Assert.Contains("Strong practical web marketing skills, no certificates.", html);
        Assert.Contains("screening-scores", html);
        Assert.Contains("Notes on this indicator are visible to the organisation", html);
        Assert.All(healthNotes, note => Assert.DoesNotContain(note, html));
        Assert.DoesNotContain("Sleeps badly", html);

        var json = await (await mentor.Http.GetAsync($"/api/participants/{tatiana}/assessments")).BodyAsync();
        Assert.Contains("Strong practical web marketing skills, no certificates.", json);
        Assert.All(healthNotes, note => Assert.DoesNotContain(note, json));
        var ratings = JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray().SelectMany(a => a.GetProperty("ratings").EnumerateArray()).ToList();
        Assert.All(ratings.Where(r => r.GetProperty("indicator").GetString() == "HealthAndWellbeing"), r =>
        {
            Assert.Equal(JsonValueKind.Null, r.GetProperty("note").ValueKind);
            Assert.True(r.GetProperty("noteHidden").GetBoolean());
            Assert.True(r.GetProperty("sensitive").GetBoolean());
        });

        var profile = await (await mentor.Http.GetAsync($"/api/participants/{tatiana}")).BodyAsync();
        Assert.Contains("Tatiana Kovalenko", profile);
        Assert.All(healthNotes, note => Assert.DoesNotContain(note, profile));
    }

    [Fact]
    public async Task The_organisation_manager_reads_the_health_notes_marked_as_sensitive()
    {
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var healthNotes = await Factory.SensitiveNotesAsync(tatiana);
        var manager = await Factory.SessionAsync(Demo.ManagerLv);

        var page = await manager.GetPageAsync($"/Participants/{tatiana}");
        var sensitive = page.QuerySelectorAll(".ratings .sensitive").Select(e => e.TextContent).ToList();
        Assert.All(healthNotes, note => Assert.Contains(sensitive, s => s.Contains(note, StringComparison.Ordinal)));
        Assert.All(page.QuerySelectorAll(".ratings .sensitive"), e => Assert.Equal("Sensitive", e.QuerySelector(".badge")!.TextContent));

        var json = await (await manager.Http.GetAsync($"/api/participants/{tatiana}/assessments")).BodyAsync();
        Assert.All(healthNotes, note => Assert.Contains(note, json));
        Assert.DoesNotContain("\"noteHidden\":true", json);
    }

    [Fact]
    public async Task A_trainer_sees_the_screenings_but_not_the_health_notes()
    {
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var healthNotes = await Factory.SensitiveNotesAsync(tatiana);
        var trainer = await Factory.SessionAsync(Demo.TrainerLv);

        var html = (await trainer.GetPageAsync($"/Participants/{tatiana}")).DocumentElement.OuterHtml;
        Assert.Contains("Strong practical web marketing skills, no certificates.", html);
        Assert.All(healthNotes, note => Assert.DoesNotContain(note, html));
        var json = await (await trainer.Http.GetAsync($"/api/participants/{tatiana}/assessments")).BodyAsync();
        Assert.All(healthNotes, note => Assert.DoesNotContain(note, json));
        Assert.Contains("\"noteHidden\":true", json);
    }

    [Fact]
    public async Task A_mentee_does_not_read_the_health_notes_staff_wrote_about_her()
    {
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var staffNotes = (await Factory.AssessmentsAsync(tatiana))
            .Where(a => a.Mode == Ponte.Domain.Screening.AssessmentMode.WithStaff)
            .SelectMany(a => a.Ratings).Where(r => r.IsSensitive && r.Note is not null).Select(r => r.Note!).ToList();
        Assert.NotEmpty(staffNotes);
        var visitor = await Factory.SessionAsync(Demo.Tatiana);
        var html = (await visitor.GetPageAsync($"/Participants/{tatiana}")).DocumentElement.OuterHtml;
        Assert.Contains("Tatiana Kovalenko", html);
        Assert.All(staffNotes, note => Assert.DoesNotContain(note, html));
        var json = await (await visitor.Http.GetAsync($"/api/participants/{tatiana}/assessments")).BodyAsync();
        Assert.All(staffNotes, note => Assert.DoesNotContain(note, json));
    }

    [Fact]
    public async Task A_mentor_gets_404_for_a_mentee_who_is_not_hers_and_cannot_record_screenings()
    {
        var mentorId = await Factory.ParticipantIdAsync(Demo.Mentor);
        var other = await Factory.MenteeNotOfMentorAsync(mentorId);
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var samira = await Factory.ParticipantIdAsync(Demo.Samira);
        var mentor = await Factory.SessionAsync(Demo.Mentor);

        await mentor.GetPageAsync($"/Participants/{mentorId}");
        foreach (var id in new[] { other, samira })
        {
            await mentor.GetPageAsync($"/Participants/{id}", HttpStatusCode.NotFound);
            Assert.Equal(HttpStatusCode.NotFound, (await mentor.Http.GetAsync($"/api/participants/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await mentor.Http.GetAsync($"/api/participants/{id}/assessments")).StatusCode);
        }

        // Her own mentee: she reads, but screening is for staff and the mentee herself.
        var count = (await Factory.AssessmentsAsync(tatiana)).Count;
        await mentor.GetPageAsync($"/Participants/{tatiana}/Screening/New", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.PostJsonAsync($"/api/participants/{tatiana}/assessments", ParticipantsKit.ScreeningBody([3, 3, 3, 3, 3, 3, 3]))).StatusCode);
        Assert.Equal(count, (await Factory.AssessmentsAsync(tatiana)).Count);

        // The staff list is not hers either.
        var list = await mentor.Http.GetAsync("/Participants");
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/Account/AccessDenied", list.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.Http.GetAsync("/api/participants")).StatusCode);
    }

    [Fact]
    public async Task A_mentee_sees_only_herself()
    {
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var mentorId = await Factory.ParticipantIdAsync(Demo.Mentor);
        var visitor = await Factory.SessionAsync(Demo.Tatiana);
        await visitor.GetPageAsync($"/Participants/{tatiana}");
        await visitor.GetPageAsync($"/Participants/{mentorId}", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/api/participants/{mentorId}")).StatusCode);

        // Her mentor's name is on her page, without a link to a page she cannot open.
        var page = await visitor.GetPageAsync($"/Participants/{tatiana}");
        Assert.Contains("Ilze Bērziņa", page.Text("#people-heading ~ ul"));
        Assert.Null(page.QuerySelector($"a[href='/Participants/{mentorId}']"));
    }

    [Fact]
    public async Task The_coordinator_gets_404_for_every_individual_participant()
    {
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var coordinator = await Factory.SessionAsync(Demo.Coordinator);
        await coordinator.GetPageAsync($"/Participants/{tatiana}", HttpStatusCode.NotFound);
        await coordinator.GetPageAsync($"/Participants/{tatiana}/Screening/New", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Http.GetAsync($"/api/participants/{tatiana}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Http.GetAsync($"/api/participants/{tatiana}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostJsonAsync($"/api/participants/{tatiana}/assessments", ParticipantsKit.ScreeningBody([3, 3, 3, 3, 3, 3, 3]))).StatusCode);
    }

    public static TheoryData<string, string> OtherOrganisationRoutes() => new()
    {
        { "GET", "/Participants/{id}" },
        { "GET", "/Participants/{id}/Screening/New" },
        { "GET", "/Participants/{id}/TargetGroup" },
        { "POST", "/Participants/{id}/Screening/New" },
        { "POST", "/Participants/{id}/TargetGroup" },
        { "GET", "/api/participants/{id}" },
        { "GET", "/api/participants/{id}/assessments" },
        { "POST", "/api/participants/{id}/assessments" },
        { "PUT", "/api/participants/{id}/target-group" },
    };

    [Theory]
    [MemberData(nameof(OtherOrganisationRoutes))]
    public async Task Another_organisations_manager_gets_404_on_every_route_with_her_id(string method, string route)
    {
        var tatiana = await Factory.ParticipantIdAsync(Demo.Tatiana);
        var before = await Factory.WithDbAsync(async db => (await db.Assessments.CountAsync(a => a.ParticipantId == tatiana), (await db.Participants.SingleAsync(p => p.Id == tatiana)).Version));
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var ownMentee = await Factory.AcceptedMenteeAsync(ParticipantsKit.Lisbon);
        var url = route.Replace("{id}", tatiana.ToString(), StringComparison.Ordinal);
        var assessment = (await Factory.AssessmentsAsync(tatiana))[0].Id;

        HttpResponseMessage response;
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            response = method switch
            {
                "GET" => await manager.Http.GetAsync(url),
                "POST" => await manager.PostJsonAsync(url, ParticipantsKit.ScreeningBody([5, 5, 5, 5, 5, 5, 5])),
                _ => await manager.PutJsonAsync(url, new { targetGroup = "LightSupport", assessmentId = assessment, version = before.Version }),
            };
        }
        else if (method == "GET")
        {
            response = await manager.Http.GetAsync(url);
        }
        else
        {
            // A valid token from one of her own forms: only the id is wrong.
            var token = await manager.FormTokenAsync($"/Participants/{ownMentee}/Screening/New");
            var fields = ParticipantsKit.ScreeningFields([5, 5, 5, 5, 5, 5, 5], mode: "WithStaff", date: "2026-11-20")
                .Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)).ToList();
            fields.Add(new("Input.TargetGroup", "IntensiveSupport"));
            fields.Add(new("Input.AssessmentId", assessment.ToString()));
            fields.Add(new("__RequestVerificationToken", token));
            response = await manager.Http.PostAsync(url, new FormUrlEncodedContent(fields));
        }

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Tatiana", body);
        var after = await Factory.WithDbAsync(async db => (await db.Assessments.CountAsync(a => a.ParticipantId == tatiana), (await db.Participants.SingleAsync(p => p.Id == tatiana)).Version));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Lists_never_include_people_of_another_organisation()
    {
        var manager = await Factory.SessionAsync(Demo.ManagerPt);
        var (portugal, all) = await Factory.WithDbAsync(async db =>
        {
            var org = (await db.Organisations.SingleAsync(o => o.CountryCode == "PT")).Id;
            return (await db.Participants.Where(p => p.OrganisationId == org).Select(p => p.Id).ToListAsync(), await db.Participants.CountAsync());
        });
        Assert.True(all > portugal.Count);

        var seen = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var body = await (await manager.Http.GetAsync($"/api/participants?page={page}&pageSize=100")).JsonAsync();
            Assert.Equal(portugal.Count, body.GetProperty("total").GetInt32());
            var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
            if (items.Count == 0)
                break;
            seen.AddRange(items);
        }

        Assert.Equal(portugal.Order(), seen.Order());
        Assert.Equal(0, (await (await manager.Http.GetAsync("/api/participants?q=Tatiana%20Kovalenko")).JsonAsync()).GetProperty("total").GetInt32());
        var html = await manager.GetPageAsync("/Participants?q=Tatiana%20Kovalenko");
        Assert.Empty(html.QuerySelectorAll("table tbody tr"));

        // Filtering by another organisation's programme finds no one either.
        var riga = await Factory.WithDbAsync(db => db.Programmes.Where(p => p.Name == ParticipantsKit.Ukrainian).Select(p => p.Id).SingleAsync());
        Assert.Equal(0, (await (await manager.Http.GetAsync($"/api/participants?programmeId={riga}")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Empty((await manager.GetPageAsync($"/Participants?programmeId={riga}")).QuerySelectorAll("table tbody tr"));
    }

    [Fact]
    public async Task The_evidence_must_be_one_of_her_own_screenings_not_another_organisations()
    {
        var lisbonMentee = await Factory.AcceptedMenteeAsync(ParticipantsKit.Lisbon);
        var rigaMentee = await Factory.AcceptedMenteeAsync();
        var managerPt = await Factory.SessionAsync(Demo.ManagerPt);
        var managerLv = await Factory.SessionAsync(Demo.ManagerLv);
        await (await managerPt.PostJsonAsync($"/api/participants/{lisbonMentee}/assessments", ParticipantsKit.ScreeningBody([3, 3, 3, 3, 3, 3, 3]))).JsonAsync(HttpStatusCode.Created);
        await (await managerLv.PostJsonAsync($"/api/participants/{rigaMentee}/assessments", ParticipantsKit.ScreeningBody([3, 3, 3, 3, 3, 3, 3]))).JsonAsync(HttpStatusCode.Created);
        var lisbonAssessment = (await Factory.AssessmentsAsync(lisbonMentee))[0].Id;

        var response = await managerLv.PutJsonAsync($"/api/participants/{rigaMentee}/target-group", new { targetGroup = "Retraining", assessmentId = lisbonAssessment });
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("assessmentId", out _));
        Assert.Null((await Factory.ParticipantAsync(rigaMentee)).TargetGroup);
    }
}

public sealed class SqliteParticipantPrivacyTests(SqliteFactory f) : ParticipantPrivacyTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresParticipantPrivacyTests(PostgresFactory f) : ParticipantPrivacyTests(f), IClassFixture<PostgresFactory>;
