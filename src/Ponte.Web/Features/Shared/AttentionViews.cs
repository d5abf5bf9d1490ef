using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Features.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Shared;

/// <summary>One row of the needs-attention list: the process, its people and each reason with when it began.</summary>
public sealed record AttentionView(
    Guid ProcessId,
    Guid ProgrammeId,
    string Programme,
    ProcessStatus Status,
    string Mentor,
    IReadOnlyList<string> Mentees,
    IReadOnlyList<AttentionReasonView> Reasons);

public sealed record AttentionReasonView(AttentionReason Reason, DateTimeOffset Since);

/// <summary>
/// The managers' needs-attention list, computed from what happened by the rules of
/// <see cref="NeedsAttention"/>: every open process of her organisation with at least one reason,
/// the newest reason first.
/// </summary>
public static class AttentionViews
{
    public static Task<IReadOnlyList<AttentionView>> ListAsync(AppDbContext db, ProcessAccess access, LocalTime local, DateTimeOffset now, Guid? programmeId, CancellationToken ct) =>
        ListAsync(db, access.Visible(), local, now, programmeId, ct);

    /// <summary>The list over the given processes (the dashboard's network roll-up counts it by organisation).</summary>
    public static async Task<IReadOnlyList<AttentionView>> ListAsync(AppDbContext db, IQueryable<MentoringProcess> visible, LocalTime local, DateTimeOffset now, Guid? programmeId, CancellationToken ct)
    {
        var processes = await visible.AsNoTracking()
            .Where(p => p.Status != ProcessStatus.Closed && (programmeId == null || p.ProgrammeId == programmeId))
            .ToListAsync(ct);
        if (processes.Count == 0)
            return [];
        var ids = processes.Select(p => p.Id).ToList();
        var programmes = await db.Programmes.AsNoTracking().Select(p => new { p.Id, p.Name, p.NoMeetingAlertDays }).ToDictionaryAsync(p => p.Id, ct);
        var held = await CheckInsJob.HeldAsync(db, ids, ct);
        var answers = await db.CheckIns.AsNoTracking().Where(c => ids.Contains(c.ProcessId) && c.State != CheckInState.Sent).ToListAsync(ct);
        // Concerns are the managers' alone, and this list is theirs: an open one puts its process here, with no detail.
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.ProcessId != null && ids.Contains(c.ProcessId.Value) && c.Status != ConcernStatus.Resolved)
            .Select(c => new { c.ProcessId, c.RaisedAt }).ToListAsync(ct);
        var reviews = await db.SupportPlans.AsNoTracking().Where(p => ids.Contains(p.ProcessId) && p.NextReviewOn != null)
            .Select(p => new { p.ProcessId, p.NextReviewOn }).ToListAsync(ct);
        var facts = processes.Select(p =>
        {
            var mine = answers.Where(c => c.ProcessId == p.Id).ToList();
            var review = reviews.Where(r => r.ProcessId == p.Id).Min(r => r.NextReviewOn);
            return new AttentionFacts(
                p.Id,
                p.Status == ProcessStatus.Active ? ProcessMoments.QuietSince(p, held.TryGetValue(p.Id, out var h) ? h.Last : null) : null,
                // A self-assessment left unanswered is shown beside her plan, not here: it says nothing of how the pair is doing.
                SilentCheckInAt: mine.Where(c => c.State == CheckInState.Silent && c.Kind != CheckInKind.SelfAssessment).Max(c => c.SilentAt),
                NotAGoodFitAt: Standing(mine, CheckInKind.FitCheck, c => c.IsNotAGoodFit),
                LowScoreAt: Standing(mine, CheckInKind.Periodic, c => c.IsLow),
                OpenConcernSince: concerns.Where(c => c.ProcessId == p.Id).Min(c => (DateTimeOffset?)c.RaisedAt),
                ReviewDueAt: review is { } day ? local.Instant(day.AddDays(1), TimeOnly.MinValue) : null,
                PlannedEndAt: p.Status == ProcessStatus.Active ? ProcessMoments.PlannedEnd(p) : null);
        });
        var rows = NeedsAttention.List(facts, id => programmes[processes.Single(p => p.Id == id).ProgrammeId].NoMeetingAlertDays, now);
        var people = processes.SelectMany(p => p.ParticipantIds).Distinct().ToList();
        var names = await db.Participants.Where(p => people.Contains(p.Id)).Select(p => new { p.Id, p.Profile.FullName }).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return [.. rows.Select(r =>
        {
            var p = processes.Single(x => x.Id == r.ProcessId);
            return new AttentionView(p.Id, p.ProgrammeId, programmes[p.ProgrammeId].Name, p.Status, names.GetValueOrDefault(p.MentorId, string.Empty),
                [.. p.MenteeIds.Select(m => names.GetValueOrDefault(m, string.Empty))],
                [.. r.Reasons.Select(x => new AttentionReasonView(x.Reason, x.Since))]);
        })];
    }

    /// <summary>When each participant's latest answer of this kind came, if that latest answer is the worrying one; the newest of those.</summary>
    private static DateTimeOffset? Standing(IEnumerable<CheckIn> answers, CheckInKind kind, Func<CheckIn, bool> worrying) =>
        answers.Where(c => c.Kind == kind && c.State == CheckInState.Answered)
            .GroupBy(c => c.ParticipantId)
            .Select(g => g.OrderByDescending(c => c.AnsweredAt).First())
            .Where(worrying)
            .Max(c => c.AnsweredAt);
}
