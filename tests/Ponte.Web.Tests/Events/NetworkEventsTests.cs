using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ponte.Domain.Profiles;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentoring;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Events;

/// <summary>
/// A network event across Portugal, Finland and Latvia: each manager registers her own people and
/// records who came; the coordinator sees counts per organisation and per country, and that it
/// is cross-border, but never a name or a participant's id; no organisation sees another's people.
/// </summary>
public abstract class NetworkEventsTests(PonteFactory factory) : IntegrationTest(factory)
{
    private DateTimeOffset Now => Factory.Clock.GetUtcNow();

    private sealed record Someone(Guid Id, string Name);

    private async Task<Someone> PersonAsync(string country, ParticipantRole role, string name)
    {
        var programme = await Factory.ProgrammeAsync(country, 0, 0);
        return new Someone(await Factory.AcceptedAsync(programme, role, name), name);
    }

    /// <summary>Fails if the coordinator's response names or points at any of the people.</summary>
    private static async Task<string> WithoutPeopleAsync(HttpResponseMessage response, IEnumerable<Someone> people)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        foreach (var person in people)
        {
            Assert.DoesNotContain(person.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.Name, body, StringComparison.OrdinalIgnoreCase);
        }

        return body;
    }

    [Fact]
    public async Task Each_manager_registers_her_people_and_the_coordinator_sees_counts_by_organisation_and_country_never_people()
    {
        var (pt, fi, lv) = (await Factory.OrganisationAsync("PT"), await Factory.OrganisationAsync("FI"), await Factory.OrganisationAsync("LV"));
        var inesMentee = await PersonAsync("PT", ParticipantRole.Mentee, "Inês Marques");
        var ritaMentor = await PersonAsync("PT", ParticipantRole.Mentor, "Rita Gonçalves");
        var ainoMentee = await PersonAsync("FI", ParticipantRole.Mentee, "Aino Korhonen");
        var leenaMentee = await PersonAsync("FI", ParticipantRole.Mentee, "Leena Nieminen");
        var ievaMentor = await PersonAsync("LV", ParticipantRole.Mentor, "Ieva Bērziņa");
        Someone[] everyone = [inesMentee, ritaMentor, ainoMentee, leenaMentee, ievaMentor];

        var coordinator = await As(Demo.Coordinator);
        var created = await WithoutPeopleAsync(await coordinator.PostJsonAsync("/api/network-events", new
        {
            title = "Baltic–Iberian mentoring exchange", description = "Mentors and mentees of three countries meet online.",
            startsAt = Now.AddHours(1), minutes = 180, onlineLink = "https://meet.example.org/exchange", organisationIds = new[] { pt, fi, lv },
        }), everyone);
        var planned = JsonDocument.Parse(created).RootElement;
        var id = planned.GetProperty("id").GetGuid();
        Assert.True(planned.GetProperty("isCrossBorder").GetBoolean());
        Assert.Equal(["FI", "LV", "PT"], planned.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!));

        var managers = new Dictionary<string, Visitor>
        {
            ["PT"] = await As(Demo.ManagerPt), ["FI"] = await As(Demo.ManagerFi), ["LV"] = await As(Demo.ManagerLv),
        };
        var people = new Dictionary<string, Someone[]> { ["PT"] = [inesMentee, ritaMentor], ["FI"] = [ainoMentee, leenaMentee], ["LV"] = [ievaMentor] };

        // Each manager sees the event and registers her own people, on the page or over the API.
        foreach (var (country, manager) in managers)
        {
            var list = await manager.Http.GetFromJsonAsync<JsonElement>("/api/network-events?when=upcoming");
            Assert.Contains(id, list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        }

        var (viaPage, _) = await managers["PT"].SubmitAsync($"/Events/Network/{id}", new Dictionary<string, string?>(), "#register-form",
            [new("Registrants", inesMentee.Id.ToString()), new("Registrants", ritaMentor.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, viaPage.StatusCode);
        await (await managers["FI"].PostJsonAsync($"/api/network-events/{id}/registrations", new { participantIds = new[] { ainoMentee.Id, leenaMentee.Id } })).JsonAsync(HttpStatusCode.OK);
        var latvian = await (await managers["LV"].PostJsonAsync($"/api/network-events/{id}/registrations", new { participantIds = new[] { ievaMentor.Id } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([ievaMentor.Id], latvian.EnumerateArray().Select(r => r.GetProperty("participantId").GetGuid()));
        // Each is emailed in her organisation's time zone, with the calendar entry.
        var aino = Assert.Single(await Factory.MailAsync(await Factory.EmailOfAsync(ainoMentee.Id), "Event.Registered"));
        Assert.Contains("Europe/Helsinki", aino.Body, StringComparison.Ordinal);
        Assert.Contains($"UID:network-event-{id}@ponte", aino.CalendarLines());

        // A manager cannot register another organisation's participant, and reads only her own people.
        Assert.Equal(HttpStatusCode.NotFound, (await managers["FI"].PostJsonAsync($"/api/network-events/{id}/registrations", new { participantIds = new[] { inesMentee.Id } })).StatusCode);
        foreach (var (country, manager) in managers)
        {
            var mine = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/network-events/{id}/registrations");
            Assert.Equal(people[country].Select(p => p.Id).Order(), mine.EnumerateArray().Select(r => r.GetProperty("participantId").GetGuid()).Order());
            var others = everyone.Except(people[country]).ToList();
            var page = await manager.Http.GetStringAsync($"/Events/Network/{id}");
            var view = await manager.Http.GetStringAsync($"/api/network-events/{id}");
            foreach (var other in others)
            {
                Assert.DoesNotContain(other.Name, page, StringComparison.Ordinal);
                Assert.DoesNotContain(other.Id.ToString(), page, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(other.Id.ToString(), view, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Attendance waits for the start; then each manager records her own.
        Assert.Equal("EventNotStarted", await (await managers["LV"].PutJsonAsync($"/api/network-events/{id}/attendance",
            new { attendance = new[] { new { participantId = ievaMentor.Id, attended = true } } })).RefusalAsync(HttpStatusCode.Conflict));
        Factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(10));
        Assert.Equal("EventStarted", await (await managers["LV"].PostJsonAsync($"/api/network-events/{id}/registrations", new { participantIds = new[] { (await PersonAsync("LV", ParticipantRole.Mentee, "Anna Kalniņa")).Id } })).RefusalAsync(HttpStatusCode.Conflict));
        var (attendedPage, _) = await managers["PT"].SubmitAsync($"/Events/Network/{id}", new Dictionary<string, string?> { ["Attended"] = inesMentee.Id.ToString() }, "#attendance-form");
        Assert.Equal(HttpStatusCode.Redirect, attendedPage.StatusCode);
        Assert.Equal("Held", (await managers["LV"].GetPageAsync($"/Events/Network/{id}")).QuerySelector("#event-status")!.TextContent.Trim());
        await (await managers["FI"].PutJsonAsync($"/api/network-events/{id}/attendance",
            new { attendance = new[] { new { participantId = ainoMentee.Id, attended = true }, new { participantId = leenaMentee.Id, attended = true } } })).JsonAsync(HttpStatusCode.OK);
        await (await managers["LV"].PutJsonAsync($"/api/network-events/{id}/attendance",
            new { attendance = new[] { new { participantId = ievaMentor.Id, attended = false } } })).JsonAsync(HttpStatusCode.OK);
        // Another organisation's registration is nobody's to record.
        Assert.Equal(HttpStatusCode.NotFound, (await managers["LV"].PutJsonAsync($"/api/network-events/{id}/attendance",
            new { attendance = new[] { new { participantId = ainoMentee.Id, attended = false } } })).StatusCode);

        // The coordinator: counts per organisation and per country, nobody's name or id, in the API and on the page.
        var body = await WithoutPeopleAsync(await coordinator.Http.GetAsync($"/api/network-events/{id}"), everyone);
        var counts = JsonDocument.Parse(body).RootElement.GetProperty("counts");
        var byOrganisation = counts.GetProperty("organisations").EnumerateArray().ToDictionary(
            o => o.GetProperty("organisationId").GetGuid(),
            o => (o.GetProperty("countryCode").GetString(), o.GetProperty("registered").GetInt32(), o.GetProperty("attended").GetInt32(), o.GetProperty("mentees").GetInt32(), o.GetProperty("mentors").GetInt32()));
        Assert.Equal(("PT", 2, 1, 1, 1), byOrganisation[pt]);
        Assert.Equal(("FI", 2, 2, 2, 0), byOrganisation[fi]);
        Assert.Equal(("LV", 1, 0, 0, 1), byOrganisation[lv]);
        var byCountry = counts.GetProperty("countries").EnumerateArray().ToDictionary(
            c => c.GetProperty("countryCode").GetString()!, c => (c.GetProperty("organisations").GetInt32(), c.GetProperty("registered").GetInt32(), c.GetProperty("attended").GetInt32()));
        Assert.Equal(new Dictionary<string, (int, int, int)> { ["FI"] = (1, 2, 2), ["LV"] = (1, 1, 0), ["PT"] = (1, 2, 1) }, byCountry);
        Assert.Equal((5, 3), (counts.GetProperty("registered").GetInt32(), counts.GetProperty("attended").GetInt32()));
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("isCrossBorder").GetBoolean());
        var listed = await WithoutPeopleAsync(await coordinator.Http.GetAsync("/api/network-events"), everyone);
        Assert.Contains(JsonDocument.Parse(listed).RootElement.GetProperty("items").EnumerateArray(),
            e => e.GetProperty("id").GetGuid() == id && e.GetProperty("registered").GetInt32() == 5 && e.GetProperty("isCrossBorder").GetBoolean());
        var coordinatorPage = await WithoutPeopleAsync(await coordinator.Http.GetAsync($"/Events/Network/{id}"), everyone);
        Assert.Contains("counts-by-country", coordinatorPage, StringComparison.Ordinal);
        await WithoutPeopleAsync(await coordinator.Http.GetAsync("/Events"), everyone);
        // Her role reads no one's registrations.
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.Http.GetAsync($"/api/network-events/{id}/registrations")).StatusCode);
    }

    [Fact]
    public async Task The_coordinator_adds_and_removes_organisations_but_not_one_whose_people_are_registered()
    {
        var (pt, fi, lv) = (await Factory.OrganisationAsync("PT"), await Factory.OrganisationAsync("FI"), await Factory.OrganisationAsync("LV"));
        var coordinator = await As(Demo.Coordinator);
        var planned = await (await coordinator.PostJsonAsync("/api/network-events", new
        {
            title = "Lisbon study visit", startsAt = Now.AddDays(6), minutes = 240, place = "Lisboa", organisationIds = new[] { pt },
        })).JsonAsync(HttpStatusCode.Created);
        var id = planned.GetProperty("id").GetGuid();
        Assert.False(planned.GetProperty("isCrossBorder").GetBoolean());

        // Latvia's manager does not see an event her organisation is not part of.
        var latvian = await As(Demo.ManagerLv);
        Assert.Equal(HttpStatusCode.NotFound, (await latvian.Http.GetAsync($"/api/network-events/{id}")).StatusCode);
        await latvian.GetPageAsync($"/Events/Network/{id}", HttpStatusCode.NotFound);

        var added = await (await coordinator.PostJsonAsync($"/api/network-events/{id}/organisations", new { organisationId = fi })).JsonAsync(HttpStatusCode.OK);
        Assert.True(added.GetProperty("isCrossBorder").GetBoolean());
        var (onPage, _) = await coordinator.SubmitAsync($"/Events/Network/{id}", new Dictionary<string, string?> { ["OrganisationId"] = lv.ToString() }, "#add-organisation-form");
        Assert.Equal(HttpStatusCode.Redirect, onPage.StatusCode);
        Assert.Equal(id, (await latvian.Http.GetFromJsonAsync<JsonElement>($"/api/network-events/{id}")).GetProperty("id").GetGuid());
        // A manager sees who takes part, not the counts.
        Assert.Equal(JsonValueKind.Null, (await latvian.Http.GetFromJsonAsync<JsonElement>($"/api/network-events/{id}")).GetProperty("counts").ValueKind);
        // Organisations are the coordinator's to change.
        Assert.Equal(HttpStatusCode.Forbidden, (await latvian.PostJsonAsync($"/api/network-events/{id}/organisations", new { organisationId = pt })).StatusCode);

        var finnish = await As(Demo.ManagerFi);
        var aino = await PersonAsync("FI", ParticipantRole.Mentee, "Aino Korhonen");
        await (await finnish.PostJsonAsync($"/api/network-events/{id}/registrations", new { participantIds = new[] { aino.Id } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("HasRegistrations", await (await coordinator.DeleteAsync($"/api/network-events/{id}/organisations/{fi}")).RefusalAsync(HttpStatusCode.Conflict));
        var removed = await (await coordinator.DeleteAsync($"/api/network-events/{id}/organisations/{lv}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["FI", "PT"], removed.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal(HttpStatusCode.NotFound, (await latvian.Http.GetAsync($"/api/network-events/{id}")).StatusCode);
        Assert.DoesNotContain(aino.Name, await coordinator.Http.GetStringAsync($"/api/network-events/{id}"), StringComparison.Ordinal);
    }
}

public sealed class SqliteNetworkEventsTests(SqliteFactory f) : NetworkEventsTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresNetworkEventsTests(PostgresFactory f) : NetworkEventsTests(f), IClassFixture<PostgresFactory>;
