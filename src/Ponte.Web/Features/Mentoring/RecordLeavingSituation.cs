using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A manager corrects a mentee's situation on leaving after the close.</summary>
public static class RecordLeavingSituation
{
    public sealed record Request(Guid ProcessId, LeavingSituationInput Situation, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<(MentoringProcess Process, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            db.ExpectVersion(process, request.Version);
            var changed = process.RecordLeavingSituation(request.Situation, context.Actor, context.Now);
            await db.SaveChangesAsync(ct);
            return (process, changed);
        }
    }
}
