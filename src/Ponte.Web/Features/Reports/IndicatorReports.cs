using Ponte.Data;
using Ponte.Data.Outcomes;
using Ponte.Domain.Outcomes;

namespace Ponte.Web.Features.Reports;

/// <summary>The figures of one selection and period: the site's records as the engine's facts, and the engine's report on them.</summary>
public sealed record ComputedReport(ReportSelection Selection, DeliveryPeriod Period, FactTables Facts, IndicatorReport Report);

/// <summary>
/// Computes a report by handing the indicator engine the facts of the site's own records — the
/// rows its export carries, in the same order — never by a second implementation of the rules.
/// </summary>
public sealed class IndicatorReports(AppDbContext db, TimeProvider clock)
{
    public async Task<ComputedReport> ComputeAsync(ReportSelection selection, DeliveryPeriod period, CancellationToken ct)
    {
        var facts = await LoadAsync(selection, period, everyRating: false, ct);
        return new ComputedReport(selection, period, facts, facts.Compute(period));
    }

    /// <summary>The people one indicator counted, each with the fact that made her count (for a manager's own organisation only: the caller checks).</summary>
    public async Task<(ComputedReport Report, IReadOnlyList<CountedPerson> Counted)> ExplainAsync(ReportSelection selection, DeliveryPeriod period, string code, CancellationToken ct)
    {
        var facts = await LoadAsync(selection, period, everyRating: false, ct);
        var (report, counted) = IndicatorEngine.Explain(facts.ToFacts(), period.From, period.To, code);
        return (new ComputedReport(selection, period, facts, report), counted);
    }

    /// <summary>The facts to export: everything recorded up to the period's last day.</summary>
    public async Task<FactTables> ExportAsync(ReportSelection selection, DeliveryPeriod period, CancellationToken ct)
    {
        var facts = await LoadAsync(selection, period, everyRating: true, ct);
        var events = facts.Events.Where(e => e.Date <= period.To).ToList();
        var actions = facts.Actions.Where(a => a.Date <= period.To).ToList();
        return facts with { Events = events, Actions = actions };
    }

    /// <summary>The facts; for figures, only the ratings that count (the export carries every rating).</summary>
    private async Task<FactTables> LoadAsync(ReportSelection selection, DeliveryPeriod period, bool everyRating, CancellationToken ct)
    {
        // The network's figures are every organisation's, read for numbers only.
        using (selection.Scope == ReportScope.Network ? db.Acting.ForNetwork() : null)
            return await OutcomeRecords.LoadAsync(db, selection, period, clock.GetUtcNow(), ct, everyRating);
    }
}
