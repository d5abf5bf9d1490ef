using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A manager ends a pause: the process returns to the state it was paused from, and everyone is told.</summary>
public static class ResumeProcess
{
    public sealed record Request(Guid ProcessId, string? Note, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ProcessMessages messages) : IHandler
    {
        public async Task<MentoringProcess> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            db.ExpectVersion(process, request.Version);
            var change = process.Resume(request.Note, context.Actor, context.Now);
            await ProcessTimelines.CopyAsync(db, change, ct);
            await messages.TellEveryoneAsync(db, process, "Mentoring.Resumed", ct);
            await db.SaveChangesAsync(ct);
            return process;
        }
    }
}
