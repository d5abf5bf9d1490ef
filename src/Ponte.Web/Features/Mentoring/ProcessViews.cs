using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A process as the caller may read it: contacts only as the rules allow, staff details only for managers.</summary>
public sealed record ProcessView(
    Guid Id,
    Guid ProgrammeId,
    string ProgrammeName,
    ProcessStatus Status,
    DateTimeOffset StartedAt,
    ProcessStatus? PausedFrom,
    PauseReason? PauseReason,
    string? PauseNote,
    IReadOnlyList<MemberView> Members,
    AgreementView? Agreement,
    IReadOnlyList<PartyView> AwaitingAcceptance,
    IReadOnlyList<TimelineView> Timeline,
    ProcessRole? MyRole,
    AgreementRole? MayAcceptAs,
    Guid Version);

/// <summary>A participant of the process; <see cref="Email"/> and <see cref="Phone"/> are null where the caller may not see them.</summary>
public sealed record MemberView(Guid ParticipantId, string Name, ProcessRole Role, ContactSharing Sharing, string? Email, string? Phone);

public sealed record AgreementView(
    int Version,
    string Language,
    AgreementSections Sections,
    string PairGoals,
    MeetingRhythm MeetingRhythm,
    int DurationMonths,
    DateTimeOffset DraftedAt,
    int TemplateVersion,
    int? CurrentTemplateVersion,
    IReadOnlyList<AcceptanceView> Acceptances);

/// <summary>One acceptance; <see cref="Terms"/> is the text exactly as accepted.</summary>
public sealed record AcceptanceView(AgreementRole Role, Guid? ParticipantId, string AcceptedBy, DateTimeOffset AcceptedAt, int Version, bool Superseded, AgreementTerms Terms);

public sealed record PartyView(AgreementRole Role, Guid? ParticipantId, string? Name);

public sealed record TimelineView(DateTimeOffset At, string Event, string? FromStatus, string ToStatus, string? Detail, string By);

/// <summary>A row of the process list.</summary>
public sealed record ProcessRow(Guid Id, Guid ProgrammeId, string ProgrammeName, ProcessStatus Status, DateTimeOffset StartedAt, string MentorName, IReadOnlyList<string> MenteeNames, int Awaiting);

/// <summary>The filters of the process list (all optional); the started dates are instants the caller has turned from her local dates.</summary>
public sealed record ProcessFilter(ProcessStatus? Status, Guid? ProgrammeId, Guid? MentorId, DateTimeOffset? StartedFrom, DateTimeOffset? StartedBefore, string? Q);

public static class ProcessViews
{
    public const int PageSize = 25;

    public static async Task<ProcessView> ViewAsync(
        AppDbContext db, MentoringProcess process, ProcessAccess access, IStringLocalizer text, CancellationToken ct)
    {
        var ids = process.ParticipantIds.ToList();
        var people = await db.Participants.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Profile.FullName, p.Profile.Email, p.Profile.Phone }).ToDictionaryAsync(p => p.Id, ct);
        var programme = await db.Programmes.Where(p => p.Id == process.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var manager = access.IsManager;
        var me = access.Me(process);

        var members = process.Members
            .OrderBy(m => m.Role == ProcessRole.Mentee ? 1 : 0).ThenBy(m => m.Role)
            .Select(m =>
            {
                var person = people[m.ParticipantId];
                var shown = manager || me?.ParticipantId == m.ParticipantId
                    ? ContactSharing.Both
                    : me is null ? ContactSharing.None : process.VisibleContact(me.ParticipantId, m.ParticipantId);
                return new MemberView(m.ParticipantId, person.FullName, m.Role, m.ContactSharing,
                    shown.HasFlag(ContactSharing.Email) ? person.Email : null,
                    shown.HasFlag(ContactSharing.Phone) ? person.Phone : null);
            })
            .ToList();

        var timeline = process.Timeline;
        var acceptances = process.Agreement?.Acceptances ?? [];
        var names = await db.UserNamesAsync(timeline.Select(t => t.ActorUserId).Concat(acceptances.Select(a => (Guid?)a.UserId)), ct);
        string NameOf(Guid? participantId, Guid? userId) =>
            participantId is { } pid && people.TryGetValue(pid, out var p) ? p.FullName : names[userId] ?? text["Who.FormerAccount"];

        AgreementView? agreement = null;
        if (process.Agreement is { } a)
        {
            var current = await db.AgreementTemplates.Where(t => t.Id == a.TemplateId).Select(t => (int?)t.TextVersion).SingleOrDefaultAsync(ct);
            agreement = new AgreementView(a.Version, a.Terms.Language, a.Terms.Sections, a.Terms.PairGoals, a.Terms.MeetingRhythm, a.Terms.DurationMonths,
                a.DraftedAt, a.TemplateVersion, current,
                acceptances.Select(x => new AcceptanceView(x.Role, x.ParticipantId, NameOf(x.ParticipantId, x.UserId), x.AcceptedAt, x.Version, x.IsSuperseded, x.Terms)).ToList());
        }

        var awaiting = process.AwaitingAcceptance
            .Select(p => new PartyView(p.Role, p.ParticipantId, p.ParticipantId is { } pid ? people[pid].FullName : null)).ToList();
        AgreementRole? mayAccept = null;
        if (process.Status == ProcessStatus.Agreed)
        {
            if (me is not null && awaiting.Any(p => p.ParticipantId == me.ParticipantId))
                mayAccept = awaiting.First(p => p.ParticipantId == me.ParticipantId).Role;
            else if (manager && me is null && awaiting.Any(p => p.Role == AgreementRole.Organisation))
                mayAccept = AgreementRole.Organisation;
        }

        // Why a process paused, and what staff wrote on its lines, is for the managers.
        var lines = timeline.Select(t => new TimelineView(t.At, t.Event, t.FromStatus, t.ToStatus, manager ? t.Detail : null, Who.Of(text, names, t))).ToList();
        return new ProcessView(process.Id, process.ProgrammeId, programme, process.Status, process.StartedAt, process.PausedFrom,
            process.PauseReason, manager ? process.PauseNote : null, members, agreement, awaiting, lines, me?.Role, mayAccept, process.Version);
    }

    /// <summary>One page of the visible processes matching the filter, newest first.</summary>
    public static async Task<Paged<ProcessRow>> ListAsync(AppDbContext db, ProcessAccess access, ProcessFilter filter, int page, CancellationToken ct)
    {
        var query = access.Visible();
        if (filter.Status is { } status)
            query = query.Where(p => p.Status == status);
        if (filter.ProgrammeId is { } programmeId)
            query = query.Where(p => p.ProgrammeId == programmeId);
        if (filter.MentorId is { } mentorId)
            query = query.WithParticipant(mentorId, ProcessRole.Mentor);
        if (filter.StartedFrom is { } from)
            query = query.Where(p => p.StartedAt >= from);
        if (filter.StartedBefore is { } before)
            query = query.Where(p => p.StartedAt < before);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var term = filter.Q.Trim().ToLowerInvariant();
            var matching = db.Participants.Where(p => p.Profile.FullName.ToLower().Contains(term)).Select(p => p.Id);
            query = query.Where(p => EF.Property<List<ProcessMember>>(p, "_members").Any(m => matching.Contains(m.ParticipantId)));
        }

        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var processes = await query.OrderByDescending(p => p.StartedAt).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);

        var ids = processes.SelectMany(p => p.ParticipantIds).Distinct().ToList();
        var names = await db.Participants.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Profile.FullName }).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var programmeIds = processes.Select(p => p.ProgrammeId).Distinct().ToList();
        var programmes = await db.Programmes.Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rows = processes.Select(p => new ProcessRow(
            p.Id, p.ProgrammeId, programmes[p.ProgrammeId], p.Status, p.StartedAt, names.GetValueOrDefault(p.MentorId, string.Empty),
            p.MenteeIds.Select(id => names.GetValueOrDefault(id, string.Empty)).Order(StringComparer.CurrentCulture).ToList(),
            p.Status == ProcessStatus.Agreed ? p.AwaitingAcceptance.Count : 0)).ToList();
        return new Paged<ProcessRow>(rows, page, PageSize, total);
    }
}
