using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Profiles;
using Ponte.Domain.Screening;

namespace Ponte.Web.Features.Shared;

/// <summary>Her latest request to assess herself again, as the participant and her organisation's managers read it.</summary>
public sealed record SelfAssessmentRequestView(
    Guid Id, Guid ProcessId, int Round, CheckInState State, DateTimeOffset SentAt, DateTimeOffset? RemindedAt, DateTimeOffset? AnsweredAt, Guid? AssessmentId);

/// <summary>
/// A mentee's SMILE trend: per indicator her first and latest rating (any mode) and the change, with
/// the number of screenings and their dates; scores only, no notes. <see cref="LatestRequest"/> and
/// <see cref="NextRequestAt"/> (when she will be asked again, while a process of hers is active) are
/// read by her and her organisation's managers only, as check-ins are. <see cref="IsSelf"/>: the reader is she.
/// </summary>
public sealed record SelfAssessmentTrend(
    Guid MenteeId,
    bool IsSelf,
    int Screenings,
    DateTimeOffset? FirstAt,
    DateTimeOffset? LatestAt,
    IReadOnlyList<ProgressView> Progress,
    bool ShowsRequests,
    int? IntervalWeeks,
    DateTimeOffset? NextRequestAt,
    SelfAssessmentRequestView? LatestRequest)
{
    /// <summary>A trend needs two screenings; with one or none the view says so.</summary>
    public bool HasTrend => Screenings >= 2;

    /// <summary>Her latest request is waiting for her self-assessment (sent, or silent after its reminder).</summary>
    public bool RequestOpen => LatestRequest is { State: not CheckInState.Answered };
}

public static class SelfAssessmentTrends
{
    /// <summary>Her trend, for a caller who may see her (<see cref="ParticipantAccess"/>); null for anyone else or for a mentor's record.</summary>
    public static async Task<SelfAssessmentTrend?> ReadAsync(AppDbContext db, ParticipantAccess access, Guid menteeId, CancellationToken ct)
    {
        var mentee = await access.Visible().AsNoTracking().FirstOrDefaultAsync(p => p.Id == menteeId, ct);
        if (mentee is not { Role: ParticipantRole.Mentee })
            return null;

        // Ordered here, not in SQL: SQLite cannot sort date-and-time-with-offset values.
        var screenings = (await db.Assessments.AsNoTracking().Where(a => a.ParticipantId == menteeId).ToListAsync(ct))
            .OrderBy(a => a.TakenAt).ThenBy(a => a.CreatedAt).ToList();
        var progress = screenings.Count == 0 ? [] : Indicators.All.Select(i =>
        {
            var first = screenings[0].ScoreOf(i);
            var latest = screenings[^1].ScoreOf(i);
            return new ProgressView(i, Indicators.ViewpointOf(i), first, latest, latest - first);
        }).ToList();

        var showsRequests = access.IsSelf(mentee) || access.MayReadSensitive(mentee);
        SelfAssessmentRequestView? latestRequest = null;
        DateTimeOffset? next = null;
        int? weeks = null;
        if (showsRequests)
        {
            var requests = (await db.CheckIns.AsNoTracking().Where(c => c.ParticipantId == menteeId && c.Kind == CheckInKind.SelfAssessment).ToListAsync(ct))
                .OrderBy(c => c.SentAt).ToList();
            if (requests.LastOrDefault() is { } r)
                latestRequest = new SelfAssessmentRequestView(r.Id, r.ProcessId, r.Round, r.State, r.SentAt, r.RemindedAt, r.AnsweredAt, r.AssessmentId);
            weeks = await db.Programmes.Where(p => p.Id == mentee.ProgrammeId).Select(p => (int?)p.SelfAssessmentIntervalWeeks).SingleOrDefaultAsync(ct);
            var active = (await db.MentoringProcesses.AsNoTracking()
                    .Where(p => p.Status == ProcessStatus.Active && EF.Property<List<ProcessMember>>(p, "_members").Any(m => m.ParticipantId == menteeId))
                    .ToListAsync(ct))
                .FirstOrDefault(p => p.MenteeIds.Contains(menteeId));
            if (active is not null && ProcessMoments.ActiveSince(active) is { } since && weeks is { } w)
                next = SelfAssessmentSchedule.DueAt(since, screenings.LastOrDefault()?.TakenAt, requests.LastOrDefault()?.SentAt, w);
        }

        return new SelfAssessmentTrend(
            menteeId, access.IsSelf(mentee), screenings.Count, screenings.FirstOrDefault()?.TakenAt, screenings.LastOrDefault()?.TakenAt, progress,
            showsRequests, weeks, next, latestRequest);
    }
}
