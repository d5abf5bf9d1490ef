using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Where a follow-up stands, as the managers' list reads it.</summary>
public enum FollowUpStatus
{
    /// <summary>Not asked yet; the job asks it on its due date.</summary>
    Due = 0,
    Asked = 1,
    Reminded = 2,
    Silent = 3,
    Answered = 4,

    /// <summary>Never asked, and its window has passed (the process closed before follow-ups were sent, or long ago).</summary>
    NotAsked = 5,
}

/// <summary>One follow-up of a closed process, asked or still to come; <see cref="Id"/> is null until it is asked.</summary>
public sealed record FollowUpView(
    Guid? Id, Guid ProcessId, Guid ParticipantId, string Name, FollowUpKind Kind, DateOnly LeftOn, DateOnly DueOn, FollowUpStatus Status,
    DateTimeOffset? SentAt, DateTimeOffset? RemindedAt, DateTimeOffset? SilentAt, DateTimeOffset? AnsweredAt,
    LabourMarketSituation? Situation, string? Qualification, CefrLevel? LanguageLevel, bool RecordedForHer, Guid? Version);

public static class FollowUpViews
{
    /// <summary>
    /// The follow-ups of a closed process the caller may read: the managers all of them (each mentee's
    /// two, asked or not yet), a mentee her own asked ones, anyone else none. Empty while the process is open.
    /// </summary>
    public static async Task<IReadOnlyList<FollowUpView>> ListAsync(AppDbContext db, MentoringProcess process, ProcessAccess access, DateTimeOffset now, CancellationToken ct)
    {
        if (process is not { IsClosed: true, Closure: { } closure })
            return [];
        var mentees = process.MenteeIds.ToList();
        if (!access.IsManager)
            mentees = access.Me(process) is { Role: ProcessRole.Mentee } me ? [me.ParticipantId] : [];
        if (mentees.Count == 0)
            return [];

        var zone = (await FollowUpsJob.ZonesAsync(db, ct)).GetValueOrDefault(process.OrganisationId, TimeZoneInfo.Utc);
        var leftOn = FollowUpsJob.LeftOn(closure.ClosedAt, zone);
        var today = FollowUpsJob.LeftOn(now, zone);
        var asked = await db.FollowUps.AsNoTracking().Where(f => f.ProcessId == process.Id && mentees.Contains(f.ParticipantId)).ToListAsync(ct);
        var names = await db.Participants.AsNoTracking().Where(p => mentees.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Profile.FullName, ct);

        var list = new List<FollowUpView>();
        foreach (var mentee in mentees.OrderBy(m => names.GetValueOrDefault(m, string.Empty), StringComparer.CurrentCulture))
        {
            foreach (var kind in Enum.GetValues<FollowUpKind>())
            {
                var name = names.GetValueOrDefault(mentee, string.Empty);
                if (asked.Find(f => f.ParticipantId == mentee && f.Kind == kind) is { } f)
                {
                    list.Add(new FollowUpView(f.Id, f.ProcessId, f.ParticipantId, name, f.Kind, f.LeftOn, f.DueOn, StatusOf(f), f.SentAt, f.RemindedAt, f.SilentAt, f.AnsweredAt,
                        f.Situation, f.Qualification, f.LanguageLevel, f.RecordedForHer, f.Version));
                }
                else if (access.IsManager)
                {
                    var status = StillToAsk(leftOn, today, kind) ? FollowUpStatus.Due : FollowUpStatus.NotAsked;
                    list.Add(new FollowUpView(null, process.Id, mentee, name, kind, leftOn, FollowUpSchedule.DueOn(leftOn, kind), status,
                        null, null, null, null, null, null, null, false, null));
                }
            }
        }

        return list;
    }

    public static FollowUpStatus StatusOf(FollowUp f) => f.State switch
    {
        FollowUpState.Answered => FollowUpStatus.Answered,
        FollowUpState.Silent => FollowUpStatus.Silent,
        _ => f.RemindedAt is null ? FollowUpStatus.Asked : FollowUpStatus.Reminded,
    };

    /// <summary>Whether the job will still ask this kind: its due day has not come, or it is the kind due now.</summary>
    private static bool StillToAsk(DateOnly leftOn, DateOnly today, FollowUpKind kind) =>
        today < FollowUpSchedule.DueOn(leftOn, kind) || FollowUpSchedule.Due(leftOn, today) == kind;
}
