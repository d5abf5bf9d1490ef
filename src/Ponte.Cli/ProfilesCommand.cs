using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Ponte.Domain.Matching;
using Ponte.Domain.Profiles;

namespace Ponte.Cli;

/// <summary>Scores from profiles, solves, and prints the proposals with explanations and the unmatched with reasons.</summary>
internal static class ProfilesCommand
{
    public static string Run(Options options, Stream stdout)
    {
        var path = options.Profiles!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var input = Read(path);
        var read = clock.Elapsed;
        MatchingEngine engine;
        try
        {
            engine = new MatchingEngine(input);
        }
        catch (Ponte.Domain.Common.DomainValidationException e)
        {
            throw new InputException(path, 0, $"programmes: weight {e.Field}: {e.Message}");
        }
        catch (MatchingInputException e)
        {
            throw new InputException(path, 0, e.Message);
        }

        var indexed = clock.Elapsed;
        var outcome = engine.Run(options.Solver);
        var ran = clock.Elapsed;
        Write(outcome, stdout);
        if (options.Export is { } folder)
            Export(outcome, folder);
        return string.Create(CultureInfo.InvariantCulture,
            $"solver={outcome.Solver} {outcome.Statistics} mentees={engine.MenteeCount} mentors={engine.MentorCount} candidates={outcome.Problem.CandidateCount} matched={outcome.Matched} read_ms={read.TotalMilliseconds:F1} index_ms={(indexed - read).TotalMilliseconds:F1} score_ms={outcome.ScoringTime.TotalMilliseconds:F1} solve_ms={outcome.SolvingTime.TotalMilliseconds:F1} explain_ms={(ran - indexed - outcome.ScoringTime - outcome.SolvingTime).TotalMilliseconds:F1} write_ms={(clock.Elapsed - ran).TotalMilliseconds:F1}");
    }

    private static MatchingInput Read(string path)
    {
        ProfilesDocument? doc;
        var convert = new ProfilesConverters(
            (p, k) => Programme(p, new Where("programmes", k)),
            (m, k) => Mentee(m, new Where("mentees", k)),
            (m, k) => Mentor(m, new Where("mentors", k)),
            (x, k) => new Exclusion(
                Id(x.MenteeId, new Where("exclusions", k, "menteeId")), Id(x.MentorId, new Where("exclusions", k, "mentorId")),
                Enum<ExclusionReason>(x.Reason ?? nameof(ExclusionReason.DeclaredConflict), new Where("exclusions", k, "reason"))),
            (x, k) => new ApprovedPair(Id(x.MenteeId, new Where("approved", k, "menteeId")), Id(x.MentorId, new Where("approved", k, "mentorId"))));
        try
        {
            doc = ProfilesJsonReader.Read(File.ReadAllBytes(path), convert);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } p ? $" at {p}" : string.Empty;
            throw new InputException(path, (int)(e.LineNumber ?? -1) + 1, $"invalid JSON{where}: {FirstSentence(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, "cannot be read: " + e.Message);
        }

        if (doc is null)
            throw new InputException(path, 1, "expected an object with \"mentees\" and \"mentors\"");

        // Reported in this order whatever the order of the lists in the file: mentees, mentors, programmes, exclusions, approved.
        var mentees = Items(Required(doc.Mentees, "mentees"));
        var mentors = Items(Required(doc.Mentors, "mentors"));
        var programmes = Items(doc.Programmes);
        var exclusions = Items(doc.Exclusions);
        var approved = Items(doc.Approved);
        return new MatchingInput(mentees, mentors, programmes, exclusions, approved);

        static List<T> Items<T>(Section<T>? section) =>
            section is null ? [] : section.Error is { } error ? throw error : section.Items;

        Section<T> Required<T>(Section<T>? section, string name) =>
            section ?? throw new InputException(path, 0, $"\"{name}\" is missing");

        string Id(string? id, Where where) =>
            string.IsNullOrWhiteSpace(id) ? throw new InputException(path, 0, $"{where}: id is missing") : id.Trim();

        T Enum<T>(string? text, Where where)
            where T : struct, Enum =>
            text is not null && EnumNames<T>.ByName.TryGetValue(text, out var value)
                ? value
                : throw new InputException(path, 0, $"{where}: unknown value \"{text}\" (one of {string.Join(", ", System.Enum.GetNames<T>())})");

        ProgrammeMatchingSettings Programme(ProgrammeDto p, Where where)
        {
            var d = MatchingWeights.Default;
            var w = p.Weights;
            var weights = w is null ? d : new MatchingWeights(
                Weight(w.Language, d.Language, "language"), Weight(w.Proximity, d.Proximity, "proximity"),
                Weight(w.Availability, d.Availability, "availability"), Weight(w.Interests, d.Interests, "interests"),
                Weight(w.ComplementaryNeeds, d.ComplementaryNeeds, "complementaryNeeds"), Weight(w.Identity, d.Identity, "identity"),
                Weight(w.SupportIntensity, d.SupportIntensity, "supportIntensity"));
            var interpreters = (p.InterpreterLanguages ?? []).Select((l, k) => LanguageCode(l, where with { A = "interpreterLanguages", J = k })).ToList();
            var km = p.MaxDistanceKm ?? ProgrammeMatchingSettings.DefaultMaxDistanceKm;
            if (km is < 0 or > 20_000)
                throw new InputException(path, 0, $"{where}.maxDistanceKm: {km} is not between 0 and 20000");
            return new ProgrammeMatchingSettings(Id(p.Id, where with { A = "id" }), weights, interpreters, km);

            Points Weight(decimal? value, Points fallback, string name)
            {
                if (value is null)
                    return fallback;
                if (Points.TryParse(value.Value.ToString(CultureInfo.InvariantCulture), out var points) != Points.ParseError.None
                    || points > MatchingWeights.MaxWeight)
                    throw new InputException(path, 0, $"{where}.weights.{name}: {value} is not between 0 and 1000 with at most 2 decimals");
                return points;
            }
        }

        string LanguageCode(string? code, Where where)
        {
            try
            {
                return LanguageSkill.Create(code, LanguageLevel.Native).Code;
            }
            catch (Ponte.Domain.Common.DomainException)
            {
                throw new InputException(path, 0, $"{where}: \"{code}\" is not a language code like \"uk\"");
            }
        }

        (Gender, string, List<LanguageSkill>, GeoPoint?, WeeklyAvailability, List<string>, SupportAreas) Person(PersonDto p, Where where)
        {
            var gender = Enum<Gender>(p.Gender ?? nameof(Gender.PreferNotToSay), where with { A = "gender" });
            var languages = (p.Languages ?? []).Select((l, k) => LanguageSkill.Create(
                LanguageCode(l.Code, where with { A = "languages", J = k, B = "code" }),
                Enum<LanguageLevel>(l.Level ?? nameof(LanguageLevel.Native), where with { A = "languages", J = k, B = "level" }))).ToList();
            GeoPoint? location = null;
            if (p.Location is { } loc)
            {
                location = new GeoPoint(loc.Lat, loc.Lon);
                if (!location.Value.IsValid)
                    throw new InputException(path, 0, $"{where}.location: lat must be within ±90 and lon within ±180");
            }

            var slots = new List<(DayOfWeek, DayPart)>();
            foreach (var (slot, k) in (p.Availability ?? []).Select((s, k) => (s, k)))
                slots.Add(Slot(slot, where with { A = "availability", J = k }));
            var areas = SupportAreas.None;
            foreach (var (area, k) in (p.SupportAreas ?? []).Select((s, k) => (s, k)))
                areas |= Enum<SupportAreas>(area, where with { A = "supportAreas", J = k });
            return (gender, (p.CountryOfOrigin ?? string.Empty).Trim().ToUpperInvariant(), languages, location,
                WeeklyAvailability.Of(slots), p.Interests ?? [], areas);
        }

        (DayOfWeek, DayPart) Slot(string? text, Where where)
        {
            if (text is not null && Slots.TryGetValue(text, out var known))
                return known;
            var parts = (text ?? string.Empty).Split('-', 2);
            var day = Array.FindIndex(WeeklyAvailability.WeekFromMonday,
                d => parts[0].Length >= 3 && d.ToString().StartsWith(parts[0], StringComparison.OrdinalIgnoreCase));
            if (parts.Length != 2 || day < 0 || !System.Enum.TryParse<DayPart>(parts[1], true, out var part) || !System.Enum.IsDefined(part))
                throw new InputException(path, 0, $"{where}: \"{text}\" is not a slot like \"Mon-Evening\"");
            return (WeeklyAvailability.WeekFromMonday[day], part);
        }

        MenteeProfile Mentee(MenteeDto m, Where where)
        {
            var (gender, country, languages, location, availability, interests, areas) = Person(m, where);
            var group = m.TargetGroup ?? 1;
            if (group is < 1 or > 3)
                throw new InputException(path, 0, $"{where}.targetGroup: {group} is not 1, 2 or 3");
            var prefs = m.Preferences is null ? MatchingPreferences.None
                : new MatchingPreferences(m.Preferences.WomanMentorOnly, m.Preferences.SameCountryOfOrigin, m.Preferences.SameGender);
            return new MenteeProfile(Id(m.Id, where with { A = "id" }), Id(m.Programme ?? "default", where with { A = "programme" }), gender, country,
                languages, availability, interests, areas, prefs, (TargetGroup)group, location, m.Area, m.NetworkPool);
        }

        MentorProfile Mentor(MentorDto m, Where where)
        {
            var (gender, country, languages, location, availability, interests, areas) = Person(m, where);
            if (m.Capacity < 0)
                throw new InputException(path, 0, $"{where}.capacity: {m.Capacity} is negative");
            return new MentorProfile(Id(m.Id, where with { A = "id" }), Id(m.Programme ?? "default", where with { A = "programme" }), m.Ready, m.Capacity,
                gender, country, languages, availability, interests, areas, m.ExperiencedWithVulnerableGroups, location, m.Area, m.NetworkPool);
        }
    }

    private static readonly Dictionary<string, (DayOfWeek, DayPart)> Slots = BuildSlots();

    /// <summary>Where in P.json a value sits, e.g. mentees[3].languages[0].code; formatted only for an error.</summary>
    private readonly record struct Where(string Root, int I, string? A = null, int J = -1, string? B = null)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Root}[{I}]{(A is null ? string.Empty : "." + A)}{(J < 0 ? string.Empty : $"[{J}]")}{(B is null ? string.Empty : "." + B)}");
    }

    private static Dictionary<string, (DayOfWeek, DayPart)> BuildSlots()
    {
        var slots = new Dictionary<string, (DayOfWeek, DayPart)>(StringComparer.OrdinalIgnoreCase);
        foreach (var day in WeeklyAvailability.WeekFromMonday)
        {
            foreach (var part in Enum.GetValues<DayPart>())
                slots[$"{day.ToString()[..3]}-{part}"] = (day, part);
        }

        return slots;
    }

    /// <summary>Names only (not numbers), any case.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<string, T> ByName =
            Enum.GetValues<T>().ToDictionary(v => v.ToString(), v => v, StringComparer.OrdinalIgnoreCase);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    private static void Write(MatchingOutcome outcome, Stream stdout)
    {
        using var json = new Utf8JsonWriter(stdout, CsvCommand.JsonOptions);
        json.WriteStartObject();
        json.WriteNumber("matched", outcome.Matched);
        json.WriteNumber("totalScore", outcome.TotalScore.Value);
        json.WriteNumber("candidates", outcome.Problem.CandidateCount);
        WriteArray(json, stdout, "assignments", outcome.Proposals, static (json, p) =>
        {
            json.WriteStartObject();
            json.WriteString("menteeId", p.MenteeId);
            json.WriteString("mentorId", p.MentorId);
            json.WriteNumber("score", p.Score.Value);
            json.WriteBoolean("approved", p.Approved);
            json.WriteStartArray("breakdown");
            foreach (var c in p.Breakdown)
            {
                json.WriteStartObject();
                json.WriteString("criterion", c.Criterion.ToString());
                json.WriteNumber("points", c.Points.Value);
                WriteFacts(json, c.Facts);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        WriteArray(json, stdout, "unmatched", outcome.Unmatched, static (json, u) =>
        {
            json.WriteStartObject();
            json.WriteString("menteeId", u.MenteeId);
            json.WriteString("reason", u.Reason.ToString());
            WriteFacts(json, u.Facts);
            json.WriteEndObject();
        });
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
        stdout.Flush();
    }

    /// <summary>
    /// Writes <c>"name":[item,…]</c>: the items are serialised in parallel, in slices, each slice as
    /// its own array whose brackets are dropped, then written in order between the writer's own
    /// brackets. The bytes are those one writer would give.
    /// </summary>
    private static void WriteArray<T>(Utf8JsonWriter json, Stream stdout, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        const int slice = 2048;
        var slices = new ArrayBufferWriter<byte>[(items.Count + slice - 1) / slice];
        Parallel.For(0, slices.Length, k =>
        {
            var buffer = new ArrayBufferWriter<byte>(1 << 20);
            using (var part = new Utf8JsonWriter(buffer, CsvCommand.JsonOptions))
            {
                part.WriteStartArray();
                for (var i = k * slice; i < Math.Min(items.Count, (k + 1) * slice); i++)
                    write(part, items[i]);
                part.WriteEndArray();
            }

            slices[k] = buffer;
        });

        json.WriteStartArray(name);
        json.Flush();
        for (var k = 0; k < slices.Length; k++)
        {
            if (k > 0)
                stdout.WriteByte((byte)',');
            stdout.Write(slices[k].WrittenSpan[1..^1]);
        }

        json.WriteEndArray();
    }

    private static void WriteFacts(Utf8JsonWriter json, Facts facts)
    {
        json.WriteStartObject("facts");
        foreach (var (key, value) in facts)
        {
            switch (value)
            {
                case string s:
                    json.WriteString(key, s);
                    break;
                case long l:
                    json.WriteNumber(key, l);
                    break;
                case bool b:
                    json.WriteBoolean(key, b);
                    break;
                case string[] list:
                    json.WriteStartArray(key);
                    foreach (var item in list)
                        json.WriteStringValue(item);
                    json.WriteEndArray();
                    break;
                default:
                    json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the scored pairs as the CSV contract's files, for other solvers to check the optimum.</summary>
    private static void Export(MatchingOutcome outcome, string folder)
    {
        Directory.CreateDirectory(folder);
        var p = outcome.Problem;
        using (var mentors = new StreamWriter(Path.Combine(folder, "mentors.csv")))
        {
            mentors.Write("mentor_id,capacity\n");
            for (var v = 0; v < p.MentorIds.Count; v++)
                mentors.Write(string.Create(CultureInfo.InvariantCulture, $"{p.MentorIds[v]},{p.Capacities[v]}\n"));
        }

        using (var approved = new StreamWriter(Path.Combine(folder, "approved.csv")))
        {
            approved.Write("mentee_id,mentor_id,score\n");
            foreach (var (mentee, mentor, score) in p.FixedPairs())
                approved.Write($"{mentee},{mentor},{score}\n");
        }

        using var candidates = new StreamWriter(Path.Combine(folder, "candidates.csv"));
        candidates.Write("mentee_id,mentor_id,score\n");
        foreach (var (mentee, mentor, score) in p.Candidates())
            candidates.Write($"{mentee},{mentor},{score}\n");
    }
}
