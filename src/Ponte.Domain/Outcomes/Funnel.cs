using Ponte.Domain.Screening;

namespace Ponte.Domain.Outcomes;

/// <summary>The steps of a mentee's journey the dashboard's funnel counts, in order.</summary>
public enum FunnelStep
{
    Applied = 0,
    Interviewed = 1,
    Accepted = 2,
    Screened = 3,
    Matched = 4,
    Active = 5,
    Completed = 6,
}

/// <summary>
/// One mentee's journey: when she first reached each step (null: not yet), and the group she is
/// counted under (an organisation, a country). A step may be missing before a later one: a mentee a
/// manager added herself never applied on the form.
/// </summary>
public sealed record Journey(string Group, IReadOnlyList<DateTimeOffset?> Reached)
{
    public static readonly int Steps = Enum.GetValues<FunnelStep>().Length;

    public DateTimeOffset? At(FunnelStep step) => (int)step < Reached.Count ? Reached[(int)step] : null;

    /// <summary>When she began: her first step reached.</summary>
    public DateTimeOffset? Began => Reached.Where(r => r is not null).Min();
}

/// <summary>
/// One step of the funnel: how many reached it; of those who reached the step before, the share who
/// reached this one too; and for those who reached both, the median days between them (null when
/// nobody did).
/// </summary>
public sealed record FunnelFigure(FunnelStep Step, int Reached, int FromPrevious, decimal? Conversion, decimal? MedianDays);

/// <summary>The funnel of a cohort of journeys: pure, so the page, the tests and any export agree.</summary>
public static class Funnel
{
    public static IReadOnlyList<FunnelFigure> Of(IEnumerable<Journey> journeys)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var all = journeys.ToList();
        var figures = new List<FunnelFigure>();
        foreach (var step in Enum.GetValues<FunnelStep>())
        {
            var reached = all.Count(j => j.At(step) is not null);
            if (step == FunnelStep.Applied)
            {
                figures.Add(new FunnelFigure(step, reached, 0, null, null));
                continue;
            }

            var previous = step - 1;
            var before = all.Where(j => j.At(previous) is not null).ToList();
            var both = before.Where(j => j.At(step) is not null).ToList();
            decimal? conversion = before.Count == 0 ? null : Math.Round((decimal)both.Count / before.Count, 4, MidpointRounding.AwayFromZero);
            var days = both.Select(j => (decimal)Math.Max(0, (j.At(step)!.Value - j.At(previous)!.Value).TotalDays)).ToList();
            figures.Add(new FunnelFigure(step, reached, both.Count, conversion, Median(days) is { } m ? Math.Round(m, 1, MidpointRounding.AwayFromZero) : null));
        }

        return figures;
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count); null for none.</summary>
    public static decimal? Median(IReadOnlyCollection<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return null;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

/// <summary>One rating a mentee gave herself (or was given at screening) on one SMILE indicator.</summary>
public sealed record SmileRating(Guid Person, DateTimeOffset At, Indicator Indicator, int Score);

/// <summary>
/// Where a cohort stands on one indicator: of the mentees rated on it at least twice, her first
/// rating (the screening) and her latest, averaged (2 decimals).
/// </summary>
public sealed record SmileTrendRow(Indicator Indicator, int People, decimal? First, decimal? Latest)
{
    public decimal? Change => First is { } f && Latest is { } l ? l - f : null;
}

/// <summary>The SMILE trend of a cohort: how its mentees' own ratings moved from the first to the latest.</summary>
public static class SmileTrend
{
    public static IReadOnlyList<SmileTrendRow> Of(IEnumerable<SmileRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        // One pass: each mentee's first and latest rating on each indicator (the earlier one kept on a tie for first, the later given on a tie for latest).
        var seen = new Dictionary<(Guid, Indicator), (DateTimeOffset FirstAt, int First, DateTimeOffset LatestAt, int Latest, int Count)>();
        foreach (var r in ratings)
        {
            var key = (r.Person, r.Indicator);
            if (!seen.TryGetValue(key, out var s))
            {
                seen[key] = (r.At, r.Score, r.At, r.Score, 1);
                continue;
            }

            if (r.At < s.FirstAt)
                (s.FirstAt, s.First) = (r.At, r.Score);
            if (r.At >= s.LatestAt)
                (s.LatestAt, s.Latest) = (r.At, r.Score);
            s.Count++;
            seen[key] = s;
        }

        var sums = new (int People, long First, long Latest)[Enum.GetValues<Indicator>().Length];
        foreach (var ((_, indicator), s) in seen)
        {
            if (s.Count < 2)
                continue;
            ref var sum = ref sums[(int)indicator];
            sum.People++;
            sum.First += s.First;
            sum.Latest += s.Latest;
        }

        return [.. Enum.GetValues<Indicator>().Select(indicator =>
        {
            var (people, first, latest) = sums[(int)indicator];
            return people == 0
                ? new SmileTrendRow(indicator, 0, null, null)
                : new SmileTrendRow(indicator, people,
                    Math.Round((decimal)first / people, 2, MidpointRounding.AwayFromZero),
                    Math.Round((decimal)latest / people, 2, MidpointRounding.AwayFromZero));
        })];
    }
}
