using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A manager answers a request to end with "not now": the process goes on and the person who asked is told.</summary>
public static class DeclineCloseRequest
{
    public sealed record Request(Guid ProcessId, Guid RequestId, string? Note, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ClosingMessages messages) : IHandler
    {
        public async Task<MentoringProcess> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            db.ExpectVersion(process, request.Version);
            var (declined, line) = process.DeclineCloseRequest(request.RequestId, request.Note, context.Actor, context.Now);
            var participant = await db.Participants.SingleAsync(p => p.Id == declined.ParticipantId, ct);
            participant.CopyToTimeline([line]);
            await messages.TellRequesterAsync(db, process, declined, ct);
            await db.SaveChangesAsync(ct);
            return process;
        }
    }
}
