using Microsoft.EntityFrameworkCore;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Matching;

/// <summary>Withdraws an exclusion of the programme: the pair may be proposed again from the next run.</summary>
public static class RemoveExclusion
{
    public sealed record Request(Guid ProgrammeId, Guid ExclusionId);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var exclusion = (await db.MatchExclusions.SingleOrDefaultAsync(x => x.Id == request.ExclusionId && x.ProgrammeId == request.ProgrammeId, ct)).OrNotFound();
            db.MatchExclusions.Remove(exclusion);
            await db.SaveChangesAsync(ct);
        }
    }
}
