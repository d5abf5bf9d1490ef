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
/// /Reports/Dashboard: for a manager her organisation (or one programme), for the coordinator the
/// network rolled up by organisation and country — the funnel of the mentees whose journey began in
/// the period with conversion and median days between steps, the headline indicators against
/// their targets, the cohort's SMILE trend and the processes needing attention. Every chart has its
/// numbers in a table; nothing on it names or links to a person.
/// </summary>
[Authorize(Policy = Policies.Reports)]
public sealed class DashboardModel(AppDbContext db, ReportAccess access, IndicatorReports reports, LocalTime local, TimeProvider clock, IStringLocalizer<ReportsText> text) : PontePageModel
{
    /// <summary>The indicators the dashboard shows against their targets (all are on the report page).</summary>
    public static readonly IReadOnlyList<string> Headline = ["EECO01", "COMPETITIVENESS", "EECR04", "EECR05", "LEFT", "MENTORS", "RCO81"];

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    public IReadOnlyList<Mentoring.IndexModel.Option> Programmes { get; private set; } = [];

    public bool IsNetwork => access.IsCoordinator && !access.IsManager;

    public string? ScopeName { get; private set; }

    public Dashboard? Figures { get; private set; }

    public DeliveryPeriod? Period { get; private set; }

    /// <summary>The headline indicators' totals, in <see cref="Headline"/> order.</summary>
    public IReadOnlyList<IndicatorRow> Indicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
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
            return Page();
        }

        Period = period;
        Figures = await DashboardFigures.LoadAsync(db, selection, period, local, clock.GetUtcNow(), ct);
        var computed = await reports.ComputeAsync(selection, period, ct);
        Indicators = [.. Headline.Select(code => computed.Report.Rows.Single(r => r.Code == code && r.By is null))];
        return Page();
    }

    /// <summary>The indicator's name in the reader's language.</summary>
    public string Name(string code) => text[$"Indicator.{code}"];

    public string Query(string path) =>
        $"{path}?from={Uri.EscapeDataString(From ?? string.Empty)}&to={Uri.EscapeDataString(To ?? string.Empty)}"
        + (ProgrammeId is { } p ? $"&programmeId={p}" : string.Empty);

    /// <summary>A share as a percentage, a dash for none.</summary>
    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %" : "—";

    /// <summary>Days or a score with at most one or two decimals, a dash for none.</summary>
    public static string Number(decimal? value, string format = "0.#") => value is { } v ? v.ToString(format, CultureInfo.CurrentCulture) : "—";

    /// <summary>A chart coordinate: invariant, so a comma never reaches the SVG.</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
