using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>What a process wrote goes on each of its participants' timelines too, in the same save.</summary>
public static class ProcessTimelines
{
    public static async Task CopyAsync(AppDbContext db, ProcessChange change, CancellationToken ct)
    {
        if (change.IsEmpty)
            return;
        var ids = change.ParticipantIds.ToList();
        var participants = await db.Participants.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        foreach (var participant in participants)
            participant.CopyToTimeline(change.Lines);
    }
}
