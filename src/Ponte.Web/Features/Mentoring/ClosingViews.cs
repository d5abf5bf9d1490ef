using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// The ending of a process as the caller may read it: how it ended (why, and the manager's note,
/// for managers only), the requests to end (a participant sees only her own; the other side never
/// sees another's reasons), the situations on leaving (managers), and the renewals both ways.
/// </summary>
public sealed record ClosingView(
    ClosureView? Closure,
    IReadOnlyList<CloseRequestView> Requests,
    IReadOnlyList<LeavingSituationView> Situations,
    Guid? RenewedFromId,
    IReadOnlyList<RenewalView> Renewals,
    bool MayClose,
    bool MayRequestClose,
    bool MayRenew);

public sealed record ClosureView(ClosingOutcome Outcome, EndReason? Reason, string? Note, DateTimeOffset ClosedAt);

public sealed record CloseRequestView(
    Guid Id, Guid ParticipantId, string Name, ProcessRole Role, ClosingOutcome Outcome, EndReason? Reason, string? Text, bool WantsNewMentor,
    DateTimeOffset RequestedAt, CloseRequestState State, string? DecisionNote);

public sealed record LeavingSituationView(
    Guid MenteeId, string Name, LabourMarketSituation Situation, string? Qualification, CefrLevel LanguageLevel, IReadOnlyList<string> Trainings, DateTimeOffset RecordedAt);

/// <summary>A renewal from (or into) this process: whose goals, how many, and where they went.</summary>
public sealed record RenewalView(Guid Id, Guid FromProcessId, Guid MenteeId, string MenteeName, RenewalMentor Mentor, Guid? ToProcessId, IReadOnlyList<string> Goals, DateTimeOffset RenewedAt);

public static class ClosingViews
{
    public static async Task<ClosingView> ViewAsync(AppDbContext db, MentoringProcess process, ProcessAccess access, CancellationToken ct)
    {
        var manager = access.IsManager;
        var me = access.Me(process);
        var ids = process.ParticipantIds.ToList();
        var names = await db.Participants.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.FullName, ct);
        string Name(Guid id) => names.GetValueOrDefault(id, string.Empty);

        var closure = process.Closure is { } c
            ? new ClosureView(c.Outcome, manager ? c.Reason : null, manager ? c.Note : null, c.ClosedAt)
            : null;
        var requests = process.CloseRequests
            .Where(r => manager || r.ParticipantId == me?.ParticipantId)
            .Select(r => new CloseRequestView(r.Id, r.ParticipantId, Name(r.ParticipantId), r.Role, r.Outcome, r.Reason, r.Text, r.WantsNewMentor, r.RequestedAt, r.State, r.DecisionNote))
            .ToList();
        var situations = manager
            ? process.LeavingSituations.OrderBy(s => Name(s.MenteeId), StringComparer.CurrentCulture)
                .Select(s => new LeavingSituationView(s.MenteeId, Name(s.MenteeId), s.Situation, s.Qualification, s.LanguageLevel, s.Trainings, s.RecordedAt)).ToList()
            : [];

        // A mentee of a group reads only her own renewal; the mentors and managers read all of them.
        var renewals = await db.Renewals.Where(r => r.FromProcessId == process.Id || r.ToProcessId == process.Id).OrderBy(r => r.RenewedAt).ToListAsync(ct);
        var menteeIds = renewals.Select(r => r.MenteeId).Distinct().ToList();
        var menteeNames = await db.Participants.Where(p => menteeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.FullName, ct);
        var links = renewals
            .Where(r => manager || me is { Role: not ProcessRole.Mentee } || r.MenteeId == me?.ParticipantId)
            .Select(r => new RenewalView(r.Id, r.FromProcessId, r.MenteeId, menteeNames.GetValueOrDefault(r.MenteeId, string.Empty), r.Mentor, r.ToProcessId,
                r.Goals.Select(g => g.What).ToList(), r.RenewedAt))
            .ToList();

        var open = process.Status != ProcessStatus.Closed;
        var mayRequest = open && me is not null && !process.CloseRequests.Any(r => r.ParticipantId == me.ParticipantId && r.State == CloseRequestState.Open);
        return new ClosingView(closure, requests, situations, process.RenewedFromId, links, manager && open, mayRequest, manager && !open);
    }
}
