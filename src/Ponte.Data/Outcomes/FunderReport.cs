using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Ponte.Domain.Outcomes;

namespace Ponte.Data.Outcomes;

/// <summary>One line of a funder's report: an indicator (or one role of the satisfaction) with its totals, gender split, target and progress.</summary>
public sealed record FunderLine(
    string Code,
    string? Role,
    decimal? Period,
    decimal? Cumulative,
    IReadOnlyList<decimal?> BySex,
    decimal? Target,
    decimal? Progress)
{
    /// <summary>Averages and shares have no gender split and no target.</summary>
    public bool IsCount => Code is not (IndicatorEngine.Satisfaction or IndicatorEngine.IntegrationRate);
}

/// <summary>The words a report is written in: the indicator names and the column headings, in the reader's language.</summary>
public sealed record FunderWords(Func<string, string?, string> Name, IReadOnlyList<string> Headings, string Title);

/// <summary>
/// The funder's report of a period: every indicator by its code and name, the period's figure
/// with its split by sex, the cumulative figure, the target and the progress. The page, the CSV,
/// the XLSX and <c>ponte report</c> all write these lines, so they carry the same figures.
/// </summary>
public sealed record FunderReport(DeliveryPeriod Period, IReadOnlyList<FunderLine> Lines)
{
    /// <summary>The column headings, in order (the words supply their texts).</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["code", "indicator", "period", "woman", "man", "nonbinary", "unknown", "cumulative", "target", "progress"];

    public static FunderReport Of(IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<FunderLine>();
        foreach (var code in IndicatorEngine.Codes)
        {
            var rows = report.Rows.Where(r => r.Code == code).ToList();
            if (code == IndicatorEngine.Satisfaction)
            {
                foreach (var role in rows.Where(r => r.By == "role"))
                    lines.Add(new FunderLine(code, role.Key, role.Period, role.Cumulative, [], null, null));
                continue;
            }

            var total = rows.Single(r => r.By is null);
            var bySex = IndicatorEngine.SexKeys.Select(k => rows.FirstOrDefault(r => r.By == "sex" && r.Key == k)?.Period).ToList();
            lines.Add(new FunderLine(code, null, total.Period, total.Cumulative, bySex.All(v => v is null) ? [] : bySex, total.Target, total.Progress));
        }

        return new FunderReport(new DeliveryPeriod(report.From, report.To), lines);
    }

    /// <summary>The cells of a line as written in CSV and XLSX: invariant numbers, the progress as a share (0.5 = 50 %).</summary>
    public static IReadOnlyList<object?> Cells(FunderLine line, FunderWords words)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(words);
        return
        [
            line.Code, words.Name(line.Code, line.Role), line.Period,
            line.BySex.ElementAtOrDefault(0), line.BySex.ElementAtOrDefault(1), line.BySex.ElementAtOrDefault(2), line.BySex.ElementAtOrDefault(3),
            line.Cumulative, line.Target, line.Progress,
        ];
    }

    public string ToCsv(FunderWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var csv = new StringBuilder();
        csv.Append(string.Join(',', words.Headings.Select(Quote))).Append('\n');
        foreach (var line in Lines)
            csv.Append(string.Join(',', Cells(line, words).Select(c => Quote(Text(c))))).Append('\n');
        return csv.ToString();
    }

    public byte[] ToXlsx(FunderWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Indicators");
        sheet.Cell(1, 1).Value = words.Title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = Period.ToString();
        for (var c = 0; c < words.Headings.Count; c++)
        {
            sheet.Cell(4, c + 1).Value = words.Headings[c];
            sheet.Cell(4, c + 1).Style.Font.Bold = true;
        }

        var row = 5;
        foreach (var line in Lines)
        {
            var cells = Cells(line, words);
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                switch (cells[c])
                {
                    case decimal d:
                        cell.Value = d;
                        if (c == cells.Count - 1)
                            cell.Style.NumberFormat.Format = "0.00%";
                        break;
                    case string s:
                        cell.Value = s;
                        break;
                }
            }

            row++;
        }

        // Widths set by hand: measuring text needs fonts a server may not have.
        sheet.Column(1).Width = 18;
        sheet.Column(2).Width = 60;
        sheet.Columns(3, words.Headings.Count).Width = 12;
        sheet.SheetView.FreezeRows(4);
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    private static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
