using System.Globalization;
using System.IO.Compression;
using System.Text;
using Ponte.Domain.Outcomes;

namespace Ponte.Data.Outcomes;

public sealed record OrganisationRow(string Id, string Country);

/// <summary>One line of <c>events.csv</c>: the typed value for the engine and its word in the file.</summary>
public sealed record EventRow(string PersonId, string OrganisationId, DateOnly Date, FactValue Value, string Word);

public sealed record ActionRow(string Id, DateOnly Date, IReadOnlyList<string> Countries);

public sealed record TargetRow(string Code, decimal Target);

/// <summary>
/// The four tables of the <c>ponte indicators</c> contract (and the targets), as the site exports
/// them. The site's report is the engine run on exactly these rows, in this order; the export is
/// these rows written out, so the command on the export gives the same figures.
/// </summary>
public sealed record FactTables(
    IReadOnlyList<OrganisationRow> Organisations,
    IReadOnlyList<PersonFact> People,
    IReadOnlyList<EventRow> Events,
    IReadOnlyList<ActionRow> Actions,
    IReadOnlyList<TargetRow> Targets)
{
    /// <summary>Each pseudonym's participant records in the site (never exported): who a manager opens behind a figure.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Guid>> RecordsOf { get; init; } = new Dictionary<string, IReadOnlyList<Guid>>();

    public const string OrganisationsFile = "organisations.csv";
    public const string PeopleFile = "people.csv";
    public const string EventsFile = "events.csv";
    public const string ActionsFile = "actions.csv";
    public const string TargetsFile = "targets.csv";

    /// <summary>The engine's input: the same rows, added in order (a row the engine refuses is a bug here, and throws).</summary>
    public OutcomeFacts ToFacts()
    {
        var facts = new OutcomeFacts();
        foreach (var o in Organisations)
            Require(facts.AddOrganisation(o.Id, o.Country), o.Id);
        foreach (var p in People)
            Require(facts.AddPerson(p), p.Id);
        foreach (var a in Actions)
            Require(facts.AddAction(a.Id, a.Date, a.Countries), a.Id);
        foreach (var e in Events)
            Require(facts.AddEvent(e.PersonId, e.OrganisationId, e.Date, e.Value), e.PersonId);
        foreach (var t in Targets)
            Require(facts.SetTarget(t.Code, t.Target), t.Code);
        return facts;
    }

    public IndicatorReport Compute(DeliveryPeriod period) => IndicatorEngine.Compute(ToFacts(), period.From, period.To);

    /// <summary>The tables as CSV files in a zip (UTF-8, a header line, the contract's columns).</summary>
    public void WriteZip(Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Write(zip, OrganisationsFile, "organisation_id,country", Organisations.Select(o => new[] { o.Id, o.Country }));
        Write(zip, PeopleFile, "person_id,role,sex,birth_date,labour_status,education,third_country_national,foreign_background,disability,homeless",
            People.Select(p => new[]
            {
                p.Id, OutcomeWords.Word(p.Role), OutcomeWords.Word(p.Sex), p.BirthDate is { } b ? OutcomeWords.DateWord(b) : string.Empty,
                OutcomeWords.Word(p.LabourStatus), OutcomeWords.EducationWord(p.Education), OutcomeWords.Word(p.ThirdCountryNational),
                OutcomeWords.Word(p.ForeignBackground), OutcomeWords.Word(p.Disability), OutcomeWords.Word(p.Homeless),
            }));
        Write(zip, EventsFile, "person_id,organisation_id,date,kind,value",
            Events.Select(e => new[] { e.PersonId, e.OrganisationId, OutcomeWords.DateWord(e.Date), OutcomeWords.Word(e.Value.Kind), e.Word }));
        Write(zip, ActionsFile, "action_id,date,countries", Actions.Select(a => new[] { a.Id, OutcomeWords.DateWord(a.Date), string.Join(';', a.Countries) }));
        Write(zip, TargetsFile, "code,target", Targets.Select(t => new[] { t.Code, t.Target.ToString(CultureInfo.InvariantCulture) }));
    }

    private static void Write(ZipArchive zip, string name, string header, IEnumerable<string[]> rows)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        writer.WriteLine(header);
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            for (var k = 0; k < row.Length; k++)
            {
                if (k > 0)
                    line.Append(',');
                Field(line, row[k]);
            }

            writer.WriteLine(line);
        }
    }

    private static void Field(StringBuilder line, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static void Require(OutcomeInputError error, string id)
    {
        if (error != OutcomeInputError.None)
            throw new InvalidOperationException($"The site's facts were refused by the indicator engine ({error}, {id}).");
    }
}
