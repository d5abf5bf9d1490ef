using System.Text;
using System.Text.Json;
using Ponte.Cli;
using Xunit;

namespace Ponte.Domain.Tests.Outcomes;

/// <summary>
/// The contract of <c>ponte indicators</c> on a small network worked out by hand: one JSON object
/// on stdout, or exit 2 and one line naming the file, the line and the problem.
/// </summary>
public sealed class IndicatorsCliTests : CliFolder
{
    private const string Organisations = "organisation_id,country\npt1,PT\nfi1,FI\nlv1,LV\n";

    private const string People = """
        person_id,role,sex,birth_date,labour_status,education,third_country_national,foreign_background,disability,homeless
        w1,mentee,woman,1990-05-10,unemployed,3,yes,no,no,no
        w2,mentee,woman,2008-02-29,long_term_unemployed,1,yes,yes,yes,yes
        x1,mentee,man,1960-01-01,employed,6,no,no,declined,unknown
        n1,mentee,nonbinary,,inactive,unknown,unknown,unknown,unknown,unknown
        z1,mentee,woman,1995-01-01,unemployed,2,yes,yes,no,no
        m1,mentor,woman,1980-01-01,employed,7,no,no,no,no

        """;

    private const string Actions = "action_id,date,countries\na1,2026-05-01,PT;FI\na2,2026-05-03,FI;fi\n";

    // Columns in another order than the contract lists them, quoting, a blank line.
    private const string Events = """
        date,person_id,organisation_id,kind,value
        2025-10-01,w1,pt1,entered,prog-lisbon
        2025-10-01,w1,pt1,language_level,pt:A1
        2025-12-15,w1,pt1,training_completed,"Care assistant, module 1"
        2026-02-01,w1,pt1,language_level,pt:A2
        2026-03-01,w1,pt1,left,completed
        2026-03-20,w1,pt1,status,employed
        2026-03-29,w1,pt1,status,job_searching
        2026-08-01,w1,pt1,status,employed

        2026-02-28,w2,fi1,entered,prog-helsinki
        2026-04-01,w2,lv1,entered,prog-riga
        2026-04-10,w2,fi1,rating,HardSkills:2
        2026-04-10,w2,fi1,rating,HardSkills:3
        2026-05-01,w2,fi1,participation,a1
        2026-05-02,w2,lv1,participation,a1
        2026-05-03,w2,fi1,participation,a2
        2026-06-01,w2,fi1,satisfaction,4
        2026-01-15,x1,pt1,entered,prog-lisbon
        2026-01-20,x1,pt1,status,employed
        2026-01-25,x1,pt1,left,ended_early
        2026-02-01,x1,pt1,qualification,Food safety
        2026-03-01,x1,pt1,entered,prog-lisbon
        2025-12-31,n1,fi1,entered,prog-helsinki
        2026-01-10,n1,fi1,left,withdrawn
        2026-01-10,n1,fi1,status,in_training
        2026-07-01,z1,pt1,entered,prog-lisbon
        2026-01-05,m1,pt1,entered,prog-lisbon
        2025-06-01,m1,lv1,entered,prog-riga
        2026-02-01,m1,pt1,satisfaction,5
        2025-12-01,m1,pt1,satisfaction,3
        2026-05-01,m1,pt1,participation,a1
        """;

    private const string Targets = "code,target\nEECO01,515\nCOMPETITIVENESS,10\nINTEGRATION_RATE,0.8\n";

    private string[] Args(string? organisations = null, string? people = null, string? events = null, string? actions = null, string? targets = null, string from = "2026-01-01", string to = "2026-06-30") =>
    [
        "indicators", "--organisations", File("o.csv", organisations ?? Organisations), "--people", File("p.csv", people ?? People),
        "--events", File("e.csv", events ?? Events), "--actions", File("a.csv", actions ?? Actions), "--targets", File("t.csv", targets ?? Targets),
        "--from", from, "--to", to,
    ];

    private static Dictionary<(string Code, string? By, string? Key), JsonElement> Rows(string stdout)
    {
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(
            r => (r.GetProperty("code").GetString()!, r.GetProperty("by").GetString(), r.GetProperty("key").GetString()),
            r => r.Clone());
    }

    /// <summary>A row's figures as "cumulative/period", e.g. "4/2" or "null/null".</summary>
    private static string Figures(JsonElement row) => $"{Number(row.GetProperty("cumulative"))}/{Number(row.GetProperty("period"))}";

    private static string Number(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? "null" : e.GetDecimal().ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_hand_worked_network_gives_every_figure_exactly()
    {
        var (code, stdout, stderr) = Run(Args());

        Assert.True(code == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        Assert.EndsWith("}\n", stdout, StringComparison.Ordinal);
        using (var doc = JsonDocument.Parse(stdout))
        {
            Assert.Equal(["from", "to", "rows"], doc.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal("2026-01-01", doc.RootElement.GetProperty("from").GetString());
            Assert.Equal("2026-06-30", doc.RootElement.GetProperty("to").GetString());
        }

        var rows = Rows(stdout);
        string F(string c, string? by = null, string? key = null) => Figures(rows[(c, by, key)]);

        // Participants: w1, w2, x1, n1 (z1 enters after --to; m1 is a mentor). In the period: w2, x1.
        Assert.Equal("4/2", F("EECO01"));
        Assert.Equal(["2/1", "1/1", "1/0", "0/0"], IndicatorKeys.Sex.Select(k => F("EECO01", "sex", k)));
        // w2 born 29 February 2008 is 17 on 28 February 2026: her birthday is 1 March.
        Assert.Equal(["1/1", "0/0", "1/0", "1/1", "1/0"], IndicatorKeys.Age.Select(k => F("EECO01", "age", k)));
        // w2 counts once, under her first entry's organisation (fi1), though she entered lv1 too.
        Assert.Equal("2/1", F("EECO01", "organisation", "pt1"));
        Assert.Equal("2/1", F("EECO01", "organisation", "fi1"));
        Assert.Equal("0/0", F("EECO01", "organisation", "lv1"));
        Assert.Equal("2/1", F("EECO01", "country", "PT"));
        Assert.Equal("0/0", F("EECO01", "country", "LV"));
        Assert.Equal("2/1", F("EECO02"));
        Assert.Equal("1/1", F("EECO03"));
        Assert.Equal("1/0", F("EECO04"));
        Assert.Equal("1/1", F("EECO05"));
        Assert.Equal("1/1", F("EECO06"));
        Assert.Equal("0/0", F("EECO07"));
        Assert.Equal("1/1", F("EECO08"));
        Assert.Equal("1/1", F("EECO09"));
        Assert.Equal("1/0", F("EECO10"));
        Assert.Equal("1/1", F("EECO11"));
        Assert.Equal("1/1", F("EECO12"));
        Assert.Equal("2/1", F("EECO13"));
        Assert.Equal("1/1", F("EECO14"));
        Assert.Equal("1/1", F("EECO16"));
        Assert.Equal("1/1", F("EECO16", "sex", "woman"));

        // Left: w1 (situation upon leaving: the last status within 28 days, job searching) and n1
        // (in training). x1 left, then entered again: she has not left.
        Assert.Equal("2/2", F("LEFT"));
        Assert.Equal("1/1", F("LEFT", "sex", "nonbinary"));
        Assert.Equal("1/1", F("EECR01"));
        Assert.Equal("1/1", F("EECR02"));
        Assert.Equal("0/0", F("EECR03"));
        Assert.Equal("0/0", F("EECR04"));
        Assert.Equal("0/0", F("EECR05")); // w1's employment six months on is dated after --to
        Assert.Equal("0.5/0.5", F("INTEGRATION_RATE"));

        // Competitiveness at the first evidence: w1's training (before the period), w2's rating one
        // above her baseline of the same date, x1's qualification, n1's training status.
        Assert.Equal("4/3", F("COMPETITIVENESS"));
        Assert.Equal("2/1", F("COMPETITIVENESS", "sex", "woman"));
        Assert.Equal("1/0", F("COMPETITIVENESS", "age", "30-54"));
        Assert.Equal("2/2", F("COMPETITIVENESS", "country", "FI"));

        // m1's first entry is in Riga, before the period.
        Assert.Equal("1/0", F("MENTORS"));
        Assert.Equal("1/0", F("MENTORS", "organisation", "lv1"));
        Assert.Equal("0/0", F("MENTORS", "organisation", "pt1"));

        // (w2, a1) once though she took part twice; (m1, a1); a2 lists one country twice.
        Assert.Equal("2/2", F("RCO81"));

        // m1's last satisfaction by date is 5, though the 3 is on a later line.
        Assert.Equal("4/4", F("SATISFACTION", "role", "mentee"));
        Assert.Equal("5/5", F("SATISFACTION", "role", "mentor"));

        Assert.Equal(515m, rows[("EECO01", null, null)].GetProperty("target").GetDecimal());
        Assert.Equal(0.0078m, rows[("EECO01", null, null)].GetProperty("progress").GetDecimal());
        Assert.Equal(0.4m, rows[("COMPETITIVENESS", null, null)].GetProperty("progress").GetDecimal());
        Assert.Equal(0.625m, rows[("INTEGRATION_RATE", null, null)].GetProperty("progress").GetDecimal());
        Assert.False(rows[("EECO02", null, null)].TryGetProperty("target", out _));
        Assert.False(rows[("EECO01", "sex", "woman")].TryGetProperty("target", out _));
    }

    [Fact]
    public void Every_code_has_exactly_its_rows_and_zero_rows_are_listed()
    {
        var (code, stdout, stderr) = Run(Args(events: "person_id,organisation_id,date,kind,value\n", targets: "code,target\n"));

        Assert.True(code == 0, stderr);
        var rows = Rows(stdout);
        var byCode = rows.Keys.GroupBy(k => k.Code).ToDictionary(g => g.Key, g => g.Select(k => k.By is null ? "total" : $"{k.By}:{k.Key}").ToList());
        var sex = IndicatorKeys.Sex.Select(k => "sex:" + k).ToList();
        var places = new[] { "organisation:pt1", "organisation:fi1", "organisation:lv1", "country:PT", "country:FI", "country:LV" };
        foreach (var c in new[] { "EECO02", "EECO03", "EECO04", "EECO05", "EECO06", "EECO07", "EECO08", "EECO09", "EECO10", "EECO11", "EECO12", "EECO13", "EECO14", "EECO16", "EECR01", "EECR02", "EECR03", "EECR04", "EECR05", "LEFT" })
            Assert.Equal(["total", .. sex], byCode[c]);
        foreach (var c in new[] { "EECO01", "COMPETITIVENESS" })
            Assert.Equal(["total", .. sex, .. IndicatorKeys.Age.Select(k => "age:" + k), .. places], byCode[c]);
        Assert.Equal(["total", "organisation:pt1", "organisation:fi1", "organisation:lv1"], byCode["MENTORS"]);
        Assert.Equal(["role:mentee", "role:mentor"], byCode["SATISFACTION"]);
        Assert.Equal(["total"], byCode["RCO81"]);
        Assert.Equal(["total"], byCode["INTEGRATION_RATE"]);
        Assert.Equal(26, byCode.Count);
        Assert.Equal("0/0", Figures(rows[("EECO01", null, null)]));
        Assert.Equal("null/null", Figures(rows[("SATISFACTION", "role", "mentee")]));
        Assert.Equal("null/null", Figures(rows[("INTEGRATION_RATE", null, null)]));
    }

    public static TheoryData<string, string, string> Malformed() => new()
    {
        { "o.csv", "organisation,country\npt1,PT\n", "o.csv:1: missing header" },
        { "o.csv", "organisation_id,country\npt1,PT\npt1,FI\n", "o.csv:3: duplicate organisation_id \"pt1\"" },
        { "o.csv", "organisation_id,country\npt1,Portugal\n", "o.csv:2: country \"Portugal\" is not an ISO 3166-1 alpha-2 code" },
        { "p.csv", "person_id,role,sex\nw1,mentee,woman\n", "p.csv:1: missing header" },
        { "p.csv", People.Replace("w2,mentee", "w1,mentee", StringComparison.Ordinal), "p.csv:3: duplicate person_id \"w1\"" },
        { "p.csv", People.Replace("n1,mentee,nonbinary", "n1,mentee,female", StringComparison.Ordinal), "p.csv:5: unknown sex \"female\"" },
        { "p.csv", People.Replace("1990-05-10", "1990-02-30", StringComparison.Ordinal), "p.csv:2: birth_date \"1990-02-30\" is not a date" },
        { "p.csv", People.Replace(",3,yes", ",9,yes", StringComparison.Ordinal), "p.csv:2: unknown education \"9\"" },
        { "p.csv", People.Replace("declined", "maybe", StringComparison.Ordinal), "p.csv:4: unknown disability \"maybe\"" },
        { "e.csv", Events.Replace("2026-02-28,w2", "2026-02-29,w2", StringComparison.Ordinal), "e.csv:11: date \"2026-02-29\" is not a date" },
        { "e.csv", Events.Replace("training_completed", "course_done", StringComparison.Ordinal), "e.csv:4: unknown kind \"course_done\"" },
        { "e.csv", Events.Replace("left,withdrawn", "left,moved", StringComparison.Ordinal), "e.csv:25: unknown left value \"moved\"" },
        { "e.csv", Events.Replace("status,in_training", "status,retired", StringComparison.Ordinal), "e.csv:26: unknown status value \"retired\"" },
        { "e.csv", Events.Replace("pt:A2", "pt:A3", StringComparison.Ordinal), "e.csv:5: unknown language_level value \"pt:A3\"" },
        { "e.csv", Events.Replace("HardSkills:3", "HardSkills:6", StringComparison.Ordinal), "e.csv:14: rating \"HardSkills:6\" is outside 1–5" },
        { "e.csv", Events.Replace("HardSkills:3", "Courage:3", StringComparison.Ordinal), "e.csv:14: unknown rating value \"Courage:3\"" },
        { "e.csv", Events.Replace("satisfaction,4", "satisfaction,0", StringComparison.Ordinal), "e.csv:18: satisfaction \"0\" is outside 1–5" },
        { "e.csv", Events.Replace("participation,a2", "participation,a9", StringComparison.Ordinal), "e.csv:17: unknown action_id \"a9\"" },
        { "e.csv", Events.Replace("2026-01-15,x1,pt1", "2026-01-15,x9,pt1", StringComparison.Ordinal), "e.csv:19: unknown person_id \"x9\"" },
        { "e.csv", Events.Replace("2026-01-15,x1,pt1", "2026-01-15,x1,se1", StringComparison.Ordinal), "e.csv:19: unknown organisation_id \"se1\"" },
        { "e.csv", "person_id,organisation_id,date,kind\n", "e.csv:1: missing header" },
        { "a.csv", Actions + "a1,2026-06-01,PT;LV\n", "a.csv:4: duplicate action_id \"a1\"" },
        { "t.csv", "code,target\nEECO99,10\n", "t.csv:2: unknown indicator code \"EECO99\"" },
        { "t.csv", "code,target\nEECO01,0\n", "t.csv:2: target 0 is not above 0" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_input_exits_2_with_one_line_naming_file_line_and_problem(string culprit, string content, string expected)
    {
        var args = culprit switch
        {
            "o.csv" => Args(organisations: content),
            "p.csv" => Args(people: content),
            "e.csv" => Args(events: content),
            "a.csv" => Args(actions: content),
            _ => Args(targets: content),
        };

        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(Path.Combine(Dir, culprit), line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_starts_after_it_ends_is_refused()
    {
        var (code, stdout, stderr) = Run(Args(from: "2026-07-01", to: "2026-06-30"));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("--from 2026-07-01 is after --to 2026-06-30", Assert.Single(stderr.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.Equal(2, Run(Args(to: "2026-06-31")).Code);
    }
}

internal static class IndicatorKeys
{
    public static readonly string[] Sex = ["woman", "man", "nonbinary", "unknown"];

    public static readonly string[] Age = ["under18", "18-29", "30-54", "55+", "unknown"];
}
