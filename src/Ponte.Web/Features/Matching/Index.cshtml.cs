using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Web.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Matching;

/// <summary>/Matching: the organisation's programmes with their waiting lists, each leading to its match board.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(AppDbContext db) : PontePageModel
{
    public sealed record Row(Guid Id, string Name, int MenteesWaiting, int MentorsReady, DateTimeOffset? LastRun);

    public IReadOnlyList<Row> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var programmes = await db.Programmes.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var waiting = await db.Participants
            .Where(p => p.Status == ParticipantStatus.ReadyToMatch)
            .GroupBy(p => new { p.ProgrammeId, p.Role })
            .Select(g => new { g.Key.ProgrammeId, g.Key.Role, Count = g.Count() })
            .ToListAsync(ct);
        var runs = await db.MatchingRuns.GroupBy(r => r.ProgrammeId).Select(g => new { ProgrammeId = g.Key, Last = g.Max(r => r.RanAt) }).ToListAsync(ct);
        Programmes = [.. programmes.Select(p => new Row(
            p.Id,
            p.Name,
            waiting.Where(w => w.ProgrammeId == p.Id && w.Role == ParticipantRole.Mentee).Sum(w => w.Count),
            waiting.Where(w => w.ProgrammeId == p.Id && w.Role == ParticipantRole.Mentor).Sum(w => w.Count),
            runs.FirstOrDefault(r => r.ProgrammeId == p.Id)?.Last))];
    }
}
