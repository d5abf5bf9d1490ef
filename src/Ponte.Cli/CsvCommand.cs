using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ponte.Domain.Matching;

namespace Ponte.Cli;

/// <summary>The spreadsheet contract: candidates and mentors as CSV, the optimal assignment as JSON.</summary>
internal static class CsvCommand
{
    public static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Run(Options options, Stream stdout)
    {
        var clock = Stopwatch.StartNew();
        var builder = new MatchingProblemBuilder();
        var capacities = ReadMentors(options.Mentors!, builder);
        var approved = options.Approved is null ? null : ReadApproved(options.Approved, builder, capacities);
        ReadCandidates(options.Candidates!, builder, approved);
        if (approved is not null)
        {
            foreach (var pair in approved.Values)
            {
                if (pair.Score is null)
                    throw new InputException(options.Approved!, pair.Line, $"approved pair {pair.Mentee},{pair.Mentor} is not among the candidates");
                builder.Fix(pair.Mentee, pair.Mentor, pair.Score.Value);
            }
        }

        var problem = builder.Build();
        var parsed = clock.Elapsed;
        var solution = MatchingOptimizer.Solve(problem, options.Solver);
        var solved = clock.Elapsed;
        Write(solution, stdout);
        return string.Create(CultureInfo.InvariantCulture,
            $"solver={solution.Solver} {solution.Statistics} mentees={problem.MenteeIds.Count} mentors={problem.MentorIds.Count} candidates={problem.CandidateCount} matched={solution.Matched} read_ms={parsed.TotalMilliseconds:F1} solve_ms={solution.Elapsed.TotalMilliseconds:F1} write_ms={(clock.Elapsed - solved).TotalMilliseconds:F1}");
    }

    private static Dictionary<string, int> ReadMentors(string path, MatchingProblemBuilder builder)
    {
        var csv = CsvFile.Open(path);
        var col = csv.Header("mentor_id", "capacity");
        var capacities = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Next())
        {
            csv.RequireFields(col);
            var id = csv[col[0]].Trim();
            var text = csv[col[1]].Trim();
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var capacity))
                throw csv.Error($"capacity \"{CsvFile.Truncate(text)}\" is not a whole number");
            switch (builder.AddMentor(id, capacity))
            {
                case ProblemInputError.None:
                    break;
                case ProblemInputError.EmptyId:
                    throw csv.Error("mentor_id is empty");
                case ProblemInputError.NegativeCapacity:
                    throw csv.Error($"capacity {capacity} is negative");
                case ProblemInputError.DuplicateMentor:
                    throw csv.Error($"duplicate mentor \"{CsvFile.Truncate(id)}\"");
                case var other:
                    throw csv.Error(other.ToString());
            }

            capacities[id.ToString()] = capacity;
        }

        return capacities;
    }

    private sealed class ApprovedPair(string mentee, string mentor, int line)
    {
        public string Mentee { get; } = mentee;

        public string Mentor { get; } = mentor;

        public int Line { get; } = line;

        public Points? Score { get; set; }
    }

    private static Dictionary<string, ApprovedPair> ReadApproved(string path, MatchingProblemBuilder builder, Dictionary<string, int> capacities)
    {
        var csv = CsvFile.Open(path);
        var col = csv.Header("mentee_id", "mentor_id");
        var scoreColumn = csv.OptionalColumn("score");
        var pairs = new Dictionary<string, ApprovedPair>(StringComparer.Ordinal);
        var load = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Next())
        {
            csv.RequireFields(col);
            var mentee = csv[col[0]].Trim().ToString();
            var mentor = csv[col[1]].Trim().ToString();
            if (mentee.Length == 0 || mentor.Length == 0)
                throw csv.Error(mentee.Length == 0 ? "mentee_id is empty" : "mentor_id is empty");
            if (!capacities.TryGetValue(mentor, out var capacity))
                throw csv.Error($"unknown mentor id \"{CsvFile.Truncate(mentor)}\"");
            var pair = new ApprovedPair(mentee, mentor, csv.Line);
            if (scoreColumn >= 0 && scoreColumn < csv.FieldCount && !csv[scoreColumn].Trim().IsEmpty)
            {
                var text = csv[scoreColumn];
                if (Points.TryParse(text, out var score) != Points.ParseError.None)
                    throw csv.Error($"score \"{CsvFile.Truncate(text.Trim())}\" is not a score ≥ 0 with at most 2 decimals");
                pair.Score = score;
            }

            if (!pairs.TryAdd(mentee, pair))
                throw csv.Error($"mentee \"{CsvFile.Truncate(mentee)}\" is approved twice");
            load[mentor] = load.GetValueOrDefault(mentor) + 1;
            if (load[mentor] > capacity)
                throw csv.Error($"mentor \"{CsvFile.Truncate(mentor)}\" has capacity {capacity} and more approved pairs");
        }

        return pairs;
    }

    private static void ReadCandidates(string path, MatchingProblemBuilder builder, Dictionary<string, ApprovedPair>? approved)
    {
        var csv = CsvFile.Open(path);
        var col = csv.Header("mentee_id", "mentor_id", "score");
        var lookup = approved?.GetAlternateLookup<ReadOnlySpan<char>>();
        while (csv.Next())
        {
            csv.RequireFields(col);
            var mentee = csv[col[0]].Trim();
            var mentor = csv[col[1]].Trim();
            var text = csv[col[2]];
            if (mentee.IsEmpty)
                throw csv.Error("mentee_id is empty");
            if (mentor.IsEmpty)
                throw csv.Error("mentor_id is empty");
            var error = Points.TryParse(text, out var score);
            if (error != Points.ParseError.None)
            {
                var shown = CsvFile.Truncate(text.Trim());
                throw csv.Error(error switch
                {
                    Points.ParseError.TooManyDecimals => $"score \"{shown}\" has more than 2 decimals",
                    Points.ParseError.Negative => $"score \"{shown}\" is negative",
                    Points.ParseError.TooLarge => $"score \"{shown}\" is larger than {Points.FormatCents(Points.MaxCents)}",
                    _ => $"score \"{shown}\" is not a number",
                });
            }

            switch (builder.AddCandidate(mentee, mentor, score))
            {
                case ProblemInputError.None:
                    break;
                case ProblemInputError.UnknownMentor:
                    throw csv.Error($"unknown mentor id \"{CsvFile.Truncate(mentor)}\"");
                case ProblemInputError.DuplicatePair:
                    throw csv.Error($"duplicate pair {CsvFile.Truncate(mentee)},{CsvFile.Truncate(mentor)}");
                case var other:
                    throw csv.Error(other.ToString());
            }

            if (lookup is { } l && l.TryGetValue(mentee, out var pair) && mentor.SequenceEqual(pair.Mentor))
                pair.Score ??= score;
        }
    }

    private static void Write(MatchingSolution solution, Stream stdout)
    {
        using var json = new Utf8JsonWriter(stdout, JsonOptions);
        json.WriteStartObject();
        json.WriteNumber("matched", solution.Matched);
        json.WriteNumber("totalScore", solution.TotalScore.Value);
        json.WriteStartArray("assignments");
        foreach (var a in solution.Assignments)
        {
            json.WriteStartObject();
            json.WriteString("menteeId", a.MenteeId);
            json.WriteString("mentorId", a.MentorId);
            json.WriteNumber("score", a.Score.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
        stdout.Flush();
    }
}
