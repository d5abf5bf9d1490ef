using Ponte.Domain.Matching;
using Ponte.Domain.Profiles;

namespace Ponte.Bench;

/// <summary>Seeded instances of the shapes of issue 3 (the same shapes bench/gen_instances.py writes).</summary>
public static class Instances
{
    /// <summary>(a) mentees × mentors, capacity 1–3, k candidates each, scores 0.00–100.00.</summary>
    public static MatchingProblem Sparse(int mentees = 5000, int mentors = 2000, int k = 50, int seed = 1)
    {
        var rng = new Random(seed);
        var b = new MatchingProblemBuilder();
        for (var j = 0; j < mentors; j++)
            b.AddMentor($"m{j:00000}", rng.Next(1, 4));
        var pick = Enumerable.Range(0, mentors).ToArray();
        for (var i = 0; i < mentees; i++)
        {
            rng.Shuffle(pick);
            for (var c = 0; c < k; c++)
                b.AddCandidate($"e{i:00000}", $"m{pick[c]:00000}", new Points(rng.Next(0, 10001)));
        }

        return b.Build();
    }

    /// <summary>(b) every pair a candidate, capacity 1.</summary>
    public static MatchingProblem Dense(int n = 2000, int seed = 2)
    {
        var rng = new Random(seed);
        var b = new MatchingProblemBuilder();
        for (var j = 0; j < n; j++)
            b.AddMentor($"m{j:00000}", 1);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
                b.AddCandidate($"e{i:00000}", $"m{j:00000}", new Points(rng.Next(0, 10001)));
        }

        return b.Build();
    }

    private static readonly string[] Languages = ["uk", "ru", "ar", "fa", "ps", "ti", "so", "fr", "es", "tr"];
    private static readonly string[] Hosts = ["pt", "fi", "lv", "et", "sv", "de", "pl", "it"];
    private static readonly string[] Interests = ["baking", "cooking", "gardening", "music", "running", "reading", "crafts", "football", "sewing", "chess", "yoga", "coding"];
    private static readonly string[] Origins = ["UA", "AF", "SY", "IR", "ER", "SO", "BR", "AO"];

    /// <summary>(c) 40 programmes in 8 countries; four of them share the network pool.</summary>
    public static MatchingInput Profiles(int mentees = 20000, int mentors = 10000, int seed = 3)
    {
        var rng = new Random(seed);
        var centre = Enumerable.Range(0, 40).Select(p => new GeoPoint(38.7 + (p % 8 * 2.1), -9.1 + (p % 8 * 4.3))).ToArray();
        LanguageSkill Lang(string code, int min) => new(code, (LanguageLevel)rng.Next(min, 5));
        GeoPoint Near(int p) => new(centre[p].Latitude + ((rng.NextDouble() - 0.5) * 0.5), centre[p].Longitude + ((rng.NextDouble() - 0.5) * 0.5));
        WeeklyAvailability Slots() => WeeklyAvailability.FromMask(rng.Next(1 << 21) & rng.Next(1 << 21));
        string[] Likes() => [.. Interests.Where(_ => rng.Next(4) == 0)];
        SupportAreas Areas() => (SupportAreas)(1 << rng.Next(12)) | (SupportAreas)(1 << rng.Next(12));

        var e = Enumerable.Range(0, mentees).Select(i =>
        {
            var p = i % 40;
            return new MenteeProfile($"e{i:00000}", $"p{p:00}", Gender.Woman, Origins[rng.Next(Origins.Length)],
                [new(Languages[rng.Next(Languages.Length)], LanguageLevel.Native), Lang(Hosts[p % 8], 1)], Slots(), Likes(), Areas(),
                new MatchingPreferences(rng.Next(10) < 3, rng.Next(10) == 0, rng.Next(5) == 0), (TargetGroup)rng.Next(1, 4),
                Near(p), null, p < 4);
        }).ToList();
        var m = Enumerable.Range(0, mentors).Select(j =>
        {
            var p = j % 40;
            LanguageSkill[] langs = rng.Next(4) == 0 ? [new(Hosts[p % 8], LanguageLevel.Native), Lang(Languages[rng.Next(Languages.Length)], 2)] : [new(Hosts[p % 8], LanguageLevel.Native)];
            return new MentorProfile($"m{j:00000}", $"p{p:00}", rng.Next(10) != 0, rng.Next(1, 4), rng.Next(5) == 0 ? Gender.Man : Gender.Woman,
                Origins[rng.Next(Origins.Length)], langs, Slots(), Likes(), Areas(), rng.Next(10) < 4, Near(p), null, p < 4);
        }).ToList();
        return new MatchingInput(e, m);
    }
}
