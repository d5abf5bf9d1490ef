using System.Diagnostics;

namespace Ponte.Domain.Matching;

public enum SolverKind
{
    /// <summary>Pick by the instance's shape: dense assignment for a dense one-place-per-column matrix of moderate size, shortest paths otherwise.</summary>
    Auto = 0,

    /// <summary>Successive shortest paths with potentials on the sparse candidate graph.</summary>
    ShortestPaths = 1,

    /// <summary>Jonker–Volgenant on the dense matrix of mentees × mentor places.</summary>
    DenseAssignment = 2,
}

/// <summary>One pair of the solution.</summary>
public sealed record MatchAssignment(string MenteeId, string MentorId, Points Score, bool Fixed);

public sealed class MatchingSolution
{
    internal MatchingSolution(MatchingProblem problem, int[] mentorOf, SolverKind solver, TimeSpan elapsed)
    {
        MentorOf = mentorOf;
        Solver = solver;
        Elapsed = elapsed;
        var assignments = new List<MatchAssignment>();
        long total = 0;
        for (var i = 0; i < mentorOf.Length; i++)
        {
            var v = mentorOf[i];
            if (v < 0)
                continue;
            var isFixed = problem.FixedMentor[i] >= 0;
            long score;
            if (isFixed)
            {
                score = problem.FixedScore[i];
            }
            else
            {
                var a = Array.BinarySearch(problem.ArcMentor, problem.ArcStart[i], problem.ArcStart[i + 1] - problem.ArcStart[i], v);
                score = problem.ArcScore[a];
            }

            total += score;
            assignments.Add(new MatchAssignment(problem.MenteeIds[i], problem.MentorIds[v], new Points(score), isFixed));
        }

        Assignments = assignments;
        TotalScore = new Points(total);
    }

    /// <summary>The pairs, fixed ones included, in ordinal order of mentee id.</summary>
    public IReadOnlyList<MatchAssignment> Assignments { get; }

    public int Matched => Assignments.Count;

    public Points TotalScore { get; }

    /// <summary>The method that solved the free part of the problem.</summary>
    public SolverKind Solver { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>Mentor index of each mentee index (problem order), or -1.</summary>
    internal int[] MentorOf { get; }
}

/// <summary>
/// Finds, exactly, the assignment that matches the most mentees, then has the largest total score,
/// within the mentors' capacities and keeping every approved pair.
/// <para>
/// Tie rule: among all assignments that are optimal in that sense, the one whose list of
/// (menteeId, mentorId) pairs, sorted in ordinal id order, is lexicographically smallest. Equivalently:
/// going through mentees in ordinal id order, each is matched rather than unmatched, and to the
/// ordinally smallest mentor, whenever an optimal assignment allows it given the choices made for the
/// mentees before her.
/// </para>
/// </summary>
public static class MatchingOptimizer
{
    /// <summary>Density (candidates ÷ mentees × mentors) from which the dense method is chosen.</summary>
    public const double DenseThreshold = 0.5;

    public static MatchingSolution Solve(MatchingProblem problem, SolverKind solver = SolverKind.Auto)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var clock = Stopwatch.StartNew();
        var n = problem.MenteeIds.Count;
        var m = problem.MentorIds.Count;
        var remaining = (int[])problem.Capacity.Clone();
        var mentorOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            mentorOf[i] = problem.FixedMentor[i];
            if (mentorOf[i] >= 0)
                remaining[mentorOf[i]]--;
        }

        // The free part: mentees without an approved pair, arcs to mentors with room left.
        var localMentor = new int[m];
        Array.Fill(localMentor, -1);
        var menteeOfLocal = new List<int>();
        var start = new List<int> { 0 };
        var arcMentorList = new List<int>();
        var arcScoreList = new List<long>();
        long maxScore = 0;
        for (var i = 0; i < n; i++)
        {
            if (problem.FixedMentor[i] >= 0)
                continue;
            var before = arcMentorList.Count;
            for (var a = problem.ArcStart[i]; a < problem.ArcStart[i + 1]; a++)
            {
                var v = problem.ArcMentor[a];
                if (remaining[v] <= 0)
                    continue;
                localMentor[v] = 0;
                arcMentorList.Add(v);
                arcScoreList.Add(problem.ArcScore[a]);
                maxScore = Math.Max(maxScore, problem.ArcScore[a]);
            }

            if (arcMentorList.Count > before)
            {
                menteeOfLocal.Add(i);
                start.Add(arcMentorList.Count);
            }
        }

        var mentorOfLocal = new List<int>();
        for (var v = 0; v < m; v++)
        {
            if (localMentor[v] == 0)
            {
                localMentor[v] = mentorOfLocal.Count;
                mentorOfLocal.Add(v);
            }
        }

        var ln = menteeOfLocal.Count;
        var lm = mentorOfLocal.Count;
        var kind = SolverKind.ShortestPaths;
        if (ln > 0)
        {
            var capacity = new int[lm];
            long places = 0;
            for (var k = 0; k < lm; k++)
            {
                capacity[k] = remaining[mentorOfLocal[k]];
                places += capacity[k];
            }

            var arcMentor = new int[arcMentorList.Count];
            var arcCost = new long[arcMentor.Length];
            for (var a = 0; a < arcMentor.Length; a++)
            {
                arcMentor[a] = localMentor[arcMentorList[a]];
                arcCost[a] = maxScore - arcScoreList[a];
            }

            // One more match must outweigh any difference in score: big > (most possible matches) × maxScore.
            var mostMatches = Math.Min(ln, places);
            var big = ((Int128)mostMatches * maxScore) + 1;
            if (big > (Int128)1 << 58)
            {
                throw new MatchingInputException(ProblemInputError.None,
                    "Scores are too large for an exact solve with this many mentees; scale them down.");
            }

            var size = Math.Max(ln, places);
            var denseFits = size <= DenseAssignmentSolver.MaxSize && big + maxScore < int.MaxValue / 2;
            kind = solver switch
            {
                SolverKind.Auto => denseFits && arcMentor.Length >= DenseThreshold * ln * lm && capacity.All(c => c == 1)
                    ? SolverKind.DenseAssignment
                    : SolverKind.ShortestPaths,
                SolverKind.DenseAssignment when !denseFits => throw new ArgumentException("The instance is too large or its scores too large for the dense method.", nameof(solver)),
                _ => solver,
            };
            var startArray = start.ToArray();
            var local = kind == SolverKind.DenseAssignment
                ? DenseAssignmentSolver.Solve(ln, lm, startArray, arcMentor, arcCost, capacity, (int)big)
                : ShortestPathSolver.Solve(ln, lm, startArray, arcMentor, arcCost, capacity, (long)big);
            for (var k = 0; k < ln; k++)
                mentorOf[menteeOfLocal[k]] = local[k] < 0 ? -1 : mentorOfLocal[local[k]];
        }

        return new MatchingSolution(problem, mentorOf, kind, clock.Elapsed);
    }
}
