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

/// <summary>How a solve went: the connected parts of the candidate graph and the method each got.</summary>
public sealed class SolveStatistics
{
    public int SparseComponents { get; internal set; }

    public int DenseComponents { get; internal set; }

    public int SparseMentees { get; internal set; }

    public int DenseMentees { get; internal set; }

    public override string ToString() =>
        $"parts={SparseComponents + DenseComponents} dense_parts={DenseComponents} dense_mentees={DenseMentees} paths_parts={SparseComponents} paths_mentees={SparseMentees}";
}

/// <summary>One pair of the solution.</summary>
public sealed record MatchAssignment(string MenteeId, string MentorId, Points Score, bool Fixed);

public sealed class MatchingSolution
{
    internal MatchingSolution(MatchingProblem problem, int[] mentorOf, SolverKind solver, TimeSpan elapsed, SolveStatistics statistics)
    {
        Statistics = statistics;
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

    /// <summary>How many connected parts each method solved.</summary>
    public SolveStatistics Statistics { get; }

    /// <summary>The method that solved most of the free part of the problem.</summary>
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
    /// <summary>Density (candidates ÷ mentees × mentors) of a connected part, one place per mentor, from which the dense method is chosen.</summary>
    public const double DenseThreshold = 0.5;

    private static int[] SolveComponent(int[] mentees, int[] mentors, int[] start, int[] arcMentor, long[] arcScore,
        int[] capacity, int[] position, SolverKind solver, out SolverKind kind)
    {
        var n = mentees.Length;
        var m = mentors.Length;

        // Parts share no mentor, so they can share this array while running in parallel.
        for (var k = 0; k < m; k++)
            position[mentors[k]] = k;
        var cStart = new int[n + 1];
        for (var k = 0; k < n; k++)
            cStart[k + 1] = cStart[k] + (start[mentees[k] + 1] - start[mentees[k]]);
        var cMentor = GC.AllocateUninitializedArray<int>(cStart[n]);
        var cCost = GC.AllocateUninitializedArray<long>(cStart[n]);
        long maxScore = 0;
        for (var k = 0; k < n; k++)
        {
            for (var a = start[mentees[k]]; a < start[mentees[k] + 1]; a++)
                maxScore = Math.Max(maxScore, arcScore[a]);
        }

        for (var k = 0; k < n; k++)
        {
            for (int a = start[mentees[k]], b = cStart[k]; a < start[mentees[k] + 1]; a++, b++)
            {
                cMentor[b] = position[arcMentor[a]];
                cCost[b] = maxScore - arcScore[a];
            }
        }

        var cCapacity = new int[m];
        long places = 0;
        var unitCapacity = true;
        for (var k = 0; k < m; k++)
        {
            cCapacity[k] = capacity[mentors[k]];
            places += cCapacity[k];
            unitCapacity &= cCapacity[k] == 1;
        }

        // One more match must outweigh any difference in score: big > (most possible matches) × maxScore.
        var big = ((Int128)Math.Min(n, places) * maxScore) + 1;
        if (big > (Int128)1 << 58)
        {
            throw new MatchingInputException(ProblemInputError.None,
                "Scores are too large for an exact solve with this many mentees; scale them down.");
        }

        var size = Math.Max(n, places);
        var denseFits = size <= DenseAssignmentSolver.MaxSize && big + maxScore < int.MaxValue / 2;
        kind = solver switch
        {
            SolverKind.Auto => denseFits && unitCapacity && size >= 8 && cMentor.Length >= DenseThreshold * n * m
                ? SolverKind.DenseAssignment
                : SolverKind.ShortestPaths,
            SolverKind.DenseAssignment when !denseFits => throw new ArgumentException("The instance is too large or its scores too large for the dense method.", nameof(solver)),
            _ => solver,
        };
        if (kind == SolverKind.DenseAssignment)
            return DenseAssignmentSolver.Solve(n, m, cStart, cMentor, cCost, cCapacity, (int)big);
        return ShortestPathSolver.Solve(n, m, cStart, cMentor, cCost, cCapacity, (long)big);
    }

    /// <summary>Connected parts of the candidate graph, each as sorted local mentee and mentor indices.</summary>
    private static List<(int[] Mentees, int[] Mentors)> Components(int n, int m, int[] start, int[] arcMentor)
    {
        var parent = new int[n + m];
        for (var k = 0; k < parent.Length; k++)
            parent[k] = k;
        for (var i = 0; i < n; i++)
        {
            for (var a = start[i]; a < start[i + 1]; a++)
            {
                var x = Find(i);
                var y = Find(n + arcMentor[a]);
                if (x != y)
                    parent[Math.Max(x, y)] = Math.Min(x, y);
            }
        }

        var byRoot = new Dictionary<int, (List<int> Mentees, List<int> Mentors)>();
        for (var k = 0; k < n + m; k++)
        {
            var root = Find(k);
            if (!byRoot.TryGetValue(root, out var part))
                byRoot[root] = part = ([], []);
            if (k < n)
                part.Mentees.Add(k);
            else
                part.Mentors.Add(k - n);
        }

        return [.. byRoot.OrderBy(p => p.Key).Where(p => p.Value.Mentees.Count > 0).Select(p => (p.Value.Mentees.ToArray(), p.Value.Mentors.ToArray()))];

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }
    }

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
        var arcMentor = GC.AllocateUninitializedArray<int>(problem.CandidateCount);
        var arcScore = GC.AllocateUninitializedArray<long>(arcMentor.Length);
        var arcs = 0;
        for (var i = 0; i < n; i++)
        {
            if (problem.FixedMentor[i] >= 0)
                continue;
            var before = arcs;
            for (var a = problem.ArcStart[i]; a < problem.ArcStart[i + 1]; a++)
            {
                var v = problem.ArcMentor[a];
                if (remaining[v] <= 0)
                    continue;
                localMentor[v] = 0;
                arcMentor[arcs] = v;
                arcScore[arcs++] = problem.ArcScore[a];
            }

            if (arcs > before)
            {
                menteeOfLocal.Add(i);
                start.Add(arcs);
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
        var startArray = start.ToArray();
        for (var a = 0; a < arcs; a++)
            arcMentor[a] = localMentor[arcMentor[a]];
        var capacity = new int[lm];
        for (var k = 0; k < lm; k++)
            capacity[k] = remaining[mentorOfLocal[k]];
        var position = new int[lm];

        // Mentees and mentors that no candidate pair connects cannot affect each other: solving each
        // connected part on its own gives the same optimum and, the tie rule being per mentee, the same ties.
        // Parts run in parallel, largest first; each part's answer does not depend on the others or on timing.
        var parts = Components(ln, lm, startArray, arcMentor);
        var order = Enumerable.Range(0, parts.Count).OrderByDescending(p => parts[p].Mentees.Length).ThenBy(p => p).ToArray();
        var kinds = new SolverKind[parts.Count];
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, p =>
        {
            var (mentees, mentors) = parts[p];
            var local = SolveComponent(mentees, mentors, startArray, arcMentor, arcScore, capacity, position, solver, out kinds[p]);
            for (var k = 0; k < mentees.Length; k++)
                mentorOf[menteeOfLocal[mentees[k]]] = local[k] < 0 ? -1 : mentorOfLocal[mentors[local[k]]];
        });
        var stats = new SolveStatistics();
        for (var p = 0; p < parts.Count; p++)
        {
            if (kinds[p] == SolverKind.DenseAssignment)
            {
                stats.DenseComponents++;
                stats.DenseMentees += parts[p].Mentees.Length;
            }
            else
            {
                stats.SparseComponents++;
                stats.SparseMentees += parts[p].Mentees.Length;
            }
        }

        var kind = stats.DenseMentees > stats.SparseMentees ? SolverKind.DenseAssignment : SolverKind.ShortestPaths;
        return new MatchingSolution(problem, mentorOf, kind, clock.Elapsed, stats);
    }
}
