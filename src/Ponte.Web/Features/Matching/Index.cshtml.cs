using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Matching;

/// <summary>/Matching: the organisation's programmes with their waiting lists, each leading to its match board.</summary>
[Authorize(Policy = Policies.Manager)]
public sealed class IndexModel(AppDbContext db) : PontePageModel
{
    public sealed record Row(Guid Id, string Name, int MenteesWaiting, int MentorsAvailable, DateTimeOffset? LastRun);

    public IReadOnlyList<Row> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var runs = await db.MatchingRuns.GroupBy(r => r.ProgrammeId).Select(g => new { ProgrammeId = g.Key, Last = g.Max(r => r.RanAt) }).ToListAsync(ct);
        var rows = new List<Row>();

        // The same waiting list the board reads, so the figures agree with it.
        foreach (var programme in await db.Programmes.OrderBy(p => p.Name).ToListAsync(ct))
        {
            var list = await MatchBoard.LoadWaitingListAsync(db, programme, ct);
            rows.Add(new Row(programme.Id, programme.Name, list.MenteesWaiting, list.MentorsAvailable, runs.FirstOrDefault(r => r.ProgrammeId == programme.Id)?.Last));
        }

        Programmes = rows;
    }
}
