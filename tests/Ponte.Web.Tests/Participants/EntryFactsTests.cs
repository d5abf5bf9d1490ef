using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Profiles;
using Ponte.Web.Tests.Infrastructure;

namespace Ponte.Web.Tests.Participants;

/// <summary>
/// A manager records a mentee's facts at entry over the API; "prefer not to say" is kept apart from
/// unanswered; disability and housing reach managers only; the timeline says they were recorded,
/// never what they are; the indicators count the new answers.
/// </summary>
public abstract class EntryFactsTests(PonteFactory factory) : IntegrationTest(factory)
{
    /// <summary>The <paramref name="skip"/>-th mentee of a country's organisation: each test changes its own.</summary>
    private Task<Guid> MenteeAsync(string country, int skip) => Factory.WithDbAsync(db => db.Participants.IgnoreQueryFilters()
        .Where(p => p.Role == ParticipantRole.Mentee && db.Organisations.IgnoreQueryFilters().Any(o => o.Id == p.OrganisationId && o.CountryCode == country))
        .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Select(p => p.Id).Skip(skip).FirstAsync());

    private static async Task<JsonObject> FactsAsync(Visitor visitor, Guid id) =>
        (await visitor.Http.GetFromJsonAsync<JsonObject>($"/api/participants/{id}/facts"))!;

    [Fact]
    public async Task A_manager_records_the_facts_and_the_indicators_count_them()
    {
        var manager = await As(Demo.ManagerPt);
        var id = await MenteeAsync("PT", 0);
        var before = await FactsAsync(manager, id);
        var eeco03 = await TotalAsync(manager, "EECO03");
        var eeco16 = await TotalAsync(manager, "EECO16");
        var wasLongTerm = (string?)before["situation"] == "LongTermUnemployed";
        var wasHomeless = (string?)before["homeless"] == "Yes";

        var put = await manager.PutJsonAsync($"/api/participants/{id}/facts", new
        {
            birthDate = "1990-04-02", situation = "LongTermUnemployed", education = "Isced3", citizenship = "ua",
            foreignBackground = "Yes", disability = (string?)null, homeless = "Yes", hostLanguageLevel = "A2",
            declined = new[] { "Disability" }, version = (string?)before["version"],
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = await FactsAsync(manager, id);
        Assert.Equal("UA", (string?)after["citizenship"]);
        Assert.True((bool?)after["thirdCountryNational"]);
        Assert.Equal(["Disability"], after["declined"]!.AsArray().Select(d => (string?)d));
        Assert.Null(after["disability"]);
        Assert.Equal("Staff", (string?)after["source"]);

        Assert.Equal(eeco03 + (wasLongTerm ? 0 : 1), await TotalAsync(manager, "EECO03"));
        Assert.Equal(eeco16 + (wasHomeless ? 0 : 1), await TotalAsync(manager, "EECO16"));

        var timeline = await Factory.WithDbAsync(db => db.Participants.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.Timeline).FirstAsync());
        var line = Assert.Single(timeline, l => l.Event == "EntryFactsRecorded");
        Assert.Null(line.Detail);
    }

    [Fact]
    public async Task Disability_and_housing_reach_managers_only()
    {
        var manager = await As(Demo.ManagerPt);
        var id = await MenteeAsync("PT", 1);
        var before = await FactsAsync(manager, id);
        await manager.PutJsonAsync($"/api/participants/{id}/facts", new { situation = "Inactive", disability = "Yes", homeless = "No", declined = new[] { "BirthDate" }, version = (string?)before["version"] });
        Assert.Equal("Yes", (string?)(await FactsAsync(manager, id))["disability"]);

        var page = await manager.GetPageAsync($"/Participants/{id}");
        Assert.Equal(2, page.QuerySelectorAll("#entry-facts dd[data-sensitive]").Length);

        var trainer = await As(Demo.TrainerPt);
        var trainerPage = await trainer.GetPageAsync($"/Participants/{id}");
        Assert.NotNull(trainerPage.QuerySelector("#entry-facts dl.facts"));
        Assert.Empty(trainerPage.QuerySelectorAll("#entry-facts dd[data-sensitive]"));
        var seen = await FactsAsync(trainer, id);
        Assert.Null(seen["disability"]);
        Assert.Null(seen["homeless"]);
        Assert.True((bool?)seen["sensitiveHidden"]);
        Assert.Equal("Inactive", (string?)seen["situation"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PutJsonAsync($"/api/participants/{id}/facts", new { situation = "Employed" })).StatusCode);

        var other = await As(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/participants/{id}/facts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutJsonAsync($"/api/participants/{id}/facts", new { situation = "Employed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As(Demo.Coordinator)).Http.GetAsync($"/api/participants/{id}/facts")).StatusCode);
    }

    [Fact]
    public async Task Wrong_answers_are_named_together_and_nothing_is_saved()
    {
        var manager = await As(Demo.ManagerPt);
        var id = await MenteeAsync("PT", 2);
        var before = await FactsAsync(manager, id);
        var response = await manager.PutJsonAsync($"/api/participants/{id}/facts", new { birthDate = "1850-01-01", citizenship = "Atlantis", situation = "Employed", version = (string?)before["version"] });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("birthDate"), errors.ToJsonString());
        Assert.True(errors.ContainsKey("citizenship"), errors.ToJsonString());
        Assert.Equal(before.ToJsonString(), (await FactsAsync(manager, id)).ToJsonString());

        var typo = await manager.PutJsonAsync($"/api/participants/{id}/facts", new { situation = "Retired", version = (string?)before["version"] });
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
    }

    private static async Task<decimal> TotalAsync(Visitor visitor, string code) =>
        JsonNode.Parse(await visitor.Http.GetStringAsync("/api/reports/indicators?from=2020-01-01&to=2026-12-31"))!["rows"]!.AsArray()
            .Single(r => (string?)r!["code"] == code && r["by"] is null)!["cumulative"]!.GetValue<decimal>();
}

public sealed class SqliteEntryFactsTests(SqliteFactory f) : EntryFactsTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresEntryFactsTests(PostgresFactory f) : EntryFactsTests(f), IClassFixture<PostgresFactory>;
