using Ponte.Domain.Matching;
using Xunit;

namespace Ponte.Domain.Tests.Matching;

/// <summary>Small random assignment instances and an exhaustive solver that applies the rules literally.</summary>
internal sealed record Instance(
    IReadOnlyList<(string Id, int Capacity)> Mentors,
    IReadOnlyList<(string Mentee, string Mentor, long Cents)> Candidates,
    IReadOnlyList<(string Mentee, string Mentor, long Cents)> Fixed)
{
    public MatchingProblem Build(Random? shuffle = null)
    {
        var builder = new MatchingProblemBuilder();
        foreach (var (id, capacity) in Order(Mentors, shuffle))
            Assert.Equal(ProblemInputError.None, builder.AddMentor(id, capacity));
        foreach (var (mentee, mentor, cents) in Order(Candidates, shuffle))
            Assert.Equal(ProblemInputError.None, builder.AddCandidate(mentee, mentor, new Points(cents)));
        foreach (var (mentee, mentor, cents) in Order(Fixed, shuffle))
            Assert.Equal(ProblemInputError.None, builder.Fix(mentee, mentor, new Points(cents)));
        return builder.Build();
    }

    private static IEnumerable<T> Order<T>(IReadOnlyList<T> items, Random? shuffle)
    {
        if (shuffle is null)
            return items;
        var copy = items.ToArray();
        shuffle.Shuffle(copy);
        return copy;
    }

    /// <summary>
    /// Ids are drawn so that ordinal order differs from creation order ("m10" &lt; "m2", upper case
    /// before lower case); scores come from a small set so that ties are common.
    /// </summary>
    public static Instance Random(int seed, int maxMentees = 7, int maxMentors = 4)
    {
        var rng = new Random(seed);
        var menteeCount = rng.Next(1, maxMentees + 1);
        var mentorCount = rng.Next(1, maxMentors + 1);
        var mentees = DistinctIds(rng, "e", menteeCount);
        var mentorIds = DistinctIds(rng, "m", mentorCount);
        var mentors = mentorIds.Select(id => (id, rng.Next(0, 10) == 0 ? 0 : rng.Next(1, 4))).ToList();
        var tieHeavy = rng.Next(2) == 0;
        var density = 0.3 + (rng.NextDouble() * 0.7);
        var candidates = new List<(string, string, long)>();
        foreach (var e in mentees)
        {
            foreach (var m in mentorIds)
            {
                if (rng.NextDouble() < density)
                    candidates.Add((e, m, tieHeavy ? rng.Next(0, 4) * 50 : rng.Next(0, 1001)));
            }
        }

        var fixedPairs = new List<(string, string, long)>();
        var load = mentors.ToDictionary(m => m.id, _ => 0);
        foreach (var e in mentees)
        {
            if (rng.Next(0, 6) != 0)
                continue;
            var (id, capacity) = mentors[rng.Next(mentors.Count)];
            if (load[id] < capacity)
            {
                load[id]++;
                fixedPairs.Add((e, id, rng.Next(0, 501)));
            }
        }

        return new Instance(mentors, candidates, fixedPairs);
    }

    private static List<string> DistinctIds(Random rng, string prefix, int count)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (ids.Count < count)
        {
            ids.Add(rng.Next(4) switch
            {
                0 => prefix + rng.Next(1, 30),
                1 => prefix.ToUpperInvariant() + rng.Next(1, 30),
                2 => prefix + "-" + (char)('a' + rng.Next(26)),
                _ => rng.Next(1, 200).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return [.. ids];
    }

    /// <summary>Enumerates every feasible matching and keeps the best by (matched, total, pair list).</summary>
    public (int Matched, long Total, List<(string Mentee, string Mentor)> Pairs) BruteForce()
    {
        var capacity = Mentors.ToDictionary(m => m.Id, m => m.Capacity, StringComparer.Ordinal);
        var fixedMentees = Fixed.Select(f => f.Mentee).ToHashSet(StringComparer.Ordinal);
        foreach (var f in Fixed)
            capacity[f.Mentor]--;
        var free = Candidates.Select(c => c.Mentee).Where(e => !fixedMentees.Contains(e))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var options = free.Select(e => Candidates.Where(c => c.Mentee == e).ToList()).ToList();

        var bestMatched = -1;
        long bestTotal = -1;
        List<(string, string)>? bestPairs = null;
        var chosen = new List<(string Mentee, string Mentor, long Cents)>();
        Recurse(0);
        return (bestMatched, bestTotal, bestPairs!);

        void Recurse(int k)
        {
            if (k == free.Count)
            {
                var all = chosen.Concat(Fixed).ToList();
                var total = all.Sum(p => p.Cents);
                var pairs = all.Select(p => (p.Mentee, p.Mentor))
                    .OrderBy(p => p.Mentee, StringComparer.Ordinal).ThenBy(p => p.Mentor, StringComparer.Ordinal).ToList();
                if (all.Count > bestMatched || (all.Count == bestMatched && total > bestTotal)
                    || (all.Count == bestMatched && total == bestTotal && Compare(pairs, bestPairs!) < 0))
                {
                    bestMatched = all.Count;
                    bestTotal = total;
                    bestPairs = pairs;
                }

                return;
            }

            Recurse(k + 1);
            foreach (var option in options[k])
            {
                if (capacity[option.Mentor] <= 0)
                    continue;
                capacity[option.Mentor]--;
                chosen.Add(option);
                Recurse(k + 1);
                chosen.RemoveAt(chosen.Count - 1);
                capacity[option.Mentor]++;
            }
        }
    }

    private static int Compare(List<(string Mentee, string Mentor)> a, List<(string Mentee, string Mentor)> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = string.CompareOrdinal(a[i].Mentee, b[i].Mentee);
            if (c == 0)
                c = string.CompareOrdinal(a[i].Mentor, b[i].Mentor);
            if (c != 0)
                return c;
        }

        return a.Count.CompareTo(b.Count);
    }
}
