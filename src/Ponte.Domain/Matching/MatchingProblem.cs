namespace Ponte.Domain.Matching;

/// <summary>What went wrong when a candidate, mentor or approved pair was added.</summary>
public enum ProblemInputError
{
    None = 0,
    DuplicateMentor,
    NegativeCapacity,
    UnknownMentor,
    DuplicatePair,
    NegativeScore,
    MenteeAlreadyFixed,
    CapacityExceededByFixedPairs,
    EmptyId,
    DuplicateMentee,
    UnknownMentee,
}

public sealed class MatchingInputException(ProblemInputError error, string message) : Exception(message)
{
    public ProblemInputError Error { get; } = error;
}

/// <summary>
/// An assignment problem: the only allowed mentee–mentor pairs with their scores, the mentors'
/// capacities, and approved pairs that must stay. Ids are compared ordinally; the problem keeps
/// them sorted, so the solution does not depend on the order anything was added in.
/// </summary>
public sealed class MatchingProblem
{
    internal MatchingProblem(
        string[] menteeIds, string[] mentorIds, int[] capacity, int[] arcStart, int[] arcMentor, long[] arcScore,
        int[] fixedMentor, long[] fixedScore)
    {
        MenteeIds = menteeIds;
        MentorIds = mentorIds;
        Capacity = capacity;
        ArcStart = arcStart;
        ArcMentor = arcMentor;
        ArcScore = arcScore;
        FixedMentor = fixedMentor;
        FixedScore = fixedScore;
    }

    /// <summary>Mentee ids in ordinal order; a mentee's index is her rank.</summary>
    public IReadOnlyList<string> MenteeIds { get; }

    /// <summary>Mentor ids in ordinal order; a mentor's index is her rank.</summary>
    public IReadOnlyList<string> MentorIds { get; }

    public int CandidateCount => ArcStart[^1];

    /// <summary>Each mentor's capacity, approved pairs included, in the order of <see cref="MentorIds"/>.</summary>
    public IReadOnlyList<int> Capacities => Capacity;

    /// <summary>Every allowed pair with its score, by mentee then mentor in ordinal order.</summary>
    public IEnumerable<(string MenteeId, string MentorId, Points Score)> Candidates()
    {
        for (var e = 0; e < MenteeIds.Count; e++)
        {
            for (var a = ArcStart[e]; a < ArcStart[e + 1]; a++)
                yield return (MenteeIds[e], MentorIds[ArcMentor[a]], new Points(ArcScore[a]));
        }
    }

    /// <summary>The approved pairs that stay in every solution.</summary>
    public IEnumerable<(string MenteeId, string MentorId, Points Score)> FixedPairs()
    {
        for (var e = 0; e < MenteeIds.Count; e++)
        {
            if (FixedMentor[e] >= 0)
                yield return (MenteeIds[e], MentorIds[FixedMentor[e]], new Points(FixedScore[e]));
        }
    }

    internal int[] Capacity { get; }

    /// <summary>Candidates of mentee i are ArcStart[i]..ArcStart[i+1], sorted by mentor index; the arc arrays may be longer than ArcStart[^1].</summary>
    internal int[] ArcStart { get; }

    internal int[] ArcMentor { get; }

    internal long[] ArcScore { get; }

    /// <summary>The approved mentor of each mentee, or -1.</summary>
    internal int[] FixedMentor { get; }

    internal long[] FixedScore { get; }
}

/// <summary>Collects a <see cref="MatchingProblem"/>; every Add reports a problem instead of throwing, so a file reader can name the line.</summary>
public sealed class MatchingProblemBuilder
{
    private readonly Dictionary<string, int> _mentors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _mentees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _mentorLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _menteeLookup;
    private readonly List<int> _capacity = [];
    private readonly HashSet<long> _pairs = new(PairKeyComparer.Instance);
    private readonly List<(int Mentee, int Mentor, long Cents)> _fixed = [];
    private readonly Dictionary<int, int> _fixedByMentee = [];
    private int[] _arcMentee = new int[1024];
    private int[] _arcMentor = new int[1024];
    private long[] _arcScore = new long[1024];
    private int _arcCount;

    public MatchingProblemBuilder()
    {
        _mentorLookup = _mentors.GetAlternateLookup<ReadOnlySpan<char>>();
        _menteeLookup = _mentees.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MentorCount => _mentors.Count;

    public ProblemInputError AddMentor(ReadOnlySpan<char> mentorId, int capacity)
    {
        if (mentorId.IsEmpty)
            return ProblemInputError.EmptyId;
        if (capacity < 0)
            return ProblemInputError.NegativeCapacity;
        if (_mentorLookup.ContainsKey(mentorId))
            return ProblemInputError.DuplicateMentor;
        _mentorLookup[mentorId] = _capacity.Count;
        _capacity.Add(capacity);
        return ProblemInputError.None;
    }

    public bool HasMentor(ReadOnlySpan<char> mentorId) => _mentorLookup.ContainsKey(mentorId);

    public ProblemInputError AddCandidate(ReadOnlySpan<char> menteeId, ReadOnlySpan<char> mentorId, Points score)
    {
        if (menteeId.IsEmpty || mentorId.IsEmpty)
            return ProblemInputError.EmptyId;
        if (score.Cents < 0)
            return ProblemInputError.NegativeScore;
        if (!_mentorLookup.TryGetValue(mentorId, out var mentor))
            return ProblemInputError.UnknownMentor;
        var mentee = Mentee(menteeId);
        if (!_pairs.Add(((long)mentee << 32) | (uint)mentor))
            return ProblemInputError.DuplicatePair;
        if (_arcCount == _arcMentee.Length)
        {
            Array.Resize(ref _arcMentee, _arcCount * 2);
            Array.Resize(ref _arcMentor, _arcCount * 2);
            Array.Resize(ref _arcScore, _arcCount * 2);
        }

        _arcMentee[_arcCount] = mentee;
        _arcMentor[_arcCount] = mentor;
        _arcScore[_arcCount] = score.Cents;
        _arcCount++;
        return ProblemInputError.None;
    }

    /// <summary>An approved pair: it stays in every solution and uses one place of the mentor's capacity.</summary>
    public ProblemInputError Fix(ReadOnlySpan<char> menteeId, ReadOnlySpan<char> mentorId, Points score)
    {
        if (menteeId.IsEmpty || mentorId.IsEmpty)
            return ProblemInputError.EmptyId;
        if (score.Cents < 0)
            return ProblemInputError.NegativeScore;
        if (!_mentorLookup.TryGetValue(mentorId, out var mentor))
            return ProblemInputError.UnknownMentor;
        var mentee = Mentee(menteeId);
        if (_fixedByMentee.ContainsKey(mentee))
            return ProblemInputError.MenteeAlreadyFixed;
        _fixedByMentee[mentee] = mentor;
        _fixed.Add((mentee, mentor, score.Cents));
        return ProblemInputError.None;
    }

    /// <summary>Sorts ids ordinally and builds the problem; throws when approved pairs exceed a mentor's capacity.</summary>
    public MatchingProblem Build()
    {
        var (menteeIds, menteeRank) = Rank(_mentees);
        var (mentorIds, mentorRank) = Rank(_mentors);
        var n = menteeIds.Length;
        var m = mentorIds.Length;

        var capacity = new int[m];
        for (var k = 0; k < _capacity.Count; k++)
            capacity[mentorRank[k]] = _capacity[k];

        var fixedMentor = new int[n];
        var fixedScore = new long[n];
        Array.Fill(fixedMentor, -1);
        var fixedLoad = new int[m];
        foreach (var (mentee, mentor, cents) in _fixed)
        {
            var v = mentorRank[mentor];
            fixedMentor[menteeRank[mentee]] = v;
            fixedScore[menteeRank[mentee]] = cents;
            if (++fixedLoad[v] > capacity[v])
            {
                throw new MatchingInputException(ProblemInputError.CapacityExceededByFixedPairs,
                    $"Mentor {mentorIds[v]} has capacity {capacity[v]} but more approved pairs.");
            }
        }

        // Counting sort by mentee rank, then each mentee's candidates by mentor rank.
        var start = new int[n + 1];
        for (var a = 0; a < _arcCount; a++)
            start[menteeRank[_arcMentee[a]] + 1]++;
        for (var i = 0; i < n; i++)
            start[i + 1] += start[i];
        var next = (int[])start.Clone();
        var arcMentor = new int[_arcCount];
        var arcScore = new long[_arcCount];
        for (var a = 0; a < _arcCount; a++)
        {
            var pos = next[menteeRank[_arcMentee[a]]]++;
            arcMentor[pos] = mentorRank[_arcMentor[a]];
            arcScore[pos] = _arcScore[a];
        }

        for (var i = 0; i < n; i++)
            Array.Sort(arcMentor, arcScore, start[i], start[i + 1] - start[i]);

        return new MatchingProblem(menteeIds, mentorIds, capacity, start, arcMentor, arcScore, fixedMentor, fixedScore);
    }

    private int Mentee(ReadOnlySpan<char> menteeId)
    {
        if (!_menteeLookup.TryGetValue(menteeId, out var mentee))
        {
            mentee = _mentees.Count;
            _menteeLookup[menteeId] = mentee;
        }

        return mentee;
    }

    private static (string[] Ids, int[] RankOfInsertion) Rank(Dictionary<string, int> byInsertion)
    {
        var ids = new string[byInsertion.Count];
        var insertion = new int[byInsertion.Count];
        var k = 0;
        foreach (var (id, index) in byInsertion)
        {
            ids[k] = id;
            insertion[k] = index;
            k++;
        }

        Array.Sort(ids, insertion, StringComparer.Ordinal);
        var rank = new int[ids.Length];
        for (var r = 0; r < ids.Length; r++)
            rank[insertion[r]] = r;
        return (ids, rank);
    }
}

/// <summary>Spreads (mentee &lt;&lt; 32 | mentor) keys: the default long hash folds them into mentee ^ mentor.</summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32);
}
