using System.Globalization;
using System.Text.Json;
using Ponte.Domain.Outcomes;

namespace Ponte.Cli;

/// <summary>
/// <c>ponte indicators --organisations O.csv --people P.csv --events E.csv [--actions A.csv]
/// [--targets T.csv] --from YYYY-MM-DD --to YYYY-MM-DD</c>: the funder's indicators of
/// <see cref="IndicatorEngine"/> as one JSON object. Malformed input exits with 2 and one line
/// on stderr naming the file, the line and the problem.
/// </summary>
internal static class IndicatorsCommand
{
    public const string Name = "indicators";

    public const string Usage =
        "ponte indicators --organisations O.csv --people P.csv --events E.csv [--actions A.csv] [--targets T.csv] --from YYYY-MM-DD --to YYYY-MM-DD";

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var options = UsageException.Options(args, ["--organisations", "--people", "--events", "--actions", "--targets", "--from", "--to"], ["--stats"]);
        var organisations = options.GetValueOrDefault("--organisations");
        var people = options.GetValueOrDefault("--people");
        var events = options.GetValueOrDefault("--events");
        var actions = options.GetValueOrDefault("--actions");
        var targets = options.GetValueOrDefault("--targets");
        var from = options.GetValueOrDefault("--from");
        var to = options.GetValueOrDefault("--to");
        var stats = options.ContainsKey("--stats");
        if (organisations is null || people is null || events is null)
            throw new UsageException("indicators needs --organisations, --people and --events");
        var start = Day(from, "--from");
        var end = Day(to, "--to");
        if (start > end)
            throw new UsageException($"--from {from} is after --to {to}");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var facts = new OutcomeFacts();
        ReadOrganisations(organisations, facts);
        ReadPeople(people, facts);
        if (actions is not null)
            ReadActions(actions, facts);
        ReadEvents(events, facts);
        if (targets is not null)
            ReadTargets(targets, facts);
        var read = clock.Elapsed;
        var report = IndicatorEngine.Compute(facts, start, end);
        var computed = clock.Elapsed;
        Write(report, stdout);
        if (stats)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"people={facts.PersonCount} events={facts.EventCount} read_ms={read.TotalMilliseconds:F0} compute_ms={(computed - read).TotalMilliseconds:F0} write_ms={(clock.Elapsed - computed).TotalMilliseconds:F0}"));
        }

        return Program.Ok;
    }

    private static DateOnly Day(string? text, string option)
    {
        if (text is null)
            throw new UsageException($"indicators needs {option} YYYY-MM-DD");
        return OutcomeWords.TryDate(text, out var day) ? day : throw new UsageException($"{option} \"{text}\" is not a date YYYY-MM-DD");
    }

    private static void ReadOrganisations(string path, OutcomeFacts facts)
    {
        var csv = CsvFile.Open(path);
        var col = csv.Header("organisation_id", "country");
        while (csv.Next())
        {
            csv.RequireFields(col);
            var id = csv[col[0]].Trim().ToString();
            if (!OutcomeWords.TryCountry(csv[col[1]].Trim(), out var country))
                throw csv.Error($"country \"{Shown(csv[col[1]])}\" is not an ISO 3166-1 alpha-2 code");
            Check(csv, facts.AddOrganisation(id, country), "organisation_id", id);
        }
    }

    private static void ReadPeople(string path, OutcomeFacts facts)
    {
        var csv = CsvFile.Open(path);
        var col = csv.Header("person_id", "role", "sex", "birth_date", "labour_status", "education", "third_country_national", "foreign_background", "disability", "homeless");
        while (csv.Next())
        {
            csv.RequireFields(col);
            var id = csv[col[0]].Trim().ToString();
            var role = Word<FactRole>(csv, col[1], "role", OutcomeWords.TryRole);
            var sex = Word<FactSex>(csv, col[2], "sex", OutcomeWords.TrySex);
            DateOnly? birth = null;
            var birthText = csv[col[3]].Trim();
            if (!birthText.IsEmpty)
            {
                birth = OutcomeWords.TryDate(birthText, out var b) ? b : throw csv.Error($"birth_date \"{Shown(birthText)}\" is not a date YYYY-MM-DD");
            }

            var labour = Word<EntryLabourStatus>(csv, col[4], "labour_status", OutcomeWords.TryLabourStatus);
            if (!OutcomeWords.TryEducation(csv[col[5]].Trim(), out var education))
                throw csv.Error($"unknown education \"{Shown(csv[col[5]])}\": expected 0 to 8 or unknown");
            var tcn = Word<YesNoUnknown>(csv, col[6], "third_country_national", OutcomeWords.TryYesNo);
            var foreign = Word<YesNoUnknown>(csv, col[7], "foreign_background", OutcomeWords.TryYesNo);
            var disability = Word<DisabilityAnswer>(csv, col[8], "disability", OutcomeWords.TryDisability);
            var homeless = Word<YesNoUnknown>(csv, col[9], "homeless", OutcomeWords.TryYesNo);
            Check(csv, facts.AddPerson(new PersonFact(id, role, sex, birth, labour, education, tcn, foreign, disability, homeless)), "person_id", id);
        }
    }

    private static void ReadActions(string path, OutcomeFacts facts)
    {
        var csv = CsvFile.Open(path);
        var col = csv.Header("action_id", "date", "countries");
        while (csv.Next())
        {
            csv.RequireFields(col);
            var id = csv[col[0]].Trim().ToString();
            var date = Date(csv, col[1]);
            var countries = new List<string>();
            foreach (var part in csv[col[2]].ToString().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!OutcomeWords.TryCountry(part, out var country))
                    throw csv.Error($"country \"{Shown(part)}\" is not an ISO 3166-1 alpha-2 code");
                countries.Add(country);
            }

            Check(csv, facts.AddAction(id, date, countries), "action_id", id);
        }
    }

    private static void ReadEvents(string path, OutcomeFacts facts)
    {
        var csv = CsvFile.Open(path);
        var col = csv.Header("person_id", "organisation_id", "date", "kind", "value");
        while (csv.Next())
        {
            csv.RequireFields(col);
            var date = Date(csv, col[2]);
            var kindText = csv[col[3]].Trim();
            if (!OutcomeWords.TryKind(kindText, out var kind))
                throw csv.Error($"unknown kind \"{Shown(kindText)}\"");
            var value = Value(csv, facts, kind, csv[col[4]].Trim());
            var person = csv[col[0]].Trim();
            var organisation = csv[col[1]].Trim();
            switch (facts.AddEvent(person, organisation, date, value))
            {
                case OutcomeInputError.None:
                    break;
                case OutcomeInputError.UnknownPerson:
                    throw csv.Error($"unknown person_id \"{Shown(person)}\"");
                case OutcomeInputError.UnknownOrganisation:
                    throw csv.Error($"unknown organisation_id \"{Shown(organisation)}\"");
                case OutcomeInputError.UnknownAction:
                    throw csv.Error($"unknown action_id \"{Shown(value.Text)}\"");
                case var other:
                    throw csv.Error($"{OutcomeWords.Word(kind)}: {other}");
            }
        }
    }

    private static FactValue Value(CsvFile csv, OutcomeFacts facts, FactKind kind, ReadOnlySpan<char> text)
    {
        switch (kind)
        {
            case FactKind.Entered:
                return FactValue.Entered();
            case FactKind.Left:
                return OutcomeWords.TryLeft(text, out var how)
                    ? FactValue.Left(how)
                    : throw csv.Error($"unknown left value \"{Shown(text)}\": expected completed, ended_early or withdrawn");
            case FactKind.Status:
                return OutcomeWords.TryStatus(text, out var status)
                    ? FactValue.Status(status)
                    : throw csv.Error($"unknown status value \"{Shown(text)}\"");
            case FactKind.Qualification or FactKind.TrainingCompleted or FactKind.JobInterview or FactKind.JobOffer:
                return FactValue.Evidence(kind);
            case FactKind.LanguageLevel:
                return OutcomeWords.TryLanguageLevel(text, out var language, out var rank)
                    ? FactValue.LanguageLevel(language, rank)
                    : throw csv.Error($"unknown language_level value \"{Shown(text)}\": expected code:level, e.g. pt:A2");
            case FactKind.Rating:
                return OutcomeWords.TryRating(text, out var indicator, out var score) switch
                {
                    OutcomeWords.RatingError.None => FactValue.Rating(indicator, score),
                    OutcomeWords.RatingError.OutOfRange => throw csv.Error($"rating \"{Shown(text)}\" is outside 1–5"),
                    _ => throw csv.Error($"unknown rating value \"{Shown(text)}\": expected Indicator:score, e.g. HardSkills:3"),
                };
            case FactKind.Participation:
                return facts.TryAction(text, out var action) ? FactValue.Participation(action) : throw csv.Error($"unknown action_id \"{Shown(text)}\"");
            default:
                if (OutcomeWords.TrySatisfaction(text, out var satisfaction, out var isNumber))
                    return FactValue.Satisfaction(satisfaction);
                throw csv.Error(isNumber ? $"satisfaction \"{Shown(text)}\" is outside 1–5" : $"unknown satisfaction value \"{Shown(text)}\": expected 1 to 5");
        }
    }

    private static void ReadTargets(string path, OutcomeFacts facts)
    {
        var csv = CsvFile.Open(path);
        var col = csv.Header("code", "target");
        while (csv.Next())
        {
            csv.RequireFields(col);
            var code = csv[col[0]].Trim().ToString();
            var text = csv[col[1]].Trim();
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var target))
                throw csv.Error($"target \"{Shown(text)}\" is not a number");
            switch (facts.SetTarget(code, target))
            {
                case OutcomeInputError.None:
                    break;
                case OutcomeInputError.UnknownCode:
                    throw csv.Error($"unknown indicator code \"{Shown(code)}\"");
                case OutcomeInputError.TargetNotPositive:
                    throw csv.Error($"target {Shown(text)} is not above 0");
                case var _:
                    throw csv.Error($"duplicate target for \"{Shown(code)}\"");
            }
        }
    }

    private delegate bool Parser<T>(ReadOnlySpan<char> text, out T value);

    private static T Word<T>(CsvFile csv, int column, string name, Parser<T> parse)
    {
        var text = csv[column].Trim();
        return parse(text, out var value) ? value : throw csv.Error($"unknown {name} \"{Shown(text)}\"");
    }

    private static DateOnly Date(CsvFile csv, int column)
    {
        var text = csv[column].Trim();
        return OutcomeWords.TryDate(text, out var date) ? date : throw csv.Error($"date \"{Shown(text)}\" is not a date YYYY-MM-DD");
    }

    private static void Check(CsvFile csv, OutcomeInputError error, string column, string id)
    {
        switch (error)
        {
            case OutcomeInputError.None:
                return;
            case OutcomeInputError.EmptyId:
                throw csv.Error($"{column} is empty");
            default:
                throw csv.Error($"duplicate {column} \"{Shown(id)}\"");
        }
    }

    private static string Shown(ReadOnlySpan<char> text) => CsvFile.Truncate(text.Trim());

    private static void Write(IndicatorReport report, Stream stdout)
    {
        using var json = new Utf8JsonWriter(stdout, CsvCommand.JsonOptions);
        json.WriteStartObject();
        json.WriteString("from", OutcomeWords.DateWord(report.From));
        json.WriteString("to", OutcomeWords.DateWord(report.To));
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteString("code", row.Code);
            json.WriteString("by", row.By);
            json.WriteString("key", row.Key);
            Number(json, "cumulative", row.Cumulative);
            Number(json, "period", row.Period);
            if (row.HasTarget)
            {
                Number(json, "target", row.Target);
                Number(json, "progress", row.Progress);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
        stdout.Flush();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }
}
