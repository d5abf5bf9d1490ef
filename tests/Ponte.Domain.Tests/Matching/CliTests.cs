using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Ponte.Cli;
using Xunit;

namespace Ponte.Domain.Tests.Matching;

/// <summary>The contract of <c>ponte match</c>: one JSON object on stdout, or exit 2 and one line naming file, line and problem.</summary>
public sealed class CliTests : CliFolder
{
    private const string Mentors = "mentor_id,capacity\nm1,1\nm2,2\n";
    private const string Candidates = "mentee_id,mentor_id,score\ne1,m1,10.5\ne1,m2,3\ne2,m1,9.99\ne3,m2,0\n";

    [Fact]
    public void Good_files_give_exactly_one_json_object_with_the_optimum()
    {
        var (code, stdout, stderr) = Run("match", "--candidates", File("c.csv", Candidates), "--mentors", File("m.csv", Mentors));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["matched", "totalScore", "assignments"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("matched").GetInt32());
        Assert.Equal(12.99m, root.GetProperty("totalScore").GetDecimal());
        Assert.Equal(
            [("e1", "m2", 3m), ("e2", "m1", 9.99m), ("e3", "m2", 0m)],
            root.GetProperty("assignments").EnumerateArray().Select(a =>
                (a.GetProperty("menteeId").GetString(), a.GetProperty("mentorId").GetString(), a.GetProperty("score").GetDecimal())));
        Assert.All(root.GetProperty("assignments").EnumerateArray(), a => Assert.Equal(3, a.EnumerateObject().Count()));
        Assert.Single(stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Quoted_fields_crlf_a_byte_order_mark_and_columns_in_another_order_are_read()
    {
        var c = File("c.csv", "\uFEFFscore,mentor_id,mentee_id\r\n\"7.50\",\"m1\",\"e \"\"one\"\"\"\r\n\r\n");
        var (code, stdout, _) = Run("match", "--candidates", c, "--mentors", File("m.csv", Mentors));

        Assert.Equal(0, code);
        Assert.Contains("\"menteeId\":\"e \\\"one\\\"\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"totalScore\":7.5", stdout, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> Malformed() => new()
    {
        { "c.csv", "mentee,mentor,points\ne1,m1,1\n", Mentors, "c.csv:1: missing header" },
        { "c.csv", "", Mentors, "c.csv:1: missing header" },
        { "c.csv", "mentee_id,mentor_id,score\ne1,m1,1\ne2,m1,abc\n", Mentors, "c.csv:3: score \"abc\" is not a number" },
        { "c.csv", "mentee_id,mentor_id,score\ne1,m1,1.234\n", Mentors, "c.csv:2: score \"1.234\" has more than 2 decimals" },
        { "c.csv", "mentee_id,mentor_id,score\ne1,m1,-2\n", Mentors, "c.csv:2: score \"-2\" is negative" },
        { "c.csv", "mentee_id,mentor_id,score\ne1,m1,1\n\ne1,m9,1\n", Mentors, "c.csv:4: unknown mentor id \"m9\"" },
        { "c.csv", "mentee_id,mentor_id,score\ne1,m1,1\ne1,m1,2\n", Mentors, "c.csv:3: duplicate pair e1,m1" },
        { "c.csv", "mentee_id,mentor_id,score\ne1,m1\n", Mentors, "c.csv:2: expected at least 3 fields, found 2" },
        { "c.csv", "mentee_id,mentor_id,score\n,m1,1\n", Mentors, "c.csv:2: mentee_id is empty" },
        { "c.csv", "mentee_id,mentor_id,score\n\"e1,m1,1\n", Mentors, "c.csv:2: a quoted field is not closed" },
        { "m.csv", Candidates, "mentor_id,capacity\nm1,1\nm2,-1\n", "m.csv:3: capacity -1 is negative" },
        { "m.csv", Candidates, "mentor_id,capacity\nm1,1\nm2,two\n", "m.csv:3: capacity \"two\" is not a whole number" },
        { "m.csv", Candidates, "mentor_id,capacity\nm1,1\nm1,2\n", "m.csv:3: duplicate mentor \"m1\"" },
        { "m.csv", Candidates, "id,capacity\nm1,1\n", "m.csv:1: missing header" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_input_exits_2_with_one_line_naming_file_line_and_problem(string culprit, string candidates, string mentors, string expected)
    {
        var c = File("c.csv", candidates);
        var m = File("m.csv", mentors);

        var (code, stdout, stderr) = Run("match", "--candidates", c, "--mentors", m);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.EndsWith("\n", stderr, StringComparison.Ordinal);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(Path.Combine(Dir, culprit), line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_option_exits_2_with_one_line()
    {
        var (code, _, stderr) = Run("match", "--candidates", Path.Combine(Dir, "nope.csv"), "--mentors", File("m.csv", Mentors));
        Assert.Equal((2, 1), (code, stderr.TrimEnd('\n').Split('\n').Length));
        Assert.Contains("nope.csv: cannot be read", stderr, StringComparison.Ordinal);

        (code, _, stderr) = Run("match", "--mentors", File("m2.csv", Mentors));
        Assert.Equal(2, code);
        Assert.StartsWith("ponte: match needs --candidates and --mentors", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Approved_pairs_stay_and_use_a_place()
    {
        var approved = File("a.csv", "mentee_id,mentor_id\ne2,m2\n");
        var (code, stdout, _) = Run("match", "--candidates", File("c.csv", Candidates + "e2,m2,1\n"), "--mentors", File("m.csv", "mentor_id,capacity\nm1,1\nm2,1\n"), "--approved", approved);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var pairs = json.RootElement.GetProperty("assignments").EnumerateArray()
            .Select(a => (a.GetProperty("menteeId").GetString(), a.GetProperty("mentorId").GetString())).ToList();
        Assert.Equal([("e1", "m1"), ("e2", "m2")], pairs);
    }

    [Fact]
    public void An_approved_pair_with_its_own_score_need_not_be_a_candidate_but_one_without_must()
    {
        var m = File("m.csv", Mentors);
        var c = File("c.csv", Candidates);
        var (code, stdout, _) = Run("match", "--candidates", c, "--mentors", m, "--approved", File("a.csv", "mentee_id,mentor_id,score\ne9,m1,50\n"));
        Assert.Equal(0, code);
        Assert.Contains("{\"menteeId\":\"e9\",\"mentorId\":\"m1\",\"score\":50}", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"mentorId\":\"m1\",\"score\":10.5", stdout, StringComparison.Ordinal);

        var (bad, _, stderr) = Run("match", "--candidates", c, "--mentors", m, "--approved", File("b.csv", "mentee_id,mentor_id\ne9,m1\n"));
        Assert.Equal(2, bad);
        Assert.Contains("b.csv:2: approved pair e9,m1 is not among the candidates", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Profiles_are_scored_and_explained_with_reasons_for_the_unmatched()
    {
        const string profiles = """
            {
              "programmes": [{ "id": "lisbon", "weights": { "proximity": 0 }, "interpreterLanguages": [] }],
              "mentees": [
                { "id": "tatiana", "programme": "lisbon", "gender": "Woman", "countryOfOrigin": "UA", "targetGroup": 3,
                  "languages": [{ "code": "uk", "level": "Native" }], "availability": ["Mon-Evening", "Wed-Evening"],
                  "interests": ["web marketing"], "supportAreas": ["JobSearch"], "preferences": { "womanMentorOnly": true } },
                { "id": "samira", "programme": "lisbon", "targetGroup": 1, "languages": [{ "code": "ar", "level": "Native" }],
                  "supportAreas": ["Entrepreneurship"] }
              ],
              "mentors": [
                { "id": "ana", "programme": "lisbon", "gender": "Woman", "capacity": 2, "experiencedWithVulnerableGroups": true,
                  "languages": [{ "code": "pt", "level": "Native" }, { "code": "uk", "level": "Fluent" }],
                  "availability": ["Mon-Evening"], "supportAreas": ["JobSearch"] }
              ]
            }
            """;
        var (code, stdout, stderr) = Run("match", "--profiles", File("p.json", profiles));

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("matched").GetInt32());
        var a = Assert.Single(root.GetProperty("assignments").EnumerateArray());
        Assert.Equal(("tatiana", "ana"), (a.GetProperty("menteeId").GetString(), a.GetProperty("mentorId").GetString()));
        var breakdown = a.GetProperty("breakdown").EnumerateArray().ToList();
        Assert.Equal(a.GetProperty("score").GetDecimal(), breakdown.Sum(c => c.GetProperty("points").GetDecimal()));
        var language = breakdown.Single(c => c.GetProperty("criterion").GetString() == "Language");
        Assert.Equal("uk", language.GetProperty("facts").GetProperty("language").GetString());
        Assert.Equal(0m, breakdown.Single(c => c.GetProperty("criterion").GetString() == "Proximity").GetProperty("points").GetDecimal());
        var unmatched = Assert.Single(root.GetProperty("unmatched").EnumerateArray());
        Assert.Equal(("samira", "NoMentorSharesLanguage"), (unmatched.GetProperty("menteeId").GetString(), unmatched.GetProperty("reason").GetString()));
    }

    [Theory]
    [InlineData("{ \"mentees\": [ { \"id\": \"e1\", } ", "p.json:1: invalid JSON")]
    [InlineData("{ \"mentees\": [], \"mentors\": [ { \"id\": \"m1\", \"gender\": \"Robot\" } ] }", "p.json: mentors[0].gender: unknown value \"Robot\"")]
    [InlineData("{ \"mentees\": [ { \"id\": \"e1\", \"availability\": [\"Someday\"] } ], \"mentors\": [] }", "p.json: mentees[0].availability[0]: \"Someday\" is not a slot")]
    [InlineData("{ \"mentees\": [ { \"programme\": \"p\" } ], \"mentors\": [] }", "p.json: mentees[0].id: id is missing")]
    [InlineData("{ \"mentees\": [], \"mentors\": [], \"colour\": 1 }", "p.json:1: invalid JSON")]
    [InlineData("{ \"mentors\": [ { \"id\": \"m1\", \"gender\": \"Robot\" } ],\n \"mentees\": [ { \"id\": \"e1\", \"gender\": \"Robot\" } ] }", "p.json: mentees[0].gender: unknown value \"Robot\"")]
    [InlineData("{ \"mentees\": [ { \"id\": \"e1\", \"gender\": \"Robot\" } ],\n \"mentors\": [ { \"id\": \"m1\", \"capacity\": 1.5 } ] }", "p.json:2: invalid JSON at $.mentors[0].capacity")]
    [InlineData("{ \"mentees\": [ { \"id\": \"e1\", \"languages\": [ { \"code\": \"uk\", \"levl\": \"Native\" } ] } ], \"mentors\": [] }", "p.json:1: invalid JSON at $.mentees[0].languages[0].levl")]
    [InlineData("{ \"mentees\": [ { \"id\": \"e1\", \"networkPool\": null } ], \"mentors\": [] }", "p.json:1: invalid JSON at $.mentees[0].networkPool")]
    [InlineData("{ \"mentors\": [] }", "p.json: \"mentees\" is missing")]
    public void Malformed_profiles_exit_2_with_one_line(string content, string expected)
    {
        var (code, stdout, stderr) = Run("match", "--profiles", File("p.json", content));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Profiles_take_names_in_any_case_comments_and_trailing_commas()
    {
        const string profiles = """
            {
              // The same as the example, written loosely.
              "Mentees": [ { "ID": "e1", "Languages": [ { "Code": "uk", "LEVEL": "fluent" }, ], "Availability": [ "mon-evening" ] }, ],
              "MENTORS": [ { "id": "m1", "languages": [ { "code": "UK" } ], "availability": [ "Mon-Evening" ], "Capacity": 1 } ],
              /* none */ "exclusions": null, "approved": [],
            }
            """;
        var (code, stdout, stderr) = Run("match", "--profiles", File("p.json", profiles));

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var a = Assert.Single(json.RootElement.GetProperty("assignments").EnumerateArray());
        Assert.Equal(("e1", "m1"), (a.GetProperty("menteeId").GetString(), a.GetProperty("mentorId").GetString()));
    }

    [Fact]
    public void The_built_command_runs_as_a_process()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ponte.dll");
        Assert.True(System.IO.File.Exists(dll), dll);
        var good = Process($"\"{dll}\" match --candidates \"{File("c.csv", Candidates)}\" --mentors \"{File("m.csv", Mentors)}\"");
        Assert.Equal(0, good.Code);
        Assert.StartsWith("{\"matched\":3,\"totalScore\":12.99,", good.Stdout, StringComparison.Ordinal);

        var bad = Process($"\"{dll}\" match --candidates \"{File("bad.csv", "mentee_id,mentor_id,score\ne1,m1,1,5\ne1,m1,x\n")}\" --mentors \"{File("m.csv", Mentors)}\"");
        Assert.Equal(2, bad.Code);
        Assert.Equal(string.Empty, bad.Stdout);
        Assert.Equal($"{Path.Combine(Dir, "bad.csv")}:3: score \"x\" is not a number\n", bad.Stderr);
    }

    private static (int Code, string Stdout, string Stderr) Process(string arguments)
    {
        var info = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = System.Diagnostics.Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000));
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
