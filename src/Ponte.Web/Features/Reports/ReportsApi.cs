using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Ponte.Data.Outcomes;
using Ponte.Domain.Outcomes;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Reports;

/// <summary>The funder's indicators over JSON, and the facts behind them as the four files of <c>ponte indicators</c>.</summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports")
            .WithTags("Reports")
            .RequireAuthorization(Policies.Reports)
            .WithMetadata(new ErrorTexts(typeof(ReportsText)));

        reports.MapGet("/indicators", Indicators)
            .WithSummary("The indicators of a period (from, to: YYYY-MM-DD, inclusive) exactly as `ponte indicators` prints them: {from, to, rows: [{code, by, key, cumulative, period, target?, progress?}]}. A manager's are her organisation's (programmeId: one of its programmes), the coordinator's the network's.");
        reports.MapGet("/facts", Facts)
            .WithSummary("The facts behind the indicators as a zip of organisations.csv, people.csv, events.csv, actions.csv and targets.csv (the `ponte indicators` inputs), everything recorded up to `to`. People are pseudonymous (the same email in two organisations is one person); no names, contact data or free text.");
        reports.MapGet("/targets", Targets)
            .WithSummary("The targets of a period (from, to) for the caller's selection (programmeId for one of a manager's programmes): {code: target}.");
        reports.MapPut("/targets", PutTargets)
            .WithSummary("Sets the targets of a period: {from, to, programmeId?, targets: {CODE: whole number 1–10,000,000, or null to remove}}; codes not named stay. Every indicator but SATISFACTION and INTEGRATION_RATE takes a target. Answers the period's targets.");
        return api;
    }

    public static async Task<Ok<Dictionary<string, decimal>>> Targets(string? from, string? to, Guid? programmeId, ReportAccess access, Ponte.Data.AppDbContext db, CancellationToken ct)
    {
        var period = Period(from, to);
        var selection = await access.SelectAsync(programmeId, ct);
        using var network = selection.Scope == ReportScope.Network ? db.Acting.ForNetwork() : null;
        var targets = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(SetTargets.Current(db, selection, period), ct);
        return TypedResults.Ok(targets.OrderBy(t => IndicatorEngine.Codes.ToList().IndexOf(t.Code)).ToDictionary(t => t.Code, t => t.Target));
    }

    public static async Task<Ok<Dictionary<string, decimal>>> PutTargets(TargetsBody body, SetTargets.Handler set, CancellationToken ct)
    {
        var period = Period(body.From, body.To);
        var targets = await set.HandleAsync(new SetTargets.Request(body.ProgrammeId, period, body.Targets ?? []), ct);
        return TypedResults.Ok(targets.OrderBy(t => IndicatorEngine.Codes.ToList().IndexOf(t.Code)).ToDictionary(t => t.Code, t => t.Target));
    }

    public static async Task<Ok<IndicatorsBody>> Indicators(string? from, string? to, Guid? programmeId, ReportAccess access, IndicatorReports reports, CancellationToken ct)
    {
        var period = Period(from, to);
        var computed = await reports.ComputeAsync(await access.SelectAsync(programmeId, ct), period, ct);
        return TypedResults.Ok(IndicatorsBody.Of(computed.Report));
    }

    public static async Task<FileContentHttpResult> Facts(string? from, string? to, Guid? programmeId, ReportAccess access, IndicatorReports reports, CancellationToken ct)
    {
        var period = Period(from, to);
        var facts = await reports.ExportAsync(await access.SelectAsync(programmeId, ct), period, ct);
        using var zip = new MemoryStream();
        facts.WriteZip(zip);
        return TypedResults.File(zip.ToArray(), "application/zip", $"ponte-facts-{OutcomeWords.DateWord(period.From)}-{OutcomeWords.DateWord(period.To)}.zip");
    }

    /// <summary>The period of a query: both days required, YYYY-MM-DD, the first on or before the last.</summary>
    public static DeliveryPeriod Period(string? from, string? to)
    {
        var checks = new Ponte.Domain.Common.FieldChecks();
        var start = checks.Run(() => Day(from, "From"));
        var end = checks.Run(() => Day(to, "To"));
        checks.ThrowIfAny();
        return DeliveryPeriod.Of(start, end);
    }

    private static DateOnly? Day(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new Ponte.Domain.Common.DomainValidationException(field, "Required", field == "From" ? "Enter the first day of the period." : "Enter the last day of the period.");
        return OutcomeWords.TryDate(text.Trim(), out var day)
            ? day
            : throw new Ponte.Domain.Common.DomainValidationException(field, "DateFormat", "Enter a date as YYYY-MM-DD.");
    }
}

public sealed record TargetsBody(string? From, string? To, Guid? ProgrammeId, Dictionary<string, decimal?>? Targets);

public sealed record IndicatorRowBody(string Code, string? By, string? Key, decimal? Cumulative, decimal? Period, decimal? Target, decimal? Progress);

/// <summary>The command's JSON: <c>target</c> and <c>progress</c> only on a total row with a target.</summary>
public sealed record IndicatorsBody(string From, string To, IReadOnlyList<IndicatorRowBody> Rows)
{
    public static IndicatorsBody Of(IndicatorReport report) => new(
        OutcomeWords.DateWord(report.From),
        OutcomeWords.DateWord(report.To),
        report.Rows.Select(r => new IndicatorRowBody(r.Code, r.By, r.Key, r.Cumulative, r.Period, r.Target, r.Progress)).ToList());
}
