using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Data.Outcomes;
using Ponte.Domain.Common;
using Ponte.Domain.Outcomes;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Reports;

/// <summary>
/// /Reports: the funder's report of a period in the funder's words — every indicator by code and
/// name, the period's figure split by sex, the cumulative figure, target and progress — for a
/// manager's organisation or one of its programmes, or the coordinator's network; the same lines
/// as CSV and XLSX, and a layout that prints to a clean PDF.
/// </summary>
[Authorize(Policy = Policies.Reports)]
public sealed class IndexModel(AppDbContext db, ReportAccess access, IndicatorReports reports, LocalTime local, TimeProvider clock, IStringLocalizer<ReportsText> text) : PontePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    public IReadOnlyList<Mentoring.IndexModel.Option> Programmes { get; private set; } = [];

    public FunderReport? Report { get; private set; }

    public bool IsNetwork => access.IsCoordinator && !access.IsManager;

    /// <summary>A manager opens an indicator to see the people it counted; the coordinator sees numbers only.</summary>
    public bool MaySeePeople => access.MaySeePeople;

    public string EvidenceLink(string code) => $"/Reports/Evidence?code={code}&from={Uri.EscapeDataString(From ?? string.Empty)}&to={Uri.EscapeDataString(To ?? string.Empty)}"
        + (ProgrammeId is { } p ? $"&programmeId={p}" : string.Empty);

    public string? ScopeName { get; private set; }

    /// <summary>The targets of the period shown, by code.</summary>
    public IReadOnlyDictionary<string, decimal> Targets { get; private set; } = new Dictionary<string, decimal>();

    /// <summary>The targets as typed in the form, by code (empty: none).</summary>
    [BindProperty]
    public Dictionary<string, string?> TargetInput { get; set; } = [];

    public async Task<IActionResult> OnPostTargetsAsync([FromServices] SetTargets.Handler set, CancellationToken ct)
    {
        var typed = new Dictionary<string, decimal?>();
        var checks = new FieldChecks();
        foreach (var code in IndicatorTarget.Codes)
        {
            var text = TargetInput.GetValueOrDefault(code)?.Trim();
            checks.Run(() => typed[code] = string.IsNullOrEmpty(text)
                ? null
                : decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out var v) || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out v)
                    ? v
                    : throw new DomainValidationException($"Targets[{code}]", "TargetOutOfRange", "Enter a whole number from 1 to 10,000,000.", IndicatorTarget.Max));
        }

        try
        {
            checks.ThrowIfAny();
            var period = ReportsApi.Period(From, To);
            await set.HandleAsync(new SetTargets.Request(ProgrammeId, period, typed), ct);
        }
        catch (DomainException e)
        {
            ModelState.TryAdd(e, text, prefix: string.Empty);
            var computed = await ComputeAsync(ct);
            if (computed is not null)
                Report = FunderReport.Of(computed.Report);
            return Page();
        }

        Flash(text["Targets.Saved"]);
        return Redirect(Query(handler: null));
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var computed = await ComputeAsync(ct);
        if (computed is not null)
            Report = FunderReport.Of(computed.Report);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var computed = await ComputeAsync(ct);
        if (computed is null)
            return Page();
        var csv = FunderReport.Of(computed.Report).ToCsv(Words());
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", FileName(computed.Period, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var computed = await ComputeAsync(ct);
        if (computed is null)
            return Page();
        return File(FunderReport.Of(computed.Report).ToXlsx(Words()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(computed.Period, "xlsx"));
    }

    /// <summary>The indicator's name in the reader's language (satisfaction: by role).</summary>
    public string Name(string code, string? role) => text[role is null ? $"Indicator.{code}" : $"Indicator.{code}.{role}"];

    public FunderWords Words() => new(Name, FunderReport.Columns.Select(c => text[$"Column.{c}"].Value).ToList(), Title());

    public string Title() => text["Report.TitleOf", ScopeName ?? string.Empty];

    /// <summary>A figure as the page shows it: counts whole, averages with two decimals, shares and progress as a percentage.</summary>
    public static string Figure(decimal? value, bool percent = false) => value switch
    {
        null => "—",
        { } v when percent => (v * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %",
        { } v => v.ToString(v == decimal.Truncate(v) ? "N0" : "N2", CultureInfo.CurrentCulture),
    };

    public string Query(string? handler) =>
        $"/Reports?{(handler is null ? string.Empty : $"handler={handler}&")}from={Uri.EscapeDataString(From ?? string.Empty)}&to={Uri.EscapeDataString(To ?? string.Empty)}"
        + (ProgrammeId is { } p ? $"&programmeId={p}" : string.Empty);

    public string FactsLink() =>
        $"/api/reports/facts?from={Uri.EscapeDataString(From ?? string.Empty)}&to={Uri.EscapeDataString(To ?? string.Empty)}"
        + (ProgrammeId is { } p ? $"&programmeId={p}" : string.Empty);

    private async Task<ComputedReport?> ComputeAsync(CancellationToken ct)
    {
        var today = local.Today(clock.GetUtcNow());
        From ??= new DateOnly(today.Year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        To ??= today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (access.IsManager)
        {
            Programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new Mentoring.IndexModel.Option(p.Id, p.Name)).ToListAsync(ct);
            if (ProgrammeId is { } id && Programmes.All(p => p.Id != id))
                ProgrammeId = null;
        }
        else
        {
            ProgrammeId = null;
        }

        var selection = await access.SelectAsync(ProgrammeId, ct);
        ScopeName = ProgrammeId is { } chosen
            ? Programmes.First(p => p.Id == chosen).Name
            : selection.OrganisationId is { } organisationId
                ? await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(ct)
                : text["Report.Network"];

        DeliveryPeriod period;
        try
        {
            period = ReportsApi.Period(From, To);
        }
        catch (DomainException e)
        {
            ModelState.TryAdd(e, text, prefix: string.Empty);
            return null;
        }

        using (selection.Scope == ReportScope.Network ? db.Acting.ForNetwork() : null)
            Targets = (await SetTargets.Current(db, selection, period).AsNoTracking().ToListAsync(ct)).ToDictionary(t => t.Code, t => t.Target);
        return await reports.ComputeAsync(selection, period, ct);
    }

    private static string FileName(DeliveryPeriod period, string extension) =>
        $"ponte-indicators-{OutcomeWords.DateWord(period.From)}-{OutcomeWords.DateWord(period.To)}.{extension}";
}
