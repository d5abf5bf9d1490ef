using Ponte.Domain.Outcomes;
using Ponte.Domain.Screening;
using Xunit;

namespace Ponte.Domain.Tests.Outcomes;

public sealed class FunnelTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A journey that reached each step the given number of days after the start (null: not reached).</summary>
    private static Journey J(params int?[] days) =>
        new("org", [.. days.Select(d => d is { } n ? T0.AddDays(n) : (DateTimeOffset?)null).Concat(Enumerable.Repeat<DateTimeOffset?>(null, Journey.Steps - days.Length))]);

    [Fact]
    public void Each_step_counts_who_reached_it_the_share_of_the_step_before_and_the_median_days()
    {
        var figures = Funnel.Of([
            J(0, 2, 3, 10, 20, 30, 200),
            J(0, 4, 5, 11),
            J(0, 6),
            J(0),
        ]);

        Assert.Equal([4, 3, 2, 2, 1, 1, 1], figures.Select(f => f.Reached));
        Assert.Equal([null, 0.75m, 0.6667m, 1m, 0.5m, 1m, 1m], figures.Select(f => f.Conversion));
        // Interviewed after 2, 4 and 6 days: median 4. Accepted a day later (both): 1. Screened after 7 and 6: 6.5.
        Assert.Equal([null, 4m, 1m, 6.5m, 10m, 10m, 170m], figures.Select(f => f.MedianDays));
    }

    [Fact]
    public void A_step_skipped_counts_where_she_is_but_not_in_the_share_of_the_step_after_the_one_she_skipped()
    {
        // Added by a manager: never applied or interviewed, accepted and screened.
        var figures = Funnel.Of([J(null, null, 0, 3), J(0, 1, 2)]);
        Assert.Equal([1, 1, 2, 1, 0, 0, 0], figures.Select(f => f.Reached));
        Assert.Equal(1m, figures[(int)FunnelStep.Accepted].Conversion); // of the one interviewed, one was accepted
        Assert.Equal(0.5m, figures[(int)FunnelStep.Screened].Conversion);
        Assert.Equal(3m, figures[(int)FunnelStep.Screened].MedianDays);
        Assert.Null(figures[(int)FunnelStep.Active].Conversion); // nobody was matched
        Assert.Null(figures[(int)FunnelStep.Active].MedianDays);
    }

    [Fact]
    public void No_journey_gives_zero_everywhere_and_no_share()
    {
        var figures = Funnel.Of([]);
        Assert.Equal(Journey.Steps, figures.Count);
        Assert.All(figures, f => Assert.Equal((0, (decimal?)null, (decimal?)null), (f.Reached, f.Conversion, f.MedianDays)));
    }

    [Fact]
    public void A_journey_began_at_its_first_step_reached()
    {
        Assert.Equal(T0.AddDays(2), J(null, null, 2, 5).Began);
        Assert.Null(J().Began);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(2.5m, Funnel.Median([4m, 1m, 3m, 2m]));
        Assert.Equal(3m, Funnel.Median([5m, 3m, 1m]));
        Assert.Null(Funnel.Median([]));
    }

    [Fact]
    public void The_smile_trend_compares_each_mentees_first_and_latest_rating_of_those_rated_twice()
    {
        var amal = Guid.NewGuid();
        var olena = Guid.NewGuid();
        var once = Guid.NewGuid();
        var rows = SmileTrend.Of([
            new SmileRating(amal, T0.AddDays(60), Indicator.HardSkills, 4),
            new SmileRating(amal, T0, Indicator.HardSkills, 2),
            new SmileRating(amal, T0.AddDays(30), Indicator.HardSkills, 3),
            new SmileRating(olena, T0, Indicator.HardSkills, 3),
            new SmileRating(olena, T0.AddDays(40), Indicator.HardSkills, 3),
            new SmileRating(once, T0, Indicator.HardSkills, 1),
            new SmileRating(once, T0, Indicator.SoftSkills, 5),
        ]);

        Assert.Equal(Enum.GetValues<Indicator>().Length, rows.Count);
        var hard = rows.Single(r => r.Indicator == Indicator.HardSkills);
        Assert.Equal((2, 2.5m, 3.5m, 1m), (hard.People, hard.First, hard.Latest, hard.Change));
        var soft = rows.Single(r => r.Indicator == Indicator.SoftSkills);
        Assert.Equal((0, (decimal?)null, (decimal?)null, (decimal?)null), (soft.People, soft.First, soft.Latest, soft.Change));
    }
}
