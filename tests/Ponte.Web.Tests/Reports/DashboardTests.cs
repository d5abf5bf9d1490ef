using System.Net;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Profiles;
using Ponte.Domain.Screening;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Matching;
using Ponte.Web.Tests.Mentoring;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Reports;

/// <summary>
/// The dashboard on a programme of known journeys: the funnel counts each step, the share of the
/// step before and the SMILE trend exactly; the coordinator's roll-up names and links to nobody;
/// everyone else is refused; a bad period is told by its field.
/// </summary>
public abstract class DashboardTests(PonteFactory factory) : IntegrationTest(factory)
{
    private static readonly string[] Steps = ["Applied", "Interviewed", "Accepted", "Screened", "Matched", "Active", "Completed"];

    /// <summary>
    /// A programme where Amal went all the way (completed, rated twice), Olena was screened and waits,
    /// and a third woman applied and waits for her interview.
    /// </summary>
    private async Task<(Guid Programme, Person Amal)> JourneysAsync()
    {
        var programme = await Factory.MentoringProgrammeAsync();
        var ana = await Factory.MentorWithAccountAsync(programme, "Ana Costa");
        var amal = await Factory.MenteeWithAccountAsync(programme, "Amal Haddad");
        await Factory.MatchingMenteeAsync(programme, "Olena Kovalenko", [new("uk", LanguageLevel.Native)]);
        await Factory.WithDbAsync(async db =>
        {
            var p = await db.Programmes.SingleAsync(x => x.Id == programme);
            var profile = Profile.Create("Rahel Tesfaye", $"{Guid.NewGuid():N}@example.org", null, "en", Gender.Woman, "ER", "Lisboa", "1100-001",
                [new LanguageSkill("ti", LanguageLevel.Native)], WeeklyAvailability.Of([(DayOfWeek.Monday, DayPart.Morning)]), ["music"], SupportAreas.JobSearch, MatchingPreferences.None, null);
            db.Applications.Add(Application.Submit(p, ParticipantRole.Mentee, Guid.NewGuid(), profile, ReferralSource.Leaflet, null, true, p.PrivacyNoticeVersion, Factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return 0;
        });

        var manager = await As(Demo.ManagerPt);
        await manager.ApproveAsync(programme, amal.Id);
        var id = await Factory.ActivateAsync(manager, programme, ana, amal);
        // Her self-assessment a while on: two points up in hard skills, one in the others.
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        await Factory.WithDbAsync(async db =>
        {
            var mentee = await db.Participants.SingleAsync(x => x.Id == amal.Id);
            db.Assessments.Add(Assessment.Record(mentee, AssessmentMode.WithStaff, Indicators.All.Select(i => (i, i == Indicator.HardSkills ? 5 : 4, (string?)null)),
                ReadinessArrangements.Staff, Factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return 0;
        });
        manager = await As(Demo.ManagerPt); // days on, a fresh session
        await (await manager.PostJsonAsync($"/api/processes/{id}/close", new
        {
            outcome = "Completed",
            situations = new[] { new { menteeId = amal.Id, situation = "Employed", languageLevel = "A2" } },
        })).JsonAsync(HttpStatusCode.OK);
        return (programme, amal);
    }

    private static List<int> Reached(AngleSharp.Dom.IDocument page) =>
        [.. Steps.Select(s => int.Parse(page.QuerySelector($"#funnel-table tr[data-step={s}] td[data-value]")!.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public async Task A_managers_funnel_and_smile_trend_count_the_programmes_journeys_exactly()
    {
        var (programme, _) = await JourneysAsync();
        var manager = await As(Demo.ManagerPt);
        var page = await manager.GetPageAsync($"/Reports/Dashboard?programmeId={programme}");

        Assert.Equal([3, 2, 2, 2, 1, 1, 1], Reached(page));
        var conversions = Steps.Skip(1).Select(s => page.QuerySelector($"#funnel-table tr[data-step={s}] td:nth-of-type(2)")!.TextContent.Trim()).ToList();
        Assert.Equal(["66,7 %", "100 %", "100 %", "50 %", "100 %", "100 %"], conversions);
        Assert.Equal(7, page.QuerySelectorAll(".funnel-svg g[data-step] rect.bar").Length);

        var hard = page.QuerySelector("#smile-table tr[data-indicator=HardSkills]")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["1", "3,00", "5,00", "+2,00"], hard); // she reads Portuguese
        var soft = page.QuerySelector("#smile-table tr[data-indicator=SoftSkills]")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["1", "3,00", "4,00", "+1,00"], soft);
        Assert.NotNull(page.QuerySelector(".smile-svg g[data-indicator=HardSkills] circle.smile-latest"));

        // The headline indicators with the programme's own figures, and the needs-attention list one click on.
        Assert.Equal("2", page.QuerySelector("#targets-table tr[data-code=EECO01] td")!.TextContent.Trim()); // the two accepted mentees
        Assert.Equal("1", page.QuerySelector("#targets-table tr[data-code=LEFT] td")!.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("#targets-table tr[data-code=EECR04] td")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#attention-link"));
    }

    [Fact]
    public async Task A_period_before_the_journeys_began_is_empty_and_a_bad_period_is_told_by_its_field()
    {
        var (programme, _) = await JourneysAsync();
        var manager = await As(Demo.ManagerPt);
        var empty = await manager.GetPageAsync($"/Reports/Dashboard?programmeId={programme}&from=2000-01-01&to=2000-12-31");
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], Reached(empty));
        Assert.NotNull(empty.QuerySelector("#funnel-empty"));
        Assert.NotNull(empty.QuerySelector("#smile-empty"));

        var bad = await manager.GetPageAsync("/Reports/Dashboard?from=2026-02-30&to=2026-12-31");
        Assert.False(string.IsNullOrWhiteSpace(bad.QuerySelector("#d-from-error")!.TextContent));
        Assert.Equal("2026-02-30", bad.QuerySelector("#d-from")!.GetAttribute("value"));
        Assert.Null(bad.QuerySelector("#funnel"));
    }

    [Fact]
    public async Task The_coordinators_roll_up_counts_each_organisation_and_country_and_reaches_nobody()
    {
        var (_, amal) = await JourneysAsync();
        var coordinator = await As(Demo.Coordinator);
        var response = await coordinator.Http.GetAsync("/Reports/Dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(amal.Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahel Tesfaye", html, StringComparison.Ordinal);
        var page = await coordinator.GetPageAsync("/Reports/Dashboard");
        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, href => Assert.StartsWith("/Reports", href, StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("#attention-link"));

        var organisations = page.QuerySelectorAll("#by-organisation-table tbody tr");
        Assert.Equal(3, organisations.Length);
        Assert.Equal(["FI", "LV", "PT"], page.QuerySelectorAll("#by-country-table tbody tr th").Select(th => th.TextContent.Trim()));

        // Each organisation's row is that organisation's own funnel; the network's total is their sum.
        var manager = await As(Demo.ManagerPt);
        var own = Reached(await manager.GetPageAsync("/Reports/Dashboard"));
        var portugal = page.QuerySelectorAll("#by-country-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "PT");
        Assert.Equal(own, [.. Steps.Select(s => int.Parse(portugal.QuerySelector($"td[data-step={s}]")!.FirstChild!.TextContent.Trim().Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))]);
        var sums = Steps.Select(s => page.QuerySelectorAll($"#by-organisation-table td[data-step={s}]")
            .Sum(td => int.Parse(td.FirstChild!.TextContent.Trim().Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(Reached(page), sums);
    }

    [Theory]
    [InlineData(Demo.TrainerPt)]
    [InlineData(Demo.Samira)]
    public async Task Others_are_refused(string email)
    {
        var visitor = await As(email);
        var response = await visitor.Http.GetAsync("/Reports/Dashboard");
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var anonymous = await Anonymous().Http.GetAsync("/Reports/Dashboard");
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location?.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

public sealed class SqliteDashboardTests(SqliteFactory f) : DashboardTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresDashboardTests(PostgresFactory f) : DashboardTests(f), IClassFixture<PostgresFactory>;
