using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Profiles;
using Ponte.Domain.Safeguarding;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A row of the managers' list of concerns.</summary>
public sealed record ConcernRow(Guid Id, ConcernStatus Status, DateTimeOffset RaisedAt, ConcernTopic Topic, string RaisedBy, ParticipantRole RaisedByRole, string ProgrammeName, Guid? ProcessId);

/// <summary>One concern as its organisation's managers read it.</summary>
public sealed record ConcernView(
    Guid Id,
    ConcernStatus Status,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ResolvedAt,
    ConcernTopic Topic,
    string Text,
    bool WantsContact,
    ConcernContactWay? ContactWay,
    ConcernPerson RaisedBy,
    Guid ProgrammeId,
    string ProgrammeName,
    ConcernProcessView? Process,
    IReadOnlyList<ConcernLogView> Log,
    Guid Version);

/// <summary>The person who raised it, with her contact details (the managers may need to reach her).</summary>
public sealed record ConcernPerson(Guid ParticipantId, string Name, ParticipantRole Role, string Email, string? Phone, string? PreferredLanguage);

/// <summary>The process it is about: its state, whether its contacts are hidden, and the other side (who could be excluded from her, and whether they are).</summary>
public sealed record ConcernProcessView(Guid Id, ProcessStatus Status, bool ContactsHidden, IReadOnlyList<ConcernOtherSide> OtherSide);

public sealed record ConcernOtherSide(Guid ParticipantId, string Name, ProcessRole Role, bool Excluded);

public sealed record ConcernLogView(DateTimeOffset At, ConcernLogKind Kind, string? Text, string By);

public static class ConcernViews
{
    public const int PageSize = 25;

    /// <summary>One page of the organisation's concerns: open first, then in progress, then resolved; newest first within each.</summary>
    public static async Task<Paged<ConcernRow>> ListAsync(AppDbContext db, ConcernAccess access, ConcernStatus? status, int page, CancellationToken ct)
    {
        var query = access.Visible();
        if (status is { } s)
            query = query.Where(c => c.Status == s);
        var rows = query
            .Join(db.Participants, c => c.RaisedByParticipantId, p => p.Id, (c, p) => new { c, p.Profile.FullName })
            .Join(db.Programmes, x => x.c.ProgrammeId, p => p.Id, (x, p) => new { x.c, x.FullName, Programme = p.Name })
            .OrderBy(x => x.c.Status).ThenByDescending(x => x.c.RaisedAt).ThenBy(x => x.c.Id)
            .Select(x => new ConcernRow(x.c.Id, x.c.Status, x.c.RaisedAt, x.c.Topic, x.FullName, x.c.RaisedByRole, x.Programme, x.c.ProcessId));
        return await Paged<ConcernRow>.Of(rows, page, PageSize, ct);
    }

    public static async Task<ConcernView> ViewAsync(AppDbContext db, Concern concern, IStringLocalizer text, CancellationToken ct)
    {
        var process = concern.ProcessId is { } id ? await db.MentoringProcesses.SingleOrDefaultAsync(p => p.Id == id, ct) : null;
        var ids = (process?.ParticipantIds ?? []).Append(concern.RaisedByParticipantId).Distinct().ToList();
        var people = await db.Participants.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Profile.FullName, p.Profile.Email, p.Profile.Phone, p.Profile.PreferredLanguage })
            .ToDictionaryAsync(p => p.Id, ct);
        var programme = await db.Programmes.Where(p => p.Id == concern.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var raiser = people[concern.RaisedByParticipantId];
        var names = await db.UserNamesAsync(concern.Log.Select(l => l.ByUserId), ct);

        ConcernProcessView? about = null;
        if (process is not null)
        {
            var others = NeverMatchAgain.OtherSide(process, concern.RaisedByParticipantId);
            var excluded = await db.MatchExclusions
                .Where(x => (x.MenteeId == concern.RaisedByParticipantId && others.Contains(x.MentorId)) || (x.MentorId == concern.RaisedByParticipantId && others.Contains(x.MenteeId)))
                .Select(x => x.MenteeId == concern.RaisedByParticipantId ? x.MentorId : x.MenteeId)
                .ToListAsync(ct);
            about = new ConcernProcessView(process.Id, process.Status, process.ContactsHidden, others
                .Select(o => new ConcernOtherSide(o, people.TryGetValue(o, out var p) ? p.FullName : string.Empty, process.Members.First(m => m.ParticipantId == o).Role, excluded.Contains(o)))
                .ToList());
        }

        var log = concern.Log.Select(l => new ConcernLogView(l.At, l.Kind, l.Text,
            l.Kind == ConcernLogKind.Raised ? raiser.FullName : Who.Of(text, names, l.ByUserId))).ToList();
        return new ConcernView(concern.Id, concern.Status, concern.RaisedAt, concern.ResolvedAt, concern.Topic, concern.Text, concern.WantsContact, concern.ContactWay,
            new ConcernPerson(concern.RaisedByParticipantId, raiser.FullName, concern.RaisedByRole, raiser.Email, raiser.Phone, raiser.PreferredLanguage),
            concern.ProgrammeId, programme, about, log, concern.Version);
    }
}
