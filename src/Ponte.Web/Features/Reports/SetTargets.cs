using Microsoft.EntityFrameworkCore;
using Ponte.Data.Outcomes;
using Ponte.Domain.Common;
using Ponte.Domain.Outcomes;

namespace Ponte.Web.Features.Reports;

/// <summary>
/// The targets of one delivery period for the caller's selection: a manager her organisation's or a
/// programme's, the coordinator the network's. Each named code is set, changed, or (no value)
/// removed; codes not named stay as they are. Every wrong value is named by its code at once.
/// </summary>
public static class SetTargets
{
    public sealed record Request(Guid? ProgrammeId, DeliveryPeriod Period, IReadOnlyDictionary<string, decimal?> Targets);

    public sealed class Handler(HandlerContext context, ReportAccess access) : IHandler
    {
        public async Task<IReadOnlyList<IndicatorTarget>> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var selection = await access.SelectAsync(request.ProgrammeId, ct);
            using var network = selection.Scope == ReportScope.Network ? db.Acting.ForNetwork() : null;
            var existing = await Current(db, selection, request.Period).ToListAsync(ct);

            var checks = new FieldChecks();
            foreach (var (code, value) in request.Targets)
            {
                checks.Run(() =>
                {
                    try
                    {
                        Apply(db, existing, selection, request.Period, code, value);
                    }
                    catch (DomainValidationException e)
                    {
                        throw new DomainValidationException($"Targets[{code}]", e.Code, e.Message, [.. e.Args]);
                    }

                    return true;
                });
            }

            checks.ThrowIfAny();
            await db.SaveChangesAsync(ct);
            return await Current(db, selection, request.Period).AsNoTracking().ToListAsync(ct);
        }

        private static void Apply(Data.AppDbContext db, List<IndicatorTarget> existing, ReportSelection selection, DeliveryPeriod period, string code, decimal? value)
        {
            var known = IndicatorTarget.Codes.FirstOrDefault(c => string.Equals(c, code?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new DomainValidationException("Code", "UnknownIndicator", "Choose an indicator from the list.");
            var target = existing.Find(t => t.Code == known);
            if (value is null)
            {
                if (target is not null)
                    db.IndicatorTargets.Remove(target);
                return;
            }

            if (target is null)
                db.IndicatorTargets.Add(IndicatorTarget.Set(selection.Scope, selection.OrganisationId, selection.ProgrammeId, period, known, value));
            else
                target.Change(value);
        }
    }

    public static IQueryable<IndicatorTarget> Current(Data.AppDbContext db, ReportSelection selection, DeliveryPeriod period) =>
        db.IndicatorTargets.Where(t => t.Scope == selection.Scope && t.OrganisationId == selection.OrganisationId && t.ProgrammeId == selection.ProgrammeId
            && t.PeriodFrom == period.From && t.PeriodTo == period.To);
}
