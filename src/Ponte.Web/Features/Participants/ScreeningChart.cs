using System.Globalization;
using Ponte.Domain.Screening;

namespace Ponte.Web.Features.Participants;

/// <summary>
/// The geometry of the screening charts: one panel per viewpoint, one line per indicator.
/// Horizontal positions are percentages of the chart's width and vertical ones pixels, so the
/// SVG stretches to any width (360 px phones included) without shrinking its text. Time runs
/// from the reading start: left to right, or right to left in Arabic.
/// </summary>
public sealed class ScreeningChart
{
    public const int Height = 230;
    public const int PlotTop = 14;
    public const int Step = 40;
    public const int AxisY = PlotTop + (4 * Step);

    /// <summary>Line patterns and marker shapes: each line differs by more than its colour.</summary>
    public static readonly string[] Dashes = ["", "9 5", "1 5", "13 4 2 4"];

    public static readonly string[] Colours = ["#0b5394", "#a1470a", "#047857", "#7030a0"];

    public static readonly string[] Markers = ["circle", "square", "triangle", "diamond"];

    private ScreeningChart(IReadOnlyList<ChartPanel> panels, IReadOnlyList<AssessmentView> screenings, bool rightToLeft)
    {
        Panels = panels;
        Screenings = screenings;
        RightToLeft = rightToLeft;
    }

    public IReadOnlyList<ChartPanel> Panels { get; }

    public IReadOnlyList<AssessmentView> Screenings { get; }

    public bool RightToLeft { get; }

    public static ScreeningChart Build(IReadOnlyList<AssessmentView> oldestFirst, bool rightToLeft)
    {
        var xs = Positions(oldestFirst.Select(a => a.TakenAt).ToList(), rightToLeft);
        var ticks = Ticks(xs);
        var panels = Enum.GetValues<Viewpoint>().Select(viewpoint =>
        {
            var indicators = Indicators.All.Where(i => Indicators.ViewpointOf(i) == viewpoint).ToList();
            var series = indicators.Select((indicator, k) =>
            {
                // Lines of equal scores would hide each other: each indicator sits a few pixels apart.
                var offset = (k - ((indicators.Count - 1) / 2.0)) * 5;
                var points = oldestFirst.Select((a, n) =>
                {
                    var score = a.Ratings.First(r => r.Indicator == indicator).Score;
                    return new ChartPoint(xs[n], YOf(score) + offset, score, a.TakenAt);
                }).ToList();
                return new ChartSeries(indicator, k, points);
            }).ToList();
            return new ChartPanel(viewpoint, series, ticks);
        }).ToList();
        return new ScreeningChart(panels, oldestFirst, rightToLeft);
    }

    public static double YOf(int score) => PlotTop + ((5 - score) * Step);

    public static string Pct(double x) => x.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Screening times spread over 6–94 % of the width in proportion to the time between them.</summary>
    private static List<double> Positions(IReadOnlyList<DateTimeOffset> times, bool rightToLeft)
    {
        if (times.Count == 0)
            return [];
        var first = times[0];
        var span = (times[^1] - first).TotalSeconds;
        return times.Select(t =>
        {
            var x = span <= 0 ? 50 : 6 + (88 * (t - first).TotalSeconds / span);
            return rightToLeft ? 100 - x : x;
        }).ToList();
    }

    /// <summary>The dates under the axis; a label too close to the next one is left out (the table has them all).</summary>
    private static List<ChartTick> Ticks(IReadOnlyList<double> xs)
    {
        var shown = new List<int>();
        for (var n = xs.Count - 1; n >= 0; n--)
        {
            if (shown.Count == 0 || Math.Abs(xs[shown[^1]] - xs[n]) >= 18)
                shown.Add(n);
        }

        return shown.OrderBy(n => n).Select(n => new ChartTick(xs[n], n)).ToList();
    }
}

public sealed record ChartPoint(double X, double Y, int Score, DateTimeOffset At);

public sealed record ChartSeries(Indicator Indicator, int Style, IReadOnlyList<ChartPoint> Points);

/// <summary>A date label under the axis: its position and the index of its screening.</summary>
public sealed record ChartTick(double X, int Screening);

public sealed record ChartPanel(Viewpoint Viewpoint, IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartTick> Ticks);
