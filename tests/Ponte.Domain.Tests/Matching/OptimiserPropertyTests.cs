using Ponte.Domain.Matching;
using Xunit;

namespace Ponte.Domain.Tests.Matching;

public sealed class OptimiserPropertyTests
{
    /// <summary>Larger than brute force can check: 40–120 mentees, places scarce or plentiful.</summary>
    private static Instance Medium(int seed)
    {
        var rng = new Random(seed);
        var mentees = rng.Next(40, 121);
        var mentors = rng.Next(10, 60);
        var ties = rng.Next(2) == 0;
        var capacities = Enumerable.Range(0, mentors).Select(j => ($"m{j}", rng.Next(0, 4))).ToList();
        var candidates = new List<(string, string, long)>();
        var fixedPairs = new List<(string, string, long)>();
        var load = new int[mentors];
        for (var i = 0; i < mentees; i++)
        {
            foreach (var j in Enumerable.Range(0, mentors).Where(_ => rng.NextDouble() < 0.15))
                candidates.Add(($"e{i}", $"m{j}", ties ? rng.Next(0, 3) * 100 : rng.Next(0, 10001)));
            var f = rng.Next(mentors);
            if (rng.Next(10) == 0 && load[f] < capacities[f].Item2)
            {
                load[f]++;
                fixedPairs.Add(($"e{i}", $"m{f}", 4242));
            }
        }

        return new Instance(capacities, candidates, fixedPairs);
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Both_methods_agree_and_respect_capacities_fixed_pairs_and_candidates(int seed)
    {
        var instance = Medium(seed);
        var paths = MatchingOptimizer.Solve(instance.Build(), SolverKind.ShortestPaths);
        var dense = MatchingOptimizer.Solve(instance.Build(), SolverKind.DenseAssignment);

        Assert.Equal(paths.Assignments, dense.Assignments);
        Assert.Equal(paths.TotalScore, new Points(paths.Assignments.Sum(a => a.Score.Cents)));

        var capacity = instance.Mentors.ToDictionary(m => m.Id, m => m.Capacity);
        Assert.All(paths.Assignments.GroupBy(a => a.MentorId), g => Assert.True(g.Count() <= capacity[g.Key], $"mentor {g.Key} over capacity"));
        Assert.Equal(paths.Assignments.Count, paths.Assignments.Select(a => a.MenteeId).Distinct().Count());
        foreach (var (mentee, mentor, cents) in instance.Fixed)
            Assert.Contains(new MatchAssignment(mentee, mentor, new Points(cents), Fixed: true), paths.Assignments);
        var allowed = instance.Candidates.ToDictionary(c => (c.Mentee, c.Mentor), c => c.Cents);
        foreach (var a in paths.Assignments.Where(a => !a.Fixed))
            Assert.Equal(allowed[(a.MenteeId, a.MentorId)], a.Score.Cents);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Shuffling_the_input_order_gives_the_identical_solution(int seed)
    {
        var instance = Medium(seed);
        var first = MatchingOptimizer.Solve(instance.Build());
        for (var s = 0; s < 3; s++)
        {
            var again = MatchingOptimizer.Solve(instance.Build(new Random((seed * 31) + s)));
            Assert.Equal(first.Assignments, again.Assignments);
        }
    }

    [Fact]
    public void A_single_extra_match_outweighs_any_score()
    {
        // e1 could take m1 for 100 points, leaving e2 without anyone; two matches at 1 point each win.
        var b = new MatchingProblemBuilder();
        b.AddMentor("m1", 1);
        b.AddMentor("m2", 1);
        b.AddCandidate("e1", "m1", Points.Of(100));
        b.AddCandidate("e1", "m2", Points.Of(1));
        b.AddCandidate("e2", "m1", Points.Of(1));

        var s = MatchingOptimizer.Solve(b.Build());

        Assert.Equal(2, s.Matched);
        Assert.Equal(Points.Of(2), s.TotalScore);
    }

    [Fact]
    public void Ties_go_to_the_smallest_ids_in_ordinal_order()
    {
        var b = new MatchingProblemBuilder();
        b.AddMentor("mb", 1);
        b.AddMentor("mA", 1);
        b.AddCandidate("e2", "mb", Points.Of(5));
        b.AddCandidate("e2", "mA", Points.Of(5));
        b.AddCandidate("e10", "mb", Points.Of(5));

        var s = MatchingOptimizer.Solve(b.Build());

        // "e10" < "e2" and "mA" < "mb" ordinally; e10 can only have mb, so e2 takes mA.
        Assert.Equal([("e10", "mb"), ("e2", "mA")], s.Assignments.Select(a => (a.MenteeId, a.MentorId)));
    }

    [Fact]
    public void An_approved_pair_stays_and_uses_a_place()
    {
        var b = new MatchingProblemBuilder();
        b.AddMentor("m1", 1);
        b.AddCandidate("e1", "m1", Points.Of(90));
        b.Fix("e0", "m1", Points.Of(10));

        var s = MatchingOptimizer.Solve(b.Build());

        Assert.Equal([new MatchAssignment("e0", "m1", Points.Of(10), Fixed: true)], s.Assignments);
    }

    [Fact]
    public void The_builder_reports_bad_input()
    {
        var b = new MatchingProblemBuilder();
        Assert.Equal(ProblemInputError.None, b.AddMentor("m1", 1));
        Assert.Equal(ProblemInputError.DuplicateMentor, b.AddMentor("m1", 2));
        Assert.Equal(ProblemInputError.NegativeCapacity, b.AddMentor("m2", -1));
        Assert.Equal(ProblemInputError.UnknownMentor, b.AddCandidate("e1", "m9", Points.Of(1)));
        Assert.Equal(ProblemInputError.None, b.AddCandidate("e1", "m1", Points.Of(1)));
        Assert.Equal(ProblemInputError.DuplicatePair, b.AddCandidate("e1", "m1", Points.Of(2)));
        Assert.Equal(ProblemInputError.NegativeScore, b.AddCandidate("e2", "m1", new Points(-1)));
        Assert.Equal(ProblemInputError.None, b.Fix("e3", "m1", Points.Zero));
        Assert.Equal(ProblemInputError.MenteeAlreadyFixed, b.Fix("e3", "m1", Points.Zero));
        Assert.Equal(ProblemInputError.None, b.Fix("e4", "m1", Points.Zero));
        var e = Assert.Throws<MatchingInputException>(() => b.Build());
        Assert.Equal(ProblemInputError.CapacityExceededByFixedPairs, e.Error);
    }

    [Theory]
    [InlineData("12", 1200)]
    [InlineData("12.5", 1250)]
    [InlineData("12.50", 1250)]
    [InlineData("0.07", 7)]
    [InlineData(".5", 50)]
    [InlineData("1.500", 150)]
    [InlineData(" 3 ", 300)]
    public void Points_parse_exactly(string text, long cents)
    {
        Assert.Equal(Points.ParseError.None, Points.TryParse(text, out var p));
        Assert.Equal(cents, p.Cents);
    }

    [Theory]
    [InlineData("1.234", Points.ParseError.TooManyDecimals)]
    [InlineData("-1", Points.ParseError.Negative)]
    [InlineData("abc", Points.ParseError.NotANumber)]
    [InlineData("1e3", Points.ParseError.NotANumber)]
    [InlineData("", Points.ParseError.NotANumber)]
    [InlineData("1.2.3", Points.ParseError.NotANumber)]
    [InlineData("99999999999999", Points.ParseError.TooLarge)]
    public void Points_refuse_what_is_not_a_two_decimal_score(string text, Points.ParseError error) =>
        Assert.Equal(error, Points.TryParse(text, out _));

    [Fact]
    public void Points_print_with_two_decimals() =>
        Assert.Equal(["0.00", "12.50", "-0.05", "1000000.01"], new[] { 0L, 1250, -5, 100000001 }.Select(c => new Points(c).ToString()));
}
