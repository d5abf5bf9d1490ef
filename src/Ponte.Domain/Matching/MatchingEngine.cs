using System.Diagnostics;
using System.Numerics;
using Ponte.Domain.Profiles;

namespace Ponte.Domain.Matching;

/// <summary>
/// Scores every allowed mentee–mentor pair from their profiles, finds the optimal assignment for the
/// whole waiting list and explains it. Hard rules are checked before scoring, and pairs in different
/// programmes are never even looked at unless both are in the network pool.
/// </summary>
public sealed class MatchingEngine
{
    /// <summary>Two people in the same area without coordinates count as this far apart.</summary>
    public const long SameAreaMetres = 5_000;

    private const int CriterionCount = 7;
    private static readonly int[] PartMasks = BuildPartMasks();

    private readonly MenteeData[] _mentees;
    private readonly MentorData[] _mentors;
    private readonly Dictionary<string, int> _menteeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _mentorIndex = new(StringComparer.Ordinal);
    private readonly string[] _languages;
    private readonly string[] _interests;
    private readonly Settings[] _settings;
    private readonly bool _languageMasks;
    private readonly bool _interestMasks;
    private readonly int[][] _eligibleByProgramme;
    private readonly int[][] _eligibleForPool;
    private readonly int[] _remaining;
    private readonly int[] _approvedMentor;
    private readonly Dictionary<long, ExclusionReason> _exclusions = new(PairKeyComparer.Instance);

    public MatchingEngine(MatchingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var languages = new HashSet<string>(StringComparer.Ordinal);
        var interests = new HashSet<string>(StringComparer.Ordinal);
        var programmes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in input.Mentees.Cast<object>().Concat(input.Mentors))
        {
            var (langs, ints) = p switch
            {
                MenteeProfile e => (e.Languages, e.Interests),
                MentorProfile o => (o.Languages, o.Interests),
                _ => throw new InvalidOperationException(),
            };
            foreach (var l in langs)
                languages.Add(l.Code);
            foreach (var i in ints)
                interests.Add(NormaliseInterest(i));
        }

        foreach (var s in input.Programmes ?? [])
        {
            foreach (var l in s.InterpreterLanguages)
                languages.Add(l.Trim().ToLowerInvariant());
        }

        _languages = [.. languages.Order(StringComparer.Ordinal)];
        _interests = [.. interests.Order(StringComparer.Ordinal)];
        var languageId = _languages.Select((c, k) => (c, k)).ToDictionary(x => x.c, x => x.k, StringComparer.Ordinal);
        var interestId = _interests.Select((c, k) => (c, k)).ToDictionary(x => x.c, x => x.k, StringComparer.Ordinal);

        int Programme(string id)
        {
            if (!programmes.TryGetValue(id, out var k))
            {
                k = programmes.Count;
                programmes[id] = k;
            }

            return k;
        }

        _mentees = [.. input.Mentees.OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new MenteeData(e, Programme(e.ProgrammeId), languageId, interestId))];
        _mentors = [.. input.Mentors.OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => new MentorData(o, Programme(o.ProgrammeId), languageId, interestId))];
        var countries = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var areas = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in _mentees.Cast<PersonData>().Concat(_mentors))
        {
            person.Country = Intern(countries, person.CountryCode);
            person.AreaId = string.IsNullOrEmpty(person.AreaKey) ? -1 : Intern(areas, person.AreaKey);
        }

        for (var e = 0; e < _mentees.Length; e++)
        {
            if (string.IsNullOrEmpty(_mentees[e].Profile.Id))
                throw new MatchingInputException(ProblemInputError.EmptyId, "A mentee has no id.");
            if (!_menteeIndex.TryAdd(_mentees[e].Profile.Id, e))
                throw new MatchingInputException(ProblemInputError.DuplicateMentee, $"Mentee {_mentees[e].Profile.Id} appears twice.");
        }

        for (var v = 0; v < _mentors.Length; v++)
        {
            if (string.IsNullOrEmpty(_mentors[v].Profile.Id))
                throw new MatchingInputException(ProblemInputError.EmptyId, "A mentor has no id.");
            if (!_mentorIndex.TryAdd(_mentors[v].Profile.Id, v))
                throw new MatchingInputException(ProblemInputError.DuplicateMentor, $"Mentor {_mentors[v].Profile.Id} appears twice.");
            if (_mentors[v].Profile.Capacity < 0)
                throw new MatchingInputException(ProblemInputError.NegativeCapacity, $"Mentor {_mentors[v].Profile.Id} has a negative capacity.");
        }

        _settings = new Settings[programmes.Count];
        foreach (var s in input.Programmes ?? [])
        {
            if (programmes.TryGetValue(s.ProgrammeId, out var k))
                _settings[k] = new Settings(s, languageId);
        }

        foreach (var (id, k) in programmes)
            _settings[k] ??= new Settings(ProgrammeMatchingSettings.Default(id), languageId);

        _languageMasks = _languages.Length <= 64;
        _interestMasks = _interests.Length <= 64;
        foreach (var mentee in _mentees)
        {
            var interpreters = _settings[mentee.Programme].Interpreters;
            for (var k = 0; k < mentee.LanguageIds.Length && mentee.InterpreterLanguage < 0; k++)
            {
                if (mentee.LanguageLevels[k] >= LanguageLevel.Conversational && interpreters[mentee.LanguageIds[k]])
                    mentee.InterpreterLanguage = mentee.LanguageIds[k];
            }
        }

        foreach (var x in input.Exclusions ?? [])
            _exclusions[Key(MenteeIndex(x.MenteeId), MentorIndex(x.MentorId))] = x.Reason;
        foreach (var key in _exclusions.Keys)
            _mentees[(int)(key >> 32)].HasExclusions = true;

        _remaining = _mentors.Select(o => o.Profile.Capacity).ToArray();
        _approvedMentor = new int[_mentees.Length];
        Array.Fill(_approvedMentor, -1);
        foreach (var a in input.Approved ?? [])
        {
            var e = MenteeIndex(a.MenteeId);
            var v = MentorIndex(a.MentorId);
            if (_approvedMentor[e] >= 0)
                throw new MatchingInputException(ProblemInputError.MenteeAlreadyFixed, $"Mentee {a.MenteeId} has two approved mentors.");
            _approvedMentor[e] = v;
            if (--_remaining[v] < 0)
                throw new MatchingInputException(ProblemInputError.CapacityExceededByFixedPairs, $"Mentor {a.MentorId} has more approved mentees than places.");
        }

        var byProgramme = Enumerable.Range(0, programmes.Count).Select(_ => new List<int>()).ToArray();
        var pool = new List<int>();
        for (var v = 0; v < _mentors.Length; v++)
        {
            if (!_mentors[v].Profile.ReadyToMatch || _remaining[v] <= 0)
                continue;
            byProgramme[_mentors[v].Programme].Add(v);
            if (_mentors[v].Profile.NetworkPool)
                pool.Add(v);
        }

        _eligibleByProgramme = [.. byProgramme.Select(l => l.ToArray())];
        var poolProgrammes = _mentees.Where(x => x.Pool).Select(x => x.Programme).ToHashSet();
        _eligibleForPool = [.. byProgramme.Select((l, p) => poolProgrammes.Contains(p)
            ? l.Concat(pool.Where(v => _mentors[v].Programme != p)).Order().ToArray()
            : [])];
    }

    public int MenteeCount => _mentees.Length;

    public int MentorCount => _mentors.Length;

    /// <summary>
    /// Explains any pair, e.g. a manager's manual choice: the score and its breakdown, or the first
    /// hard rule that forbids it. Capacity counts approved pairs only.
    /// </summary>
    public PairEvaluation Evaluate(string menteeId, string mentorId)
    {
        var e = MenteeIndex(menteeId);
        var v = MentorIndex(mentorId);
        var block = Check(e, v, out var language);
        return block is null ? new PairEvaluation(Explain(e, v, language), null) : new PairEvaluation(null, block);
    }

    public MatchingOutcome Run(SolverKind solver = SolverKind.Auto)
    {
        var clock = Stopwatch.StartNew();
        var n = _mentees.Length;
        var count = new int[n];

        // Each mentee writes her allowed pairs straight into her own stretch of two shared arrays,
        // sized by her number of candidates; the stretches are then closed up in place (the arrays
        // keep their length: the problem reads ArcStart). No lists grow while scoring, so the workers
        // allocate nothing.
        var room = new long[n + 1];
        for (var e = 0; e < n; e++)
            room[e + 1] = room[e] + (_approvedMentor[e] >= 0 ? 0 : CandidateMentors(e).Length);
        if (room[n] > Array.MaxLength)
            throw new MatchingInputException(ProblemInputError.None, "Too many mentee–mentor pairs to look at in one run.");
        // Written before read, stretch by stretch: no need to clear them first.
        var arcMentor = GC.AllocateUninitializedArray<int>((int)room[n]);
        var arcScore = GC.AllocateUninitializedArray<long>((int)room[n]);
        const int chunk = 256;
        Parallel.For(0, (n + chunk - 1) / chunk, c =>
        {
            for (var e = c * chunk; e < Math.Min(n, (c + 1) * chunk); e++)
            {
                if (_approvedMentor[e] >= 0)
                    continue;
                var at = (int)room[e];
                foreach (var v in CandidateMentors(e))
                {
                    if (CheckPair(e, v, out var language, levelOnly: true) is null)
                    {
                        arcMentor[at] = v;
                        arcScore[at++] = ScoreOnly(e, v, language);
                    }
                }

                count[e] = at - (int)room[e];
            }
        });

        var start = new int[n + 1];
        for (var e = 0; e < n; e++)
        {
            start[e + 1] = start[e] + count[e];
            Array.Copy(arcMentor, room[e], arcMentor, start[e], count[e]);
            Array.Copy(arcScore, room[e], arcScore, start[e], count[e]);
        }


        var fixedScore = new long[n];
        for (var e = 0; e < n; e++)
        {
            if (_approvedMentor[e] >= 0)
                fixedScore[e] = Score(e, _approvedMentor[e], Language(e, _approvedMentor[e]), null);
        }

        var problem = new MatchingProblem(
            [.. _mentees.Select(x => x.Profile.Id)], [.. _mentors.Select(x => x.Profile.Id)],
            [.. _mentors.Select(x => x.Profile.Capacity)], start, arcMentor, arcScore, _approvedMentor, fixedScore);
        var scoring = clock.Elapsed;
        var solution = MatchingOptimizer.Solve(problem, solver);

        // Explanations are independent per mentee: built in parallel, gathered in mentee order.
        var proposalOf = new Proposal?[n];
        var unmatchedOf = new UnmatchedMentee?[n];
        Parallel.For(0, (n + chunk - 1) / chunk, c =>
        {
            for (var e = c * chunk; e < Math.Min(n, (c + 1) * chunk); e++)
            {
                var v = solution.MentorOf[e];
                if (v >= 0)
                {
                    var pair = Explain(e, v, Language(e, v));
                    proposalOf[e] = new Proposal(pair.MenteeId, pair.MentorId, pair.Score, pair.Breakdown, _approvedMentor[e] >= 0);
                }
                else
                {
                    unmatchedOf[e] = count[e] > 0
                        ? new UnmatchedMentee(_mentees[e].Profile.Id, UnmatchedReason.NoCapacityLeft, new Facts().Add("candidates", (long)count[e]))
                        : WhyNoCandidates(e);
                }
            }
        });

        var proposals = new List<Proposal>(solution.Matched);
        var unmatched = new List<UnmatchedMentee>(n - solution.Matched);
        for (var e = 0; e < n; e++)
        {
            if (proposalOf[e] is { } proposal)
                proposals.Add(proposal);
            else
                unmatched.Add(unmatchedOf[e]!);
        }

        return new MatchingOutcome(this, problem, solution, proposals, unmatched, scoring, solution.Elapsed);
    }

    /// <summary>The mentee's best allowed pairs, highest score first (ties by mentor id), with explanations.</summary>
    internal IReadOnlyList<ScoredPair> Alternatives(MatchingProblem problem, string menteeId, int count)
    {
        var e = MenteeIndex(menteeId);
        var arcs = Enumerable.Range(problem.ArcStart[e], problem.ArcStart[e + 1] - problem.ArcStart[e])
            .OrderByDescending(a => problem.ArcScore[a]).ThenBy(a => problem.ArcMentor[a]).Take(count);
        return [.. arcs.Select(a => Explain(e, problem.ArcMentor[a], Language(e, problem.ArcMentor[a])))];
    }

    /// <summary>The ready mentors with room in her programme and, for a mentee in the network pool, every pool mentor too; sorted.</summary>
    private int[] CandidateMentors(int e)
    {
        var mentee = _mentees[e];
        return mentee.Pool ? _eligibleForPool[mentee.Programme] : _eligibleByProgramme[mentee.Programme];
    }

    private int MenteeIndex(string id) => _menteeIndex.TryGetValue(id, out var e)
        ? e
        : throw new MatchingInputException(ProblemInputError.UnknownMentee, $"Unknown mentee {id}.");

    private int MentorIndex(string id) => _mentorIndex.TryGetValue(id, out var v)
        ? v
        : throw new MatchingInputException(ProblemInputError.UnknownMentor, $"Unknown mentor {id}.");

    private static long Key(int e, int v) => ((long)e << 32) | (uint)v;

    private BlockReason? Check(int e, int v, out LanguageMatch language)
    {
        language = LanguageMatch.None;
        var mentee = _mentees[e];
        var mentor = _mentors[v];
        if (mentee.Programme != mentor.Programme && !(mentee.Pool && mentor.Pool))
            return BlockReason.DifferentProgramme;
        if (!mentor.Profile.ReadyToMatch)
            return BlockReason.MentorNotReady;
        if (_remaining[v] <= 0 && _approvedMentor[e] != v)
            return BlockReason.NoCapacity;
        return CheckPair(e, v, out language);
    }

    /// <summary>
    /// The rules about the two people themselves, in the order a reason is reported. With
    /// <paramref name="levelOnly"/>, the language match carries only what the score needs (its level,
    /// or that an interpreter is used), not which language.
    /// </summary>
    private BlockReason? CheckPair(int e, int v, out LanguageMatch language, bool levelOnly = false)
    {
        language = LanguageMatch.None;
        var mentee = _mentees[e];
        var mentor = _mentors[v];
        if (mentee.HasExclusions && _exclusions.TryGetValue(Key(e, v), out var why))
            return why == ExclusionReason.EndedBadly ? BlockReason.EndedBadly : BlockReason.DeclaredConflict;
        if (mentee.WomanMentorOnly && mentor.Gender != Gender.Woman)
            return BlockReason.WomanMentorOnly;
        if (mentee.Group == TargetGroup.IntensiveSupport && !mentor.Experienced)
            return BlockReason.IntensiveSupportNeedsExperiencedMentor;
        language = levelOnly && _languageMasks ? LanguageLevelOnly(mentee, mentor) : Language(e, v);
        return language.Allowed ? null : BlockReason.NoSharedLanguage;
    }

    /// <summary>As <see cref="Language"/> for the score alone, from bit masks of the languages each speaks at a level.</summary>
    private static LanguageMatch LanguageLevelOnly(MenteeData a, MentorData b)
    {
        if ((a.FluentMask & b.FluentMask) != 0)
            return new LanguageMatch(-1, LanguageLevel.Fluent, -1);
        if ((a.ConversationalMask & b.ConversationalMask) != 0)
            return new LanguageMatch(-1, LanguageLevel.Conversational, -1);
        return a.InterpreterLanguage >= 0 ? new LanguageMatch(-1, 0, a.InterpreterLanguage) : LanguageMatch.None;
    }

    /// <summary>The shared language with the highest level both have (ties: smallest code), or an interpreter.</summary>
    private LanguageMatch Language(int e, int v)
    {
        var a = _mentees[e];
        var b = _mentors[v];
        int i = 0, j = 0, best = -1;
        var bestLevel = (LanguageLevel)0;
        while (i < a.LanguageIds.Length && j < b.LanguageIds.Length)
        {
            var x = a.LanguageIds[i];
            var y = b.LanguageIds[j];
            if (x < y)
            {
                i++;
            }
            else if (y < x)
            {
                j++;
            }
            else
            {
                var level = (LanguageLevel)Math.Min((int)a.LanguageLevels[i], (int)b.LanguageLevels[j]);
                if (level > bestLevel)
                {
                    bestLevel = level;
                    best = x;
                }

                i++;
                j++;
            }
        }

        if (bestLevel >= LanguageLevel.Conversational)
            return new LanguageMatch(best, bestLevel, -1);
        var interpreters = _settings[a.Programme].Interpreters;
        for (var k = 0; k < a.LanguageIds.Length; k++)
        {
            if (a.LanguageLevels[k] >= LanguageLevel.Conversational && interpreters[a.LanguageIds[k]])
                return new LanguageMatch(-1, 0, a.LanguageIds[k]);
        }

        return LanguageMatch.None;
    }

    /// <summary>
    /// The same score as <see cref="Score"/> without an explanation, from the programme's tables of
    /// points (no division but proximity's) and, when the vocabularies are small, bit masks.
    /// </summary>
    private long ScoreOnly(int e, int v, LanguageMatch language)
    {
        var mentee = _mentees[e];
        var mentor = _mentors[v];
        var s = _settings[mentee.Programme];
        var total = s.LanguagePoints[language.Level >= LanguageLevel.Fluent ? 2 : language.Level >= LanguageLevel.Conversational ? 1 : 0];

        var max = s.MaxDistanceMetres;
        if (mentee.HasLocation && mentor.HasLocation && !SameAreaFirst(mentee, mentor))
        {
            var dx = mentee.X - mentor.X;
            var dy = mentee.Y - mentor.Y;
            var dz = mentee.Z - mentor.Z;
            var chord2 = (dx * dx) + (dy * dy) + (dz * dz);
            if (chord2 <= s.MaxChordSquared && max > 0)
            {
                var metres = GeoPoint.ArcMetres(chord2);
                if (metres < max)
                    total += Part(s.Weights.Proximity, max - metres, max);
            }
        }
        else if (mentee.AreaId >= 0 && mentee.AreaId == mentor.AreaId && max > SameAreaMetres)
        {
            total += Part(s.Weights.Proximity, max - SameAreaMetres, max);
        }

        total += s.SlotPoints[Math.Min(BitOperations.PopCount((uint)(mentee.Availability & mentor.Availability)), 3)];
        var common = _interestMasks ? BitOperations.PopCount(mentee.InterestMask & mentor.InterestMask) : CommonCount(mentee.Interests, mentor.Interests);
        total += s.InterestPoints[Math.Min(common, 3)];
        var needed = (uint)mentee.Areas;
        total += s.NeedsPoints[(BitOperations.PopCount(needed) * (NeedsTableSide + 1)) + BitOperations.PopCount(needed & (uint)mentor.Areas)];
        var asked = (mentee.SameCountry ? 1 : 0) + (mentee.SameGender ? 1 : 0);
        var met = (mentee.SameCountry && mentee.Country == mentor.Country ? 1 : 0) + (mentee.SameGender && mentee.Gender == mentor.Gender ? 1 : 0);
        total += s.IdentityPoints[(asked * 3) + met];
        total += s.SupportPoints[(mentee.Group switch { TargetGroup.LightSupport => 0, TargetGroup.Retraining => 2, _ => 4 }) + (mentor.Experienced ? 1 : 0)];
        return total;
    }

    /// <summary>
    /// The score in cents; with <paramref name="explain"/>, also each criterion's points and facts.
    /// Every criterion gives floor(weight × fraction), so the parts add up to the score exactly.
    /// </summary>
    private long Score(int e, int v, LanguageMatch language, List<CriterionScore>? explain)
    {
        var mentee = _mentees[e];
        var mentor = _mentors[v];
        var s = _settings[mentee.Programme];
        var w = s.Weights;
        long total = 0;

        // Language
        {
            var (num, den) = language.Level >= LanguageLevel.Fluent ? (1, 1) : language.Level >= LanguageLevel.Conversational ? (3, 5) : (0, 1);
            var points = Part(w.Language, num, den);
            total += points;
            if (explain is not null)
            {
                var facts = new Facts();
                if (language.Interpreter >= 0)
                    facts.Add("interpreter", _languages[language.Interpreter]);
                else if (language.Shared >= 0)
                    facts.Add("language", _languages[language.Shared]).Add("level", language.Level.ToString());
                else
                    facts.Add("language", "none");
                explain.Add(new CriterionScore(Criterion.Language, new Points(points), facts));
            }
        }

        // Proximity
        {
            long metres = -1;
            var sameArea = false;
            var max = s.MaxDistanceMetres;
            if (mentee.HasLocation && mentor.HasLocation && !SameAreaFirst(mentee, mentor))
            {
                var dx = mentee.X - mentor.X;
                var dy = mentee.Y - mentor.Y;
                var dz = mentee.Z - mentor.Z;
                var chord2 = (dx * dx) + (dy * dy) + (dz * dz);

                // Beyond the largest distance that scores, the exact figure matters only to explain it.
                metres = explain is null && chord2 > s.MaxChordSquared ? long.MaxValue : GeoPoint.ArcMetres(chord2);
            }
            else if (mentee.AreaId >= 0 && mentee.AreaId == mentor.AreaId)
            {
                metres = SameAreaMetres;
                sameArea = true;
            }

            var points = metres < 0 || max <= 0 ? 0 : Part(w.Proximity, Math.Max(0, max - metres), max);
            total += points;
            if (explain is not null)
            {
                var facts = new Facts();
                if (metres < 0)
                    facts.Add("distance", "unknown");
                else if (sameArea)
                    facts.Add("sameArea", mentee.AreaKey!);
                else
                    facts.Add("distanceKm", (long)Math.Round(metres / 1000.0, MidpointRounding.AwayFromZero)).Add("distanceMetres", metres);
                facts.Add("maxDistanceKm", max / 1000);
                explain.Add(new CriterionScore(Criterion.Proximity, new Points(points), facts));
            }
        }

        // Availability
        {
            var overlap = mentee.Availability & mentor.Availability;
            var slots = BitOperations.PopCount((uint)overlap);
            var points = Part(w.Availability, Math.Min(slots, 3), 3);
            total += points;
            if (explain is not null)
            {
                var facts = new Facts().Add("commonSlots", (long)slots);
                foreach (var part in Enum.GetValues<DayPart>())
                    facts.Add(char.ToLowerInvariant(part.ToString()[0]) + part.ToString()[1..], (long)BitOperations.PopCount((uint)(overlap & PartMasks[(int)part])));
                explain.Add(new CriterionScore(Criterion.Availability, new Points(points), facts));
            }
        }

        // Common interests
        {
            var common = CommonCount(mentee.Interests, mentor.Interests);
            var points = Part(w.Interests, Math.Min(common, 3), 3);
            total += points;
            if (explain is not null)
            {
                var list = mentee.Interests.Intersect(mentor.Interests).Order().Select(k => _interests[k]).ToArray();
                explain.Add(new CriterionScore(Criterion.Interests, new Points(points), new Facts().Add("common", list)));
            }
        }

        // Complementary needs and skills
        {
            var needed = mentee.Areas;
            var covered = needed & mentor.Areas;
            var needCount = BitOperations.PopCount((uint)needed);
            var coverCount = BitOperations.PopCount((uint)covered);
            var points = needCount == 0 ? w.ComplementaryNeeds.Cents : Part(w.ComplementaryNeeds, coverCount, needCount);
            total += points;
            if (explain is not null)
            {
                var facts = new Facts().Add("covered", covered.Each().Select(a => a.ToString()).ToArray())
                    .Add("needed", (long)needCount);
                explain.Add(new CriterionScore(Criterion.ComplementaryNeeds, new Points(points), facts));
            }
        }

        // Similar identities, only where she asks; otherwise the criterion does not set mentors apart.
        {
            var asked = (mentee.SameCountry ? 1 : 0) + (mentee.SameGender ? 1 : 0);
            var sameCountry = mentee.Country == mentor.Country;
            var sameGender = mentee.Gender == mentor.Gender;
            var met = (mentee.SameCountry && sameCountry ? 1 : 0) + (mentee.SameGender && sameGender ? 1 : 0);
            var points = asked == 0 ? w.Identity.Cents : Part(w.Identity, met, asked);
            total += points;
            if (explain is not null)
            {
                var facts = new Facts().Add("asked", asked > 0);
                if (mentee.SameCountry)
                    facts.Add("sameCountryOfOrigin", sameCountry);
                if (mentee.SameGender)
                    facts.Add("sameGender", sameGender);
                explain.Add(new CriterionScore(Criterion.Identity, new Points(points), facts));
            }
        }

        // Support intensity
        {
            var experienced = mentor.Experienced;
            var (num, den) = mentee.Group switch
            {
                TargetGroup.LightSupport => (1, 1),
                TargetGroup.Retraining => experienced ? (1, 1) : (1, 2),
                _ => experienced ? (1, 1) : (0, 1),
            };
            var points = Part(w.SupportIntensity, num, den);
            total += points;
            explain?.Add(new CriterionScore(Criterion.SupportIntensity, new Points(points), new Facts()
                .Add("targetGroup", mentee.Profile.TargetGroup.ToString()).Add("experiencedWithVulnerableGroups", experienced)));
        }

        return total;
    }

    /// <summary>Two people of one area, one of them placed only at the area's centre: the area says more than the centres.</summary>
    private static bool SameAreaFirst(PersonData a, PersonData b) =>
        (a.AreaIsCentre || b.AreaIsCentre) && a.AreaId >= 0 && a.AreaId == b.AreaId;

    private ScoredPair Explain(int e, int v, LanguageMatch language)
    {
        var parts = new List<CriterionScore>(CriterionCount);
        var score = Score(e, v, language, parts);
        if (parts.Sum(p => p.Points.Cents) != score)
            throw new InvalidOperationException("A breakdown does not add up to its score.");
        return new ScoredPair(_mentees[e].Profile.Id, _mentors[v].Profile.Id, new Points(score), parts);
    }

    private UnmatchedMentee WhyNoCandidates(int e)
    {
        var counts = new int[Enum.GetValues<BlockReason>().Length];
        for (var v = 0; v < _mentors.Length; v++)
        {
            if (Check(e, v, out _) is { } block)
                counts[(int)block]++;
        }

        var last = Array.FindLastIndex(counts, c => c > 0);
        var reason = last < 0 ? UnmatchedReason.NoMentorInProgramme : (BlockReason)last switch
        {
            BlockReason.DifferentProgramme => UnmatchedReason.NoMentorInProgramme,
            BlockReason.MentorNotReady => UnmatchedReason.NoReadyMentor,
            BlockReason.NoCapacity => UnmatchedReason.NoCapacityLeft,
            BlockReason.DeclaredConflict or BlockReason.EndedBadly => UnmatchedReason.AllCandidatesExcluded,
            BlockReason.WomanMentorOnly => UnmatchedReason.PreferencesUnmet,
            BlockReason.IntensiveSupportNeedsExperiencedMentor => UnmatchedReason.NoExperiencedMentor,
            _ => UnmatchedReason.NoMentorSharesLanguage,
        };
        var facts = new Facts().Add("mentors", (long)_mentors.Length);
        for (var k = 0; k < counts.Length; k++)
        {
            if (counts[k] > 0)
                facts.Add(((BlockReason)k).ToString(), (long)counts[k]);
        }

        return new UnmatchedMentee(_mentees[e].Profile.Id, reason, facts);
    }

    private static long Part(Points weight, long numerator, long denominator) => weight.Cents * numerator / denominator;

    private static int CommonCount(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (b[j] < a[i])
            {
                j++;
            }
            else
            {
                common++;
                i++;
                j++;
            }
        }

        return common;
    }

    private static string NormaliseInterest(string interest) => interest.Trim().ToLowerInvariant();

    private static int Intern(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids[key] = id;
        }

        return id;
    }

    private static int[] BuildPartMasks()
    {
        var masks = new int[3];
        for (var day = 0; day < 7; day++)
        {
            for (var part = 0; part < 3; part++)
                masks[part] |= 1 << ((day * 3) + part);
        }

        return masks;
    }

    private readonly record struct LanguageMatch(int Shared, LanguageLevel Level, int Interpreter)
    {
        public static readonly LanguageMatch None = new(-1, 0, -1);

        public bool Allowed => Level >= LanguageLevel.Conversational || Interpreter >= 0;
    }

    private abstract class PersonData
    {
        protected PersonData(IReadOnlyList<LanguageSkill> languages, IReadOnlyList<string> interests, int programme,
            Dictionary<string, int> languageId, Dictionary<string, int> interestId, GeoPoint? location)
        {
            Programme = programme;
            if (location is { } p)
            {
                HasLocation = true;
                (X, Y, Z) = p.UnitVector();
            }

            // Sorted ids, one entry per language with her best level.
            var ids = new int[languages.Count];
            var levels = new LanguageLevel[languages.Count];
            for (var k = 0; k < ids.Length; k++)
            {
                ids[k] = languageId[languages[k].Code];
                levels[k] = languages[k].Level;
            }

            Array.Sort(ids, levels);
            var count = 0;
            for (var k = 0; k < ids.Length; k++)
            {
                if (count > 0 && ids[count - 1] == ids[k])
                {
                    levels[count - 1] = (LanguageLevel)Math.Max((int)levels[count - 1], (int)levels[k]);
                    continue;
                }

                ids[count] = ids[k];
                levels[count++] = levels[k];
            }

            LanguageIds = ids[..count];
            LanguageLevels = levels[..count];
            for (var k = 0; k < count; k++)
            {
                if (ids[k] >= 64)
                    continue;
                if (levels[k] >= LanguageLevel.Conversational)
                    ConversationalMask |= 1UL << ids[k];
                if (levels[k] >= LanguageLevel.Fluent)
                    FluentMask |= 1UL << ids[k];
            }

            var likes = new int[interests.Count];
            for (var k = 0; k < likes.Length; k++)
                likes[k] = interestId[NormaliseInterest(interests[k])];
            Array.Sort(likes);
            count = 0;
            for (var k = 0; k < likes.Length; k++)
            {
                if (count == 0 || likes[count - 1] != likes[k])
                    likes[count++] = likes[k];
            }

            Interests = likes[..count];
            foreach (var k in Interests)
            {
                if (k < 64)
                    InterestMask |= 1UL << k;
            }

        }

        public int Programme { get; }

        public bool Pool { get; init; }

        public Gender Gender { get; init; }

        public string CountryCode { get; init; } = string.Empty;

        public int Country { get; set; }

        public string? AreaKey { get; init; }

        public int AreaId { get; set; }

        public int Availability { get; init; }

        public SupportAreas Areas { get; init; }

        public bool HasLocation { get; }

        /// <summary>The location is only the centre of the person's area.</summary>
        public bool AreaIsCentre { get; init; }

        public double X { get; }

        public double Y { get; }

        public double Z { get; }

        public int[] LanguageIds { get; }

        /// <summary>Languages (ids below 64) spoken at Conversational or better, and at Fluent or better.</summary>
        public ulong ConversationalMask { get; }

        public ulong FluentMask { get; }

        public LanguageLevel[] LanguageLevels { get; }

        public int[] Interests { get; }

        /// <summary>Interests with ids below 64.</summary>
        public ulong InterestMask { get; }
    }

    private sealed class MenteeData : PersonData
    {
        public MenteeData(MenteeProfile profile, int programme, Dictionary<string, int> languageId, Dictionary<string, int> interestId)
            : base(profile.Languages, profile.Interests, programme, languageId, interestId, profile.Location)
        {
            Profile = profile;
            Pool = profile.NetworkPool;
            Gender = profile.Gender;
            CountryCode = profile.CountryOfOrigin;
            AreaKey = profile.Area;
            AreaIsCentre = profile.LocationIsAreaCentre;
            Availability = profile.Availability.Mask;
            Areas = profile.SupportNeeded;
            WomanMentorOnly = profile.Preferences.WomanMentorOnly;
            SameCountry = profile.Preferences.SameCountryOfOrigin;
            SameGender = profile.Preferences.SameGender;
            Group = profile.TargetGroup;
        }

        public MenteeProfile Profile { get; }

        public bool WomanMentorOnly { get; }

        public bool SameCountry { get; }

        public bool SameGender { get; }

        public TargetGroup Group { get; }

        public bool HasExclusions { get; set; }

        /// <summary>Her first language (by id) at Conversational or better that her programme has an interpreter for, or -1.</summary>
        public int InterpreterLanguage { get; set; } = -1;
    }

    private sealed class MentorData : PersonData
    {
        public MentorData(MentorProfile profile, int programme, Dictionary<string, int> languageId, Dictionary<string, int> interestId)
            : base(profile.Languages, profile.Interests, programme, languageId, interestId, profile.Location)
        {
            Profile = profile;
            Pool = profile.NetworkPool;
            Gender = profile.Gender;
            CountryCode = profile.CountryOfOrigin;
            AreaKey = profile.Area;
            AreaIsCentre = profile.LocationIsAreaCentre;
            Availability = profile.Availability.Mask;
            Areas = profile.SupportOffered;
            Experienced = profile.ExperiencedWithVulnerableGroups;
        }

        public MentorProfile Profile { get; }

        public bool Experienced { get; }
    }

    /// <summary>Support areas are flags of an int: at most 32 needed or covered.</summary>
    private const int NeedsTableSide = 32;

    private sealed class Settings
    {
        public Settings(ProgrammeMatchingSettings settings, Dictionary<string, int> languageId)
        {
            Weights = settings.Weights.Validate();
            var w = Weights;
            LanguagePoints = [0, Part(w.Language, 3, 5), w.Language.Cents];
            SlotPoints = [.. Enumerable.Range(0, 4).Select(k => Part(w.Availability, k, 3))];
            InterestPoints = [.. Enumerable.Range(0, 4).Select(k => Part(w.Interests, k, 3))];
            NeedsPoints = new long[(NeedsTableSide + 1) * (NeedsTableSide + 1)];
            for (var need = 0; need <= NeedsTableSide; need++)
            {
                for (var cover = 0; cover <= need; cover++)
                    NeedsPoints[(need * (NeedsTableSide + 1)) + cover] = need == 0 ? w.ComplementaryNeeds.Cents : Part(w.ComplementaryNeeds, cover, need);
            }

            IdentityPoints = [w.Identity.Cents, 0, 0, Part(w.Identity, 0, 1), Part(w.Identity, 1, 1), 0, Part(w.Identity, 0, 2), Part(w.Identity, 1, 2), Part(w.Identity, 2, 2)];
            SupportPoints = [Part(w.SupportIntensity, 1, 1), Part(w.SupportIntensity, 1, 1), Part(w.SupportIntensity, 1, 2), Part(w.SupportIntensity, 1, 1),
                Part(w.SupportIntensity, 0, 1), Part(w.SupportIntensity, 1, 1)];
            MaxDistanceMetres = Math.Max(0, settings.MaxDistanceKm) * 1000L;
            MaxChordSquared = GeoPoint.ChordSquared(MaxDistanceMetres + 1);
            Interpreters = new bool[languageId.Count];
            foreach (var code in settings.InterpreterLanguages)
                Interpreters[languageId[code.Trim().ToLowerInvariant()]] = true;
        }

        public MatchingWeights Weights { get; }

        /// <summary>Points by language level: none or interpreter, Conversational, Fluent or better.</summary>
        public long[] LanguagePoints { get; }

        /// <summary>Points by common slots (0–3), and by common interests (0–3).</summary>
        public long[] SlotPoints { get; }

        public long[] InterestPoints { get; }

        /// <summary>Points at [needed × (side + 1) + covered].</summary>
        public long[] NeedsPoints { get; }

        /// <summary>Points at [asked × 3 + met].</summary>
        public long[] IdentityPoints { get; }

        /// <summary>Points at [2 × (light support 0, retraining 1, other 2) + experienced].</summary>
        public long[] SupportPoints { get; }

        public long MaxDistanceMetres { get; }

        public double MaxChordSquared { get; }

        public bool[] Interpreters { get; }
    }
}

/// <summary>The result of a run: proposals with explanations, the unmatched with reasons, and the proof's figures.</summary>
public sealed class MatchingOutcome
{
    private readonly MatchingEngine _engine;

    internal MatchingOutcome(MatchingEngine engine, MatchingProblem problem, MatchingSolution solution,
        IReadOnlyList<Proposal> proposals, IReadOnlyList<UnmatchedMentee> unmatched, TimeSpan scoring, TimeSpan solving)
    {
        _engine = engine;
        Problem = problem;
        Proposals = proposals;
        Unmatched = unmatched;
        Solver = solution.Solver;
        Statistics = solution.Statistics;
        TotalScore = solution.TotalScore;
        ScoringTime = scoring;
        SolvingTime = solving;
    }

    /// <summary>The allowed pairs and their scores, as the optimiser saw them.</summary>
    public MatchingProblem Problem { get; }

    /// <summary>One per matched mentee, approved pairs included, in ordinal order of mentee id.</summary>
    public IReadOnlyList<Proposal> Proposals { get; }

    public IReadOnlyList<UnmatchedMentee> Unmatched { get; }

    public int Matched => Proposals.Count;

    public Points TotalScore { get; }

    public SolverKind Solver { get; }

    public SolveStatistics Statistics { get; }

    public TimeSpan ScoringTime { get; }

    public TimeSpan SolvingTime { get; }

    /// <summary>The mentee's best allowed mentors, highest score first, for a manager choosing by hand.</summary>
    public IReadOnlyList<ScoredPair> Alternatives(string menteeId, int count = 5) => _engine.Alternatives(Problem, menteeId, count);
}
