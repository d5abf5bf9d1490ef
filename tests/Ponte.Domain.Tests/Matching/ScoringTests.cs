using Ponte.Domain.Matching;
using Ponte.Domain.Profiles;
using Xunit;

namespace Ponte.Domain.Tests.Matching;

public sealed class ScoringTests
{
    private static readonly GeoPoint Lisbon = new(38.7223, -9.1393);
    private static readonly GeoPoint Almada = new(38.6790, -9.1569);

    private static readonly WeeklyAvailability Evenings = WeeklyAvailability.Of(
        [(DayOfWeek.Monday, DayPart.Evening), (DayOfWeek.Wednesday, DayPart.Evening), (DayOfWeek.Friday, DayPart.Evening)]);

    internal static MenteeProfile Mentee(
        string id = "tatiana", string programme = "p1", TargetGroup group = TargetGroup.LightSupport,
        MatchingPreferences? preferences = null, LanguageSkill[]? languages = null, bool pool = false,
        GeoPoint? location = null, WeeklyAvailability? availability = null, string[]? interests = null,
        SupportAreas needs = SupportAreas.JobSearch | SupportAreas.CityOrientation, string country = "UA") =>
        new(id, programme, Gender.Woman, country, languages ?? [new("uk", LanguageLevel.Native), new("en", LanguageLevel.Basic)],
            availability ?? Evenings, interests ?? ["web marketing", "Baking"], needs, preferences ?? MatchingPreferences.None, group,
            location ?? Lisbon, "Lisboa", pool);

    internal static MentorProfile Mentor(
        string id = "ana", string programme = "p1", bool ready = true, int capacity = 1, Gender gender = Gender.Woman,
        bool experienced = true, LanguageSkill[]? languages = null, bool pool = false, GeoPoint? location = null,
        WeeklyAvailability? availability = null, string[]? interests = null,
        SupportAreas offers = SupportAreas.JobSearch | SupportAreas.Qualifications, string country = "PT") =>
        new(id, programme, ready, capacity, gender, country, languages ?? [new("pt", LanguageLevel.Native), new("uk", LanguageLevel.Fluent)],
            availability ?? Evenings, interests ?? ["baking", "hiking"], offers, experienced, location ?? Almada, "Almada", pool);

    private static PairEvaluation Evaluate(MenteeProfile mentee, MentorProfile mentor, IReadOnlyList<Exclusion>? exclusions = null,
        IReadOnlyList<ProgrammeMatchingSettings>? programmes = null, IReadOnlyList<ApprovedPair>? approved = null, MenteeProfile? other = null) =>
        new MatchingEngine(new MatchingInput(other is null ? [mentee] : [mentee, other], [mentor], programmes, exclusions, approved))
            .Evaluate(mentee.Id, mentor.Id);

    [Fact]
    public void A_good_pair_is_explained_criterion_by_criterion_and_adds_up()
    {
        var result = Evaluate(Mentee(), Mentor());

        var pair = Assert.IsType<ScoredPair>(result.Pair);
        Assert.Equal(pair.Score.Cents, pair.Breakdown.Sum(c => c.Points.Cents));
        Assert.Equal(Enum.GetValues<Criterion>(), pair.Breakdown.Select(c => c.Criterion));
        var language = pair.Breakdown.Single(c => c.Criterion == Criterion.Language);
        Assert.Equal(Points.Of(25), language.Points);
        Assert.Equal("uk", language.Facts["language"]);
        Assert.Equal("Fluent", language.Facts["level"]);
        var proximity = pair.Breakdown.Single(c => c.Criterion == Criterion.Proximity);
        Assert.Equal(5L, proximity.Facts["distanceKm"]);
        var metres = (long)proximity.Facts["distanceMetres"];
        Assert.Equal(1500 * (50_000 - metres) / 50_000, proximity.Points.Cents);
        var availability = pair.Breakdown.Single(c => c.Criterion == Criterion.Availability);
        Assert.Equal((3L, 3L, Points.Of(20)), ((long)availability.Facts["commonSlots"], (long)availability.Facts["evening"], availability.Points));
        var interests = pair.Breakdown.Single(c => c.Criterion == Criterion.Interests);
        Assert.Equal(["baking"], (string[])interests.Facts["common"]);
        Assert.Equal(new Points(333), interests.Points);
        var needs = pair.Breakdown.Single(c => c.Criterion == Criterion.ComplementaryNeeds);
        Assert.Equal(["JobSearch"], (string[])needs.Facts["covered"]);
        Assert.Equal(Points.Of(10), needs.Points);
    }

    [Fact]
    public void Every_breakdown_sums_exactly_to_its_score_over_random_profiles()
    {
        var rng = new Random(7);
        var mentees = Enumerable.Range(0, 60).Select(i => RandomMentee(rng, $"e{i}")).ToList();
        var mentors = Enumerable.Range(0, 30).Select(j => RandomMentor(rng, $"m{j}")).ToList();
        var weights = new MatchingWeights(Points.Of(33.33m), Points.Of(7.77m), Points.Of(10.01m), Points.Of(3.33m), Points.Of(21.11m), Points.Of(1.01m), Points.Of(9.99m));
        var engine = new MatchingEngine(new MatchingInput(mentees, mentors, [new ProgrammeMatchingSettings("p1", weights, ["ar"])]));

        var scored = 0;
        foreach (var e in mentees)
        {
            foreach (var m in mentors)
            {
                if (engine.Evaluate(e.Id, m.Id).Pair is { } pair)
                {
                    scored++;
                    Assert.Equal(pair.Score.Cents, pair.Breakdown.Sum(c => c.Points.Cents));
                    Assert.True(pair.Score <= weights.Total);
                    Assert.All(pair.Breakdown, c => Assert.InRange(c.Points.Cents, 0, weights[c.Criterion].Cents));
                }
            }
        }

        Assert.True(scored > 100, $"only {scored} pairs allowed: the test would prove little");

        var outcome = engine.Run();
        Assert.All(outcome.Proposals, p => Assert.Equal(p.Score, engine.Evaluate(p.MenteeId, p.MentorId).Pair!.Score));
        Assert.Equal(outcome.TotalScore, new Points(outcome.Proposals.Sum(p => p.Score.Cents)));
    }

    [Fact]
    public void The_run_scores_exactly_the_pairs_evaluate_allows_across_programmes_pools_and_interpreters()
    {
        var rng = new Random(23);
        var mentees = Enumerable.Range(0, 120).Select(i => RandomMentee(rng, $"e{i:000}") with
        {
            ProgrammeId = $"p{rng.Next(3)}",
            NetworkPool = rng.Next(3) == 0,
            Area = RandomArea(rng),
            LocationIsAreaCentre = rng.Next(2) == 0,
        }).ToList();
        var mentors = Enumerable.Range(0, 45).Select(j => RandomMentor(rng, $"m{j:000}") with
        {
            ProgrammeId = $"p{rng.Next(3)}",
            NetworkPool = rng.Next(3) == 0,
            Area = RandomArea(rng),
            LocationIsAreaCentre = rng.Next(2) == 0,
        }).ToList();
        var exclusions = Enumerable.Range(0, 30).Select(_ => new Exclusion(mentees[rng.Next(120)].Id, mentors[rng.Next(45)].Id, ExclusionReason.EndedBadly))
            .DistinctBy(x => (x.MenteeId, x.MentorId)).ToList();
        var odd = new MatchingWeights(Points.Of(33.33m), Points.Of(7.77m), Points.Of(10.01m), Points.Of(3.33m), Points.Of(21.11m), Points.Of(1.01m), Points.Of(9.99m));
        var programmes = new[]
        {
            new ProgrammeMatchingSettings("p0", odd, ["ar", "fa"]),
            new ProgrammeMatchingSettings("p1", odd with { Proximity = Points.Of(99.99m) }, [], 3),
            new ProgrammeMatchingSettings("p2", MatchingWeights.Default, ["uk"], 20),
        };
        var engine = new MatchingEngine(new MatchingInput(mentees, mentors, programmes, exclusions));

        var candidates = engine.Run().Problem.Candidates().ToList();

        var expected = new List<(string, string, Points)>();
        foreach (var e in mentees.OrderBy(x => x.Id, StringComparer.Ordinal))
        {
            foreach (var m in mentors.OrderBy(x => x.Id, StringComparer.Ordinal))
            {
                if (engine.Evaluate(e.Id, m.Id).Pair is { } pair)
                    expected.Add((e.Id, m.Id, pair.Score));
            }
        }

        Assert.True(expected.Count > 300, $"only {expected.Count} pairs allowed: the test would prove little");
        Assert.Equal(expected, candidates.Select(c => (c.MenteeId, c.MentorId, c.Score)));
    }

    public static TheoryData<string, BlockReason> Rules() => new()
    {
        { "programme", BlockReason.DifferentProgramme },
        { "ready", BlockReason.MentorNotReady },
        { "capacity", BlockReason.NoCapacity },
        { "conflict", BlockReason.DeclaredConflict },
        { "endedBadly", BlockReason.EndedBadly },
        { "womanOnly", BlockReason.WomanMentorOnly },
        { "intensive", BlockReason.IntensiveSupportNeedsExperiencedMentor },
        { "language", BlockReason.NoSharedLanguage },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_hard_rule_forbids_the_pair_and_names_itself(string rule, BlockReason expected)
    {
        var mentee = Mentee();
        var mentor = Mentor();
        IReadOnlyList<Exclusion>? exclusions = null;
        IReadOnlyList<ApprovedPair>? approved = null;
        MenteeProfile? other = null;
        switch (rule)
        {
            case "programme":
                mentor = mentor with { ProgrammeId = "p2" };
                break;
            case "ready":
                mentor = mentor with { ReadyToMatch = false };
                break;
            case "capacity":
                other = Mentee("fatima");
                approved = [new ApprovedPair("fatima", "ana")];
                break;
            case "conflict":
                exclusions = [new Exclusion("tatiana", "ana", ExclusionReason.DeclaredConflict)];
                break;
            case "endedBadly":
                exclusions = [new Exclusion("tatiana", "ana", ExclusionReason.EndedBadly)];
                break;
            case "womanOnly":
                mentee = mentee with { Preferences = new MatchingPreferences(true, false, false) };
                mentor = mentor with { Gender = Gender.Man };
                break;
            case "intensive":
                mentee = mentee with { TargetGroup = TargetGroup.IntensiveSupport };
                mentor = mentor with { ExperiencedWithVulnerableGroups = false };
                break;
            case "language":
                mentor = mentor with { Languages = [new("pt", LanguageLevel.Native), new("uk", LanguageLevel.Basic), new("en", LanguageLevel.Fluent)] };
                break;
        }

        Assert.True(Evaluate(Mentee(), Mentor()).Allowed);
        var result = Evaluate(mentee, mentor, exclusions, approved: approved, other: other);

        Assert.False(result.Allowed);
        Assert.Equal(expected, result.Block);
        Assert.Null(result.Pair);
    }

    [Fact]
    public void An_interpreter_bridges_a_missing_language_with_no_language_points()
    {
        var mentor = Mentor(languages: [new("pt", LanguageLevel.Native)]);
        Assert.Equal(BlockReason.NoSharedLanguage, Evaluate(Mentee(), mentor).Block);

        var result = Evaluate(Mentee(), mentor, programmes: [new ProgrammeMatchingSettings("p1", MatchingWeights.Default, ["uk"])]);

        var language = Assert.IsType<ScoredPair>(result.Pair).Breakdown.Single(c => c.Criterion == Criterion.Language);
        Assert.Equal(Points.Zero, language.Points);
        Assert.Equal("uk", language.Facts["interpreter"]);
    }

    [Fact]
    public void The_network_pool_lets_two_programmes_meet_only_when_both_opt_in()
    {
        var mentor = Mentor(programme: "p2");
        Assert.Equal(BlockReason.DifferentProgramme, Evaluate(Mentee(pool: true), mentor).Block);
        Assert.Equal(BlockReason.DifferentProgramme, Evaluate(Mentee(), mentor with { NetworkPool = true }).Block);
        Assert.True(Evaluate(Mentee(pool: true), mentor with { NetworkPool = true }).Allowed);
    }

    [Fact]
    public void Identity_counts_only_what_the_mentee_asked_for()
    {
        var notAsked = Evaluate(Mentee(), Mentor()).Pair!.Breakdown.Single(c => c.Criterion == Criterion.Identity);
        var asked = Evaluate(Mentee(preferences: new(false, true, true)), Mentor()).Pair!.Breakdown.Single(c => c.Criterion == Criterion.Identity);
        var met = Evaluate(Mentee(preferences: new(false, true, true)), Mentor(country: "UA")).Pair!.Breakdown.Single(c => c.Criterion == Criterion.Identity);

        Assert.Equal((Points.Of(5), false), (notAsked.Points, (bool)notAsked.Facts["asked"]));
        Assert.Equal(Points.Of(2.5m), asked.Points);
        Assert.False((bool)asked.Facts["sameCountryOfOrigin"]);
        Assert.True((bool)asked.Facts["sameGender"]);
        Assert.Equal(Points.Of(5), met.Points);
    }

    [Fact]
    public void Weights_are_per_programme()
    {
        var onlyLanguage = new MatchingWeights(Points.Of(10), Points.Zero, Points.Zero, Points.Zero, Points.Zero, Points.Zero, Points.Zero);
        var result = Evaluate(Mentee(), Mentor(), programmes: [new ProgrammeMatchingSettings("p1", onlyLanguage, [])]);
        Assert.Equal(Points.Of(10), result.Pair!.Score);
        Assert.Throws<Common.DomainValidationException>(() => (onlyLanguage with { Identity = Points.Of(1001) }).Validate());
    }

    [Fact]
    public void The_run_keeps_approved_pairs_and_gives_every_unmatched_mentee_a_reason()
    {
        var mentees = new[]
        {
            Mentee("a-approved"),
            Mentee("b-fits"),
            Mentee("c-arabic", languages: [new("ar", LanguageLevel.Native)]),
            Mentee("d-excluded"),
            Mentee("e-elsewhere", programme: "p9"),
            Mentee("f-crowded", needs: SupportAreas.Health),
        };
        var mentors = new[] { Mentor("ana", capacity: 2), Mentor("rita", ready: false) };
        var engine = new MatchingEngine(new MatchingInput(mentees, mentors,
            Exclusions: [new Exclusion("d-excluded", "ana", ExclusionReason.EndedBadly)],
            Approved: [new ApprovedPair("a-approved", "ana")]));

        var outcome = engine.Run();

        Assert.Equal([("a-approved", "ana", true), ("b-fits", "ana", false)], outcome.Proposals.Select(p => (p.MenteeId, p.MentorId, p.Approved)));
        var reasons = outcome.Unmatched.ToDictionary(u => u.MenteeId, u => u.Reason);
        Assert.Equal(UnmatchedReason.NoMentorSharesLanguage, reasons["c-arabic"]);
        Assert.Equal(UnmatchedReason.AllCandidatesExcluded, reasons["d-excluded"]);
        Assert.Equal(UnmatchedReason.NoMentorInProgramme, reasons["e-elsewhere"]);
        Assert.Equal(UnmatchedReason.NoCapacityLeft, reasons["f-crowded"]);
        Assert.Equal(1L, outcome.Unmatched.Single(u => u.MenteeId == "c-arabic").Facts[nameof(BlockReason.NoSharedLanguage)]);
        Assert.Equal(1L, outcome.Unmatched.Single(u => u.MenteeId == "c-arabic").Facts[nameof(BlockReason.MentorNotReady)]);
        Assert.Equal(["ana"], outcome.Alternatives("f-crowded").Select(p => p.MentorId));
    }

    [Fact]
    public void No_proposal_breaks_a_hard_rule_and_no_mentor_is_over_capacity()
    {
        var rng = new Random(11);
        var mentees = Enumerable.Range(0, 150).Select(i => RandomMentee(rng, $"e{i:000}")).ToList();
        var mentors = Enumerable.Range(0, 50).Select(j => RandomMentor(rng, $"m{j:000}")).ToList();
        var exclusions = Enumerable.Range(0, 40).Select(_ => new Exclusion(mentees[rng.Next(150)].Id, mentors[rng.Next(50)].Id, ExclusionReason.DeclaredConflict))
            .DistinctBy(x => (x.MenteeId, x.MentorId)).ToList();
        var engine = new MatchingEngine(new MatchingInput(mentees, mentors, Exclusions: exclusions));

        var outcome = engine.Run();

        Assert.True(outcome.Matched > 20);
        Assert.All(outcome.Proposals, p => Assert.True(engine.Evaluate(p.MenteeId, p.MentorId).Allowed));
        Assert.DoesNotContain(outcome.Proposals, p => exclusions.Any(x => x.MenteeId == p.MenteeId && x.MentorId == p.MentorId));
        var capacity = mentors.ToDictionary(m => m.Id, m => m.Capacity);
        Assert.All(outcome.Proposals.GroupBy(p => p.MentorId), g => Assert.True(g.Count() <= capacity[g.Key]));
        Assert.Equal(mentees.Count, outcome.Matched + outcome.Unmatched.Count);

        // The same people in another order: the same proposals.
        var shuffled = new MatchingEngine(new MatchingInput(
            [.. mentees.OrderBy(_ => rng.Next())], [.. mentors.OrderBy(_ => rng.Next())], Exclusions: [.. exclusions.OrderBy(_ => rng.Next())])).Run();
        Assert.Equal(outcome.Proposals.Select(p => (p.MenteeId, p.MentorId, p.Score)), shuffled.Proposals.Select(p => (p.MenteeId, p.MentorId, p.Score)));
        Assert.Equal(outcome.Unmatched.Select(u => (u.MenteeId, u.Reason)), shuffled.Unmatched.Select(u => (u.MenteeId, u.Reason)));
    }

    private static readonly string[] Codes = ["uk", "ar", "pt", "en", "fa"];

    private static LanguageSkill[] RandomLanguages(Random rng) =>
        [.. Enumerable.Range(0, rng.Next(1, 4)).Select(_ => new LanguageSkill(Codes[rng.Next(Codes.Length)], (LanguageLevel)rng.Next(1, 5))).DistinctBy(l => l.Code)];

    private static WeeklyAvailability RandomSlots(Random rng) => WeeklyAvailability.FromMask(rng.Next(1 << 21));

    private static GeoPoint Near(Random rng) => new(38.7 + (rng.NextDouble() * 0.8), -9.1 + (rng.NextDouble() * 0.8));

    private static string[] RandomInterests(Random rng) => [.. new[] { "music", "Baking", "chess", "yoga", "football" }.Where(_ => rng.Next(3) == 0)];

    private static string? RandomArea(Random rng) => rng.Next(3) switch { 0 => "Lisboa", 1 => "Almada", _ => null };

    [Fact]
    public void Centres_of_areas_give_distances_between_areas_and_leave_people_of_one_area_near()
    {
        // Both placed at their municipality's centre: different municipalities are km apart…
        var apart = Evaluate(Mentee(location: Lisbon) with { LocationIsAreaCentre = true }, Mentor(location: Almada) with { LocationIsAreaCentre = true }).Pair!;
        var proximity = apart.Breakdown.Single(c => c.Criterion == Criterion.Proximity);
        Assert.Equal(5L, proximity.Facts["distanceKm"]);

        // …but two of the same municipality are "in the same area", not 0 km apart.
        var together = Evaluate(
            Mentee(location: Lisbon) with { LocationIsAreaCentre = true },
            Mentor(location: Lisbon) with { Area = "Lisboa", LocationIsAreaCentre = true }).Pair!;
        proximity = together.Breakdown.Single(c => c.Criterion == Criterion.Proximity);
        Assert.Equal("Lisboa", proximity.Facts["sameArea"]);
        Assert.Equal(1500 * (50_000 - MatchingEngine.SameAreaMetres) / 50_000, proximity.Points.Cents);

        // Precise locations on both sides keep their exact distance, whatever the area.
        var precise = Evaluate(Mentee(location: Lisbon), Mentor(location: Lisbon) with { Area = "Lisboa" }).Pair!;
        Assert.Equal(0L, precise.Breakdown.Single(c => c.Criterion == Criterion.Proximity).Facts["distanceKm"]);
    }

    private static MenteeProfile RandomMentee(Random rng, string id) => Mentee(
        id, group: (TargetGroup)rng.Next(1, 4), preferences: new(rng.Next(4) == 0, rng.Next(3) == 0, rng.Next(3) == 0),
        languages: RandomLanguages(rng), location: Near(rng), availability: RandomSlots(rng), interests: RandomInterests(rng),
        needs: (SupportAreas)rng.Next(1, 1 << 12), country: rng.Next(2) == 0 ? "UA" : "AF");

    private static MentorProfile RandomMentor(Random rng, string id) => Mentor(
        id, ready: rng.Next(8) != 0, capacity: rng.Next(0, 4), gender: rng.Next(4) == 0 ? Gender.Man : Gender.Woman,
        experienced: rng.Next(2) == 0, languages: RandomLanguages(rng), location: rng.Next(10) == 0 ? null : Near(rng),
        availability: RandomSlots(rng), interests: RandomInterests(rng), offers: (SupportAreas)rng.Next(1, 1 << 12),
        country: rng.Next(2) == 0 ? "UA" : "PT");
}
