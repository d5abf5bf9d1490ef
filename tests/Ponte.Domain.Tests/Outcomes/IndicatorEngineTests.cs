using Ponte.Domain.Outcomes;
using Ponte.Domain.Screening;
using Xunit;

namespace Ponte.Domain.Tests.Outcomes;

/// <summary>The indicator rules at their edges: every window's first and last day, ties of one date, re-entries, baselines.</summary>
public sealed class IndicatorEngineTests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 12, 31);

    private sealed class World
    {
        public OutcomeFacts Facts { get; } = new();

        public World()
        {
            Assert.Equal(OutcomeInputError.None, Facts.AddOrganisation("o1", "PT"));
            Assert.Equal(OutcomeInputError.None, Facts.AddOrganisation("o2", "FI"));
        }

        public World Person(string id, FactRole role = FactRole.Mentee, EntryLabourStatus labour = EntryLabourStatus.Unemployed, DateOnly? birth = null, FactSex sex = FactSex.Woman)
        {
            Assert.Equal(OutcomeInputError.None, Facts.AddPerson(new PersonFact(id, role, sex, birth, labour, 3, YesNoUnknown.Yes, YesNoUnknown.No, DisabilityAnswer.No, YesNoUnknown.No)));
            return this;
        }

        public World On(string day, string person, FactValue value, string organisation = "o1")
        {
            Assert.Equal(OutcomeInputError.None, Facts.AddEvent(person, organisation, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), value));
            return this;
        }

        /// <summary>The total row's figures as "cumulative/period".</summary>
        public string Total(string code, DateOnly? from = null, DateOnly? to = null)
        {
            var row = TotalRow(code, from, to);
            return $"{row.Cumulative}/{row.Period}";
        }

        public decimal? Cumulative(string code, DateOnly? to = null) => TotalRow(code, null, to).Cumulative;

        private IndicatorRow TotalRow(string code, DateOnly? from, DateOnly? to) =>
            IndicatorEngine.Compute(Facts, from ?? From, to ?? To).Rows.Single(r => r.Code == code && r.By is null);
    }

    private static World LeftOn(string left, string entered = "2026-02-01")
    {
        var w = new World().Person("a");
        w.On(entered, "a", FactValue.Entered()).On(left, "a", FactValue.Left(LeftHow.Completed));
        return w;
    }

    [Theory]
    [InlineData("2026-03-29", 1)] // leaving date + 28 days: the last day upon leaving
    [InlineData("2026-03-30", 0)]
    [InlineData("2026-03-01", 1)] // the leaving date itself
    [InlineData("2026-02-28", 0)] // before leaving
    public void The_situation_upon_leaving_is_within_28_days_of_the_leaving_date(string statusOn, int employed)
    {
        var w = LeftOn("2026-03-01").On(statusOn, "a", FactValue.Status(FactStatus.Employed));

        Assert.Equal(employed, w.Cumulative("EECR04"));
        Assert.Equal(1, w.Cumulative(IndicatorEngine.Left));
    }

    [Theory]
    [InlineData(151, 0)]
    [InlineData(152, 1)]
    [InlineData(213, 1)]
    [InlineData(214, 0)]
    public void Employment_six_months_after_leaving_is_dated_152_to_213_days_after(int days, int counted)
    {
        var left = new DateOnly(2026, 1, 10);
        var w = LeftOn("2026-01-10", "2026-01-05").On(left.AddDays(days).ToString("yyyy-MM-dd"), "a", FactValue.Status(FactStatus.SelfEmployed));

        Assert.Equal(counted, w.Cumulative("EECR05"));
    }

    [Fact]
    public void Employment_six_months_on_counts_in_the_period_of_its_own_date_and_only_as_the_last_status_of_the_window()
    {
        var w = LeftOn("2026-01-10", "2026-01-05")
            .On("2026-07-01", "a", FactValue.Status(FactStatus.Employed))
            .On("2026-07-01", "a", FactValue.Status(FactStatus.JobSearching));
        Assert.Equal("0/0", w.Total("EECR05"));

        w.On("2026-07-02", "a", FactValue.Status(FactStatus.Employed));
        Assert.Equal("1/1", w.Total("EECR05"));
        Assert.Equal("0/0", w.Total("EECR05", new DateOnly(2026, 1, 1), new DateOnly(2026, 7, 1))); // 2 July has not happened yet
        Assert.Equal("1/1", w.Total("EECR05", new DateOnly(2026, 7, 2), new DateOnly(2026, 7, 31)));
        Assert.Equal("1/0", w.Total("EECR05", new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31)));
    }

    [Fact]
    public void Of_two_statuses_on_one_date_the_later_line_is_her_situation()
    {
        var w = LeftOn("2026-03-01")
            .On("2026-03-10", "a", FactValue.Status(FactStatus.Employed))
            .On("2026-03-10", "a", FactValue.Status(FactStatus.InEducation));

        Assert.Equal(0, w.Cumulative("EECR04"));
        Assert.Equal(1, w.Cumulative("EECR02"));
        Assert.Equal(1m, w.Cumulative(IndicatorEngine.IntegrationRate));
    }

    [Fact]
    public void She_has_left_when_her_last_left_is_dated_on_or_after_her_last_entry_and_not_after_the_end()
    {
        Assert.Equal(1, LeftOn("2026-02-01", "2026-02-01").Cumulative(IndicatorEngine.Left)); // same date: left
        var again = LeftOn("2026-03-01").On("2026-04-01", "a", FactValue.Entered());
        Assert.Equal(0, again.Cumulative(IndicatorEngine.Left));
        Assert.Equal(1, again.Cumulative(IndicatorEngine.Left, to: new DateOnly(2026, 3, 31))); // the re-entry has not happened yet
        Assert.Equal(0, LeftOn("2026-03-01").Cumulative(IndicatorEngine.Left, to: new DateOnly(2026, 2, 28)));
        Assert.Equal(0, LeftOn("2026-03-01", "2026-03-02").Cumulative(IndicatorEngine.Left)); // left before she entered
    }

    [Theory]
    [InlineData("2026-01-31", 0)] // before her first entry
    [InlineData("2026-02-01", 1)] // the day of her first entry
    [InlineData("2026-03-29", 1)] // leaving + 28
    [InlineData("2026-03-30", 0)]
    public void A_qualification_counts_from_her_first_entry_to_28_days_after_leaving(string on, int qualified)
    {
        var w = LeftOn("2026-03-01").On(on, "a", FactValue.Evidence(FactKind.Qualification));

        Assert.Equal(qualified, w.Cumulative("EECR03"));
    }

    [Fact]
    public void Competitiveness_counts_once_at_her_first_evidence_on_or_after_her_first_entry()
    {
        var w = new World().Person("a")
            .On("2026-01-01", "a", FactValue.Evidence(FactKind.TrainingCompleted)) // before entry: not evidence
            .On("2026-02-01", "a", FactValue.Entered())
            .On("2026-05-01", "a", FactValue.Evidence(FactKind.JobOffer))
            .On("2026-03-01", "a", FactValue.Evidence(FactKind.JobInterview), "o2");

        Assert.Equal("1/0", w.Total(IndicatorEngine.Competitiveness, new DateOnly(2026, 4, 1), To));
        Assert.Equal("1/1", w.Total(IndicatorEngine.Competitiveness, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void A_language_baseline_is_her_first_level_in_that_language_whatever_its_date_and_never_counts_itself()
    {
        var w = new World().Person("a")
            .On("2026-02-01", "a", FactValue.Entered())
            .On("2026-03-01", "a", FactValue.LanguageLevel("pt", 2)) // baseline A2, after entry
            .On("2026-03-05", "a", FactValue.LanguageLevel("en", 5)) // baseline in another language
            .On("2026-04-01", "a", FactValue.LanguageLevel("pt", 2)); // not higher
        Assert.Equal(0, w.Cumulative(IndicatorEngine.Competitiveness));

        w.On("2026-05-01", "a", FactValue.LanguageLevel("pt", 3));
        Assert.Equal("1/1", w.Total(IndicatorEngine.Competitiveness, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1)));

        // A rise recorded before her entry is not evidence; the baseline may lie before it.
        var early = new World().Person("b")
            .On("2025-01-01", "b", FactValue.LanguageLevel("fi", 0))
            .On("2025-06-01", "b", FactValue.LanguageLevel("fi", 1))
            .On("2026-02-01", "b", FactValue.Entered());
        Assert.Equal(0, early.Cumulative(IndicatorEngine.Competitiveness));
        early.On("2026-02-02", "b", FactValue.LanguageLevel("fi", 1)); // above the A0 baseline
        Assert.Equal(1, early.Cumulative(IndicatorEngine.Competitiveness));
    }

    [Fact]
    public void A_rating_counts_one_above_her_baseline_of_hard_skills_soft_skills_or_labour_market_understanding_only()
    {
        var w = new World().Person("a")
            .On("2026-02-01", "a", FactValue.Entered())
            .On("2026-02-01", "a", FactValue.Rating(Indicator.CultureKeys, 1))
            .On("2026-03-01", "a", FactValue.Rating(Indicator.CultureKeys, 5))
            .On("2026-02-01", "a", FactValue.Rating(Indicator.SoftSkills, 3))
            .On("2026-03-01", "a", FactValue.Rating(Indicator.HardSkills, 5))
            .On("2026-03-02", "a", FactValue.Rating(Indicator.SoftSkills, 3));
        Assert.Equal(0, w.Cumulative(IndicatorEngine.Competitiveness));

        w.On("2026-04-01", "a", FactValue.Rating(Indicator.SoftSkills, 4));
        Assert.Equal("1/1", w.Total(IndicatorEngine.Competitiveness, new DateOnly(2026, 4, 1), To));
    }

    [Fact]
    public void Work_is_evidence_only_for_someone_not_working_at_entry_while_education_and_training_always_are()
    {
        var worker = new World().Person("a", labour: EntryLabourStatus.Employed)
            .On("2026-02-01", "a", FactValue.Entered())
            .On("2026-03-01", "a", FactValue.Status(FactStatus.SelfEmployed));
        Assert.Equal(0, worker.Cumulative(IndicatorEngine.Competitiveness));
        worker.On("2026-04-01", "a", FactValue.Status(FactStatus.InTraining));
        Assert.Equal(1, worker.Cumulative(IndicatorEngine.Competitiveness));

        var unknown = new World().Person("b", labour: EntryLabourStatus.Unknown)
            .On("2026-02-01", "b", FactValue.Entered())
            .On("2026-03-01", "b", FactValue.Status(FactStatus.Employed));
        Assert.Equal(1, unknown.Cumulative(IndicatorEngine.Competitiveness));
    }

    [Theory]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("2008-02-29", "2028-02-28", 19)]
    [InlineData("1996-07-15", "2026-07-14", 29)]
    [InlineData("1996-07-15", "2026-07-15", 30)]
    public void Age_is_in_full_years_with_a_29_february_birthday_on_1_march_in_other_years(string birth, string on, int age) =>
        Assert.Equal(age, IndicatorEngine.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_age_bands_meet_at_18_30_and_55()
    {
        var entry = new DateOnly(2026, 6, 1);
        Assert.Equal([0, 1, 1, 2, 2, 3, 4], new DateOnly?[] { new(2008, 6, 2), new(2008, 6, 1), new(1996, 6, 2), new(1996, 6, 1), new(1971, 6, 2), new(1971, 6, 1), null }
            .Select(b => IndicatorEngine.AgeBand(b, entry)));
    }

    [Fact]
    public void Satisfaction_means_are_rounded_half_away_from_zero()
    {
        var w = new World();
        for (var k = 0; k < 8; k++)
        {
            w.Person("p" + k).On("2026-03-01", "p" + k, FactValue.Satisfaction(k == 0 ? 3 : 2));
        }

        // 17 / 8 = 2.125: 2.13, where rounding half to even would give 2.12.
        var row = IndicatorEngine.Compute(w.Facts, From, To).Rows.Single(r => r is { Code: IndicatorEngine.Satisfaction, Key: "mentee" });
        Assert.Equal(2.13m, row.Cumulative);
    }

    [Fact]
    public void A_period_counts_the_last_satisfaction_within_it()
    {
        var w = new World().Person("a", FactRole.Mentor)
            .On("2026-02-01", "a", FactValue.Satisfaction(2))
            .On("2026-05-01", "a", FactValue.Satisfaction(5));

        var row = IndicatorEngine.Compute(w.Facts, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)).Rows.Single(r => r is { Code: IndicatorEngine.Satisfaction, Key: "mentor" });
        Assert.Equal((2m, 2m), (row.Cumulative, row.Period)); // the 5 is after --to
        row = IndicatorEngine.Compute(w.Facts, new DateOnly(2026, 3, 1), To).Rows.Single(r => r is { Code: IndicatorEngine.Satisfaction, Key: "mentor" });
        Assert.Equal((5m, 5m), (row.Cumulative, row.Period));
    }

    [Fact]
    public void Mentors_count_under_their_first_entry_and_in_the_period_of_it()
    {
        var w = new World().Person("m", FactRole.Mentor)
            .On("2026-03-01", "m", FactValue.Entered(), "o2")
            .On("2026-03-01", "m", FactValue.Entered(), "o1");

        var rows = IndicatorEngine.Compute(w.Facts, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)).Rows.Where(r => r.Code == IndicatorEngine.Mentors).ToList();
        Assert.Equal([(null, 1m, 1m), ("o1", 0m, 0m), ("o2", 1m, 1m)], rows.Select(r => (r.Key, r.Cumulative, r.Period)));
        Assert.Equal(OutcomeInputError.DuplicatePerson, w.Facts.AddPerson(new PersonFact("m", FactRole.Mentor, FactSex.Man, null, EntryLabourStatus.Unknown, null, YesNoUnknown.Unknown, YesNoUnknown.Unknown, DisabilityAnswer.Unknown, YesNoUnknown.Unknown)));
    }

    [Fact]
    public void Cross_border_participations_count_each_person_and_action_once_by_the_actions_date()
    {
        var w = new World().Person("a").Person("b", FactRole.Mentor);
        Assert.Equal(OutcomeInputError.None, w.Facts.AddAction("x", new DateOnly(2026, 5, 1), ["PT", "FI"]));
        Assert.Equal(OutcomeInputError.None, w.Facts.AddAction("late", new DateOnly(2027, 1, 5), ["PT", "FI"]));
        Assert.Equal(OutcomeInputError.None, w.Facts.AddAction("home", new DateOnly(2026, 5, 1), ["PT", "PT"]));
        w.On("2026-04-01", "a", FactValue.Participation("x")) // registered before the action's date: the action's date counts
            .On("2026-05-01", "a", FactValue.Participation("x"))
            .On("2026-05-01", "b", FactValue.Participation("x"))
            .On("2026-05-01", "b", FactValue.Participation("home"))
            .On("2026-06-01", "b", FactValue.Participation("late"));

        Assert.Equal("2/2", w.Total(IndicatorEngine.CrossBorder, new DateOnly(2026, 5, 1), To));
        Assert.Equal("2/0", w.Total(IndicatorEngine.CrossBorder, new DateOnly(2026, 5, 2), To));
        Assert.Equal(OutcomeInputError.UnknownAction, w.Facts.AddEvent("a", "o1", new DateOnly(2026, 5, 1), FactValue.Participation("nope")));
    }

    [Fact]
    public void Targets_are_only_for_codes_the_engine_produces_and_above_zero()
    {
        var facts = new World().Facts;

        Assert.Equal(OutcomeInputError.UnknownCode, facts.SetTarget("EECO15", 10));
        Assert.Equal(OutcomeInputError.TargetNotPositive, facts.SetTarget("EECO01", 0));
        Assert.Equal(OutcomeInputError.None, facts.SetTarget("EECO01", 3));
        Assert.Equal(OutcomeInputError.DuplicateTarget, facts.SetTarget("EECO01", 4));
        var total = IndicatorEngine.Compute(facts, From, To).Rows.First();
        Assert.Equal(("EECO01", 3m, 0m), (total.Code, total.Target, total.Progress));
    }

    [Fact]
    public void Each_counted_person_is_explained_by_the_fact_that_made_her_count_and_the_counts_agree()
    {
        var w = new World().Person("a").Person("b", labour: EntryLabourStatus.Employed).Person("m", FactRole.Mentor)
            .On("2025-11-03", "a", FactValue.Entered())
            .On("2026-02-01", "a", FactValue.Evidence(FactKind.JobInterview))
            .On("2026-05-10", "a", FactValue.Left(LeftHow.Completed))
            .On("2026-05-20", "a", FactValue.Status(FactStatus.Employed))
            .On("2026-03-01", "b", FactValue.Entered())
            .On("2026-04-01", "b", FactValue.Status(FactStatus.Employed))
            .On("2026-01-15", "m", FactValue.Entered());
        foreach (var code in new[] { "EECO01", "EECO05", "LEFT", "EECR04", "COMPETITIVENESS", "MENTORS" })
        {
            var (report, counted) = IndicatorEngine.Explain(w.Facts, From, To, code);
            var total = report.Rows.Single(r => r.Code == code && r.By is null);
            Assert.Equal(total.Cumulative, counted.Count);
            Assert.Equal(total.Period, counted.Count(c => c.InPeriod));
        }

        var competitive = Assert.Single(IndicatorEngine.Explain(w.Facts, From, To, "COMPETITIVENESS").Counted);
        Assert.Equal(new CountedPerson("a", new DateOnly(2026, 2, 1), FactKind.JobInterview, true), competitive);
        var employed = Assert.Single(IndicatorEngine.Explain(w.Facts, From, To, "EECR04").Counted);
        Assert.Equal(new CountedPerson("a", new DateOnly(2026, 5, 20), FactKind.Status, true), employed);
        Assert.Equal(["a", "b"], IndicatorEngine.Explain(w.Facts, From, To, "EECO01").Counted.Select(c => c.PersonId));
        Assert.False(IndicatorEngine.Explain(w.Facts, From, To, "EECO01").Counted[0].InPeriod);
    }
}
