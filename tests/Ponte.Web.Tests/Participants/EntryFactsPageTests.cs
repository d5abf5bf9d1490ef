using System.Net;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Profiles;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Mentoring;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Participants;

/// <summary>
/// /Participants/{id}/Facts: a manager records a mentee's facts at entry with her — answers,
/// "prefers not to say" and unanswered kept apart; a bad field is told beside it with the rest
/// kept; trainers are refused and another organisation finds nothing.
/// </summary>
public abstract class EntryFactsPageTests(PonteFactory factory) : IntegrationTest(factory)
{
    private async Task<Guid> MenteeAsync() => await Factory.AcceptedAsync(await Factory.MentoringProgrammeAsync(), ParticipantRole.Mentee, "Hodan Warsame");

    [Fact]
    public async Task A_manager_records_answers_and_declined_questions_and_the_page_shows_them()
    {
        var id = await MenteeAsync();
        var manager = await As(Demo.ManagerPt);
        var details = await manager.GetPageAsync($"/Participants/{id}");
        Assert.Equal($"/Participants/{id}/Facts", details.QuerySelector("#edit-entry-facts")?.GetAttribute("href"));

        var (response, _) = await manager.SubmitAsync($"/Participants/{id}/Facts", new Dictionary<string, string?>
        {
            ["Input.BirthDate"] = "1990-05-17",
            ["Input.Situation"] = "LongTermUnemployed",
            ["Input.Education"] = "Isced3",
            ["Input.Citizenship"] = "SO",
            ["Input.ForeignBackground"] = "Yes",
            ["Input.Disability"] = FactsDeclined,
            ["Input.Homeless"] = "No",
            ["Input.HostLanguageLevel"] = "",
        }, "#facts-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var facts = await Factory.WithDbAsync(db => db.Participants.AsNoTracking().Where(p => p.Id == id).Select(p => p.Facts).SingleAsync());
        Assert.Equal((new DateOnly(1990, 5, 17), SituationAtEntry.LongTermUnemployed, EducationLevel.Isced3, "SO", YesNo.Yes, (YesNo?)null, YesNo.No, (CefrLevel?)null),
            (facts.BirthDate, facts.Situation, facts.Education, facts.Citizenship, facts.ForeignBackground, facts.Disability, facts.Homeless, facts.HostLanguageLevel));
        Assert.True(facts.IsDeclined(EntryQuestion.Disability));
        Assert.False(facts.IsDeclined(EntryQuestion.HostLanguage));
        Assert.Equal(EntryFactsSource.Staff, facts.Source);

        // The form shows them again as recorded.
        var form = await manager.GetPageAsync($"/Participants/{id}/Facts");
        Assert.Equal("LongTermUnemployed", form.QuerySelector("#ef-situation option[selected]")?.GetAttribute("value"));
        Assert.Equal(FactsDeclined, form.QuerySelector("#ef-disability option[selected]")?.GetAttribute("value"));
        Assert.Equal(string.Empty, form.QuerySelector("#ef-level option[selected]")?.GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task A_bad_answer_is_told_beside_its_field_and_nothing_typed_or_saved_is_lost()
    {
        var id = await MenteeAsync();
        var manager = await As(Demo.ManagerPt);
        var (response, page) = await manager.SubmitAsync($"/Participants/{id}/Facts", new Dictionary<string, string?>
        {
            ["Input.BirthDate"] = "1850-01-01",
            ["Input.Situation"] = "Rich",
            ["Input.Education"] = "Isced6",
            ["Input.Citizenship"] = "XX",
        }, "#facts-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#ef-birth-error")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#ef-situation-error")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#ef-citizenship-error")?.TextContent));
        Assert.True(string.IsNullOrWhiteSpace(page.QuerySelector("#ef-education-error")?.TextContent));
        Assert.Equal("1850-01-01", page.QuerySelector("#ef-birth")?.GetAttribute("value"));
        Assert.Equal("Isced6", page.QuerySelector("#ef-education option[selected]")?.GetAttribute("value"));
        var facts = await Factory.WithDbAsync(db => db.Participants.AsNoTracking().Where(p => p.Id == id).Select(p => p.Facts).SingleAsync());
        Assert.False(facts.WasAsked);
    }

    [Fact]
    public async Task Trainers_are_refused_and_another_organisation_finds_nothing()
    {
        var id = await MenteeAsync();
        var trainer = await As(Demo.TrainerPt);
        Assert.Null((await trainer.GetPageAsync($"/Participants/{id}")).QuerySelector("#edit-entry-facts"));
        var refused = await trainer.Http.GetAsync($"/Participants/{id}/Facts");
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var finland = await As(Demo.ManagerFi);
        Assert.Equal(HttpStatusCode.NotFound, (await finland.Http.GetAsync($"/Participants/{id}/Facts")).StatusCode);
        var mentee = await As(Demo.Samira);
        Assert.Equal(HttpStatusCode.NotFound, (await mentee.Http.GetAsync($"/Participants/{id}/Facts")).StatusCode);
    }

    private const string FactsDeclined = "declined";
}

public sealed class SqliteEntryFactsPageTests(SqliteFactory f) : EntryFactsPageTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresEntryFactsPageTests(PostgresFactory f) : EntryFactsPageTests(f), IClassFixture<PostgresFactory>;
