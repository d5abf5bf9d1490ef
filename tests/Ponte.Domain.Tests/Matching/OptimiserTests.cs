using Ponte.Domain.Matching;
using Xunit;

namespace Ponte.Domain.Tests.Matching;

public sealed class OptimiserTests
{
    public static TheoryData<SolverKind, int> SeedBlocks()
    {
        var data = new TheoryData<SolverKind, int>();
        foreach (var kind in new[] { SolverKind.Auto, SolverKind.ShortestPaths, SolverKind.DenseAssignment })
        {
            for (var block = 0; block < 4; block++)
                data.Add(kind, block);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedBlocks))]
    public void The_optimum_equals_brute_force_enumeration_including_the_tie_rule(SolverKind kind, int block)
    {
        for (var seed = block * 150; seed < (block + 1) * 150; seed++)
        {
            var instance = Instance.Random(seed);
            var expected = instance.BruteForce();
            var solution = MatchingOptimizer.Solve(instance.Build(), kind);
            var actual = solution.Assignments.Select(a => (a.MenteeId, a.MentorId)).ToList();
            Assert.True(expected.Matched == solution.Matched, $"seed {seed}: matched {solution.Matched}, brute force {expected.Matched}");
            Assert.True(expected.Total == solution.TotalScore.Cents, $"seed {seed}: total {solution.TotalScore}, brute force {new Points(expected.Total)}");
            Assert.True(expected.Pairs.SequenceEqual(actual),
                $"seed {seed}: [{string.Join(' ', actual)}] but the tie rule gives [{string.Join(' ', expected.Pairs)}]");
        }
    }
}
