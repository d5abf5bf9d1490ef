using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Data.Outcomes;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Organisations;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Profiles;
using Ponte.Domain.Screening;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Reports;

/// <summary>One organisation's row of the coordinator's roll-up: counts only.</summary>
public sealed record FunnelGroup(string Name, string Country, IReadOnlyList<FunnelFigure> Funnel, int NeedsAttention);

/// <summary>What the dashboard shows for a selection and a period; no figure names a person.</summary>
public sealed record Dashboard(
    IReadOnlyList<FunnelFigure> Funnel,
    IReadOnlyList<SmileTrendRow> Smile,
    IReadOnlyDictionary<AttentionReason, int> Attention,
    int ProcessesNeedingAttention,
    IReadOnlyList<FunnelGroup> Organisations,
    IReadOnlyList<FunnelGroup> Countries);

/// <summary>
/// The dashboard's figures from the records: each mentee's journey (applied → interviewed →
/// accepted → screened → matched → active → completed, the first time her timeline or her
/// application's history reached each step), the cohort whose journey began in the period (by the
/// local date in her organisation's time zone), its SMILE trend and the open processes that need
/// attention. A manager's selection is her organisation or one of its programmes; the network's is
/// every organisation, read for counts only.
/// </summary>
public static class DashboardFigures
{
    private static readonly string[] StepEvents = ["Applied", "Interviewed", "Accepted", "TargetGroupSet", "Matched", ProcessEvents.Activated, "MentoringCompleted"];

    public static async Task<Dashboard> LoadAsync(AppDbContext db, ReportSelection selection, DeliveryPeriod period, LocalTime local, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(selection);
        using var network = selection.Scope == ReportScope.Network ? db.Acting.ForNetwork() : null;

        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => selection.Scope == ReportScope.Network || o.Id == selection.OrganisationId)
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.TimeZone })
            .ToListAsync(ct);
        var ids = organisations.Select(o => o.Id).ToList();
        var zones = organisations.ToDictionary(o => o.Id, o => OutcomeRecords.Zone(o.TimeZone));
        var programmeId = selection.ProgrammeId;

        var mentees = db.Participants.AsNoTracking()
            .Where(p => p.Role == ParticipantRole.Mentee && ids.Contains(p.OrganisationId) && (programmeId == null || p.ProgrammeId == programmeId));
        var participants = await mentees.Select(p => new { p.Id, p.OrganisationId, p.CreatedAt }).ToListAsync(ct);
        // Their steps as flat rows: a network's hundreds of thousands of timeline lines in one pass.
        var steps = (await OutcomeRecords.TimelineAsync(db, ids, ParticipantRole.Mentee, programmeId, StepEvents, ct))
            .ToLookup(x => x.Participant, x => (x.Event, x.At));

        // An application not (yet) accepted has no participant: its own history holds its steps.
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.Role == ParticipantRole.Mentee && a.ParticipantId == null && ids.Contains(a.OrganisationId) && (programmeId == null || a.ProgrammeId == programmeId))
            .Select(a => new
            {
                a.OrganisationId,
                Steps = EF.Property<List<StatusChange>>(a, "_history").Where(h => h.Event == "Applied" || h.Event == "Interviewed").Select(h => new { h.Event, h.At }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        static DateTimeOffset?[] Reached(IEnumerable<(string Event, DateTimeOffset At)> steps)
        {
            var reached = new DateTimeOffset?[Journey.Steps];
            foreach (var (name, at) in steps)
            {
                var i = Array.IndexOf(StepEvents, name);
                if (i >= 0 && (reached[i] is null || at < reached[i]))
                    reached[i] = at;
            }

            return reached;
        }

        var journeys = new List<(Guid? Participant, Guid Organisation, Journey Journey)>();
        foreach (var p in participants)
        {
            var reached = Reached(steps[p.Id]);
            // A mentee a manager added herself was accepted when her record began.
            reached[(int)FunnelStep.Accepted] ??= p.CreatedAt;
            journeys.Add((p.Id, p.OrganisationId, new Journey(p.OrganisationId.ToString(), reached)));
        }

        foreach (var a in applications)
            journeys.Add((null, a.OrganisationId, new Journey(a.OrganisationId.ToString(), Reached(a.Steps.Select(s => (s.Event, s.At))))));

        var cohort = journeys
            .Where(j => j.Journey.Began is { } began && period.Contains(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(began, zones[j.Organisation]).DateTime)))
            .ToList();

        var members = cohort.Where(j => j.Participant is not null).Select(j => j.Participant!.Value).ToHashSet();
        var ratings = await OutcomeRecords.RatingsAsync(db, ids, null, ct);
        var smile = SmileTrend.Of(ratings.Where(r => members.Contains(r.ParticipantId))
            .Select(r => new SmileRating(r.ParticipantId, r.TakenAt, r.Indicator, r.Score)));

        var programmes = await db.Programmes.AsNoTracking().Where(p => ids.Contains(p.OrganisationId)).Select(p => new { p.Id, p.OrganisationId }).ToDictionaryAsync(p => p.Id, p => p.OrganisationId, ct);
        var processes = db.MentoringProcesses.Where(p => ids.Contains(p.OrganisationId));
        var attention = await AttentionViews.ListAsync(db, processes, local, now, programmeId, ct);
        var reasons = Enum.GetValues<AttentionReason>().ToDictionary(r => r, r => attention.Count(a => a.Reasons.Any(x => x.Reason == r)));

        var byOrganisation = organisations.Select(o => new FunnelGroup(
                o.Name,
                o.CountryCode.ToUpperInvariant(),
                Funnel.Of(cohort.Where(j => j.Organisation == o.Id).Select(j => j.Journey)),
                attention.Count(a => programmes.GetValueOrDefault(a.ProgrammeId) == o.Id)))
            .ToList();
        var countryOf = organisations.ToDictionary(o => o.Id, o => o.CountryCode.ToUpperInvariant());
        var byCountry = organisations.Select(o => o.CountryCode.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)
            .Select(c => new FunnelGroup(
                c,
                c,
                Funnel.Of(cohort.Where(j => countryOf[j.Organisation] == c).Select(j => j.Journey)),
                attention.Count(a => countryOf.GetValueOrDefault(programmes.GetValueOrDefault(a.ProgrammeId)) == c)))
            .ToList();

        return new Dashboard(Funnel.Of(cohort.Select(j => j.Journey)), smile, reasons, attention.Count, byOrganisation, byCountry);
    }
}
