using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Outcomes;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Reports;

/// <summary>
/// /Reports/Evidence: the people of a manager's own organisation one indicator counted, each with
/// the fact that made her count and its date — what a funder's auditor asks to see. Managers only:
/// the coordinator reads numbers, never people.
/// </summary>
[Authorize(Policy = Policies.Manager)]
public sealed class EvidenceModel(AppDbContext db, ReportAccess access, IndicatorReports reports, IStringLocalizer<ReportsText> text) : PontePageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    /// <summary>Only those counted in the period (else everyone counted up to its last day).</summary>
    [BindProperty(SupportsGet = true)]
    public bool PeriodOnly { get; set; }

    public sealed record Line(Guid ParticipantId, string Name, DateOnly Date, FactKind Kind, bool InPeriod);

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public int Total { get; private set; }

    public int CurrentPage { get; private set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DeliveryPeriod Period { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var code = IndicatorEngine.Codes.FirstOrDefault(c => string.Equals(c, Code, StringComparison.OrdinalIgnoreCase));
        if (code is null or IndicatorEngine.Satisfaction or IndicatorEngine.IntegrationRate or IndicatorEngine.CrossBorder)
            throw new NotFoundException();
        Code = code;
        try
        {
            Period = ReportsApi.Period(From, To);
        }
        catch (DomainException)
        {
            return Redirect("/Reports");
        }

        var selection = await access.SelectAsync(ProgrammeId, ct);
        var (computed, counted) = await reports.ExplainAsync(selection, Period, code, ct);
        var facts = computed.Facts;
        var chosen = counted.Where(c => !PeriodOnly || c.InPeriod).ToList();
        Total = chosen.Count;
        CurrentPage = Math.Clamp(PageNumber, 1, Pages);
        var page = chosen.OrderByDescending(c => c.Date).Skip((CurrentPage - 1) * PageSize).Take(PageSize).ToList();

        // A pseudonym is one person; in a manager's report all her records are the organisation's own.
        var ids = page.Select(c => facts.RecordsOf[c.PersonId][0]).ToList();
        var names = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Profile.FullName }).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        Lines = page.Select(c =>
        {
            var id = facts.RecordsOf[c.PersonId][0];
            return new Line(id, names.GetValueOrDefault(id) ?? string.Empty, c.Date, c.Kind, c.InPeriod);
        }).ToList();
        return Page();
    }

    public string Name(string code) => text[$"Indicator.{code}"];

    public string Back() =>
        $"/Reports?from={Uri.EscapeDataString(From ?? string.Empty)}&to={Uri.EscapeDataString(To ?? string.Empty)}" + (ProgrammeId is { } p ? $"&programmeId={p}" : string.Empty);

    public static string Day(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}
