using System.Collections;

namespace Ponte.Domain.Matching;

/// <summary>
/// Structured, language-neutral facts behind a criterion or a reason (e.g. language = "uk",
/// level = "Fluent"), in a fixed order, for a page to phrase in the viewer's language. Values are
/// strings, whole numbers, booleans or lists of strings.
/// </summary>
public sealed class Facts : IReadOnlyDictionary<string, object>
{
    private readonly List<KeyValuePair<string, object>> _items = [];

    public static Facts Empty { get; } = new();

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _items.Select(i => i.Key);

    public IEnumerable<object> Values => _items.Select(i => i.Value);

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal Facts Add(string key, object value)
    {
        _items.Add(new(key, value));
        return this;
    }

    public bool ContainsKey(string key) => _items.Exists(i => i.Key == key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value)
    {
        foreach (var item in _items)
        {
            if (item.Key == key)
            {
                value = item.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>One line of a pair's explanation: the criterion, the points it gave, and why.</summary>
public sealed record CriterionScore(Criterion Criterion, Points Points, Facts Facts);

/// <summary>A pair's score and its breakdown; the breakdown's points add up to the score exactly.</summary>
public sealed record ScoredPair(string MenteeId, string MentorId, Points Score, IReadOnlyList<CriterionScore> Breakdown);

/// <summary>A hard rule that keeps a pair from being proposed.</summary>
public enum BlockReason
{
    /// <summary>Different programmes, and not both in the network pool.</summary>
    DifferentProgramme = 0,

    /// <summary>Safety checks or training not complete.</summary>
    MentorNotReady = 1,

    /// <summary>Her places are all taken (approved pairs) or she takes none.</summary>
    NoCapacity = 2,

    DeclaredConflict = 3,

    /// <summary>The two were matched before and it ended badly.</summary>
    EndedBadly = 4,

    /// <summary>The mentee asked for a woman mentor.</summary>
    WomanMentorOnly = 5,

    /// <summary>Target group 3 needs a mentor experienced with vulnerable groups.</summary>
    IntensiveSupportNeedsExperiencedMentor = 6,

    /// <summary>No language both speak at conversational level or better, and no interpreter for hers.</summary>
    NoSharedLanguage = 7,
}

/// <summary>Why a mentee got no proposal.</summary>
public enum UnmatchedReason
{
    NoMentorInProgramme = 0,
    NoReadyMentor = 1,

    /// <summary>Every mentor who could take her is full, with approved pairs or with mentees the optimum placed there.</summary>
    NoCapacityLeft = 2,

    AllCandidatesExcluded = 3,

    /// <summary>Her own conditions (a woman mentor only) leave no mentor.</summary>
    PreferencesUnmet = 4,

    NoExperiencedMentor = 5,

    NoMentorSharesLanguage = 6,
}

public sealed record Proposal(string MenteeId, string MentorId, Points Score, IReadOnlyList<CriterionScore> Breakdown, bool Approved);

/// <summary>A mentee without a proposal; Facts count, per hard rule, the mentors it ruled out.</summary>
public sealed record UnmatchedMentee(string MenteeId, UnmatchedReason Reason, Facts Facts);

/// <summary>Either the scored pair or the first hard rule that forbids it.</summary>
public sealed record PairEvaluation(ScoredPair? Pair, BlockReason? Block)
{
    public bool Allowed => Pair is not null;
}
