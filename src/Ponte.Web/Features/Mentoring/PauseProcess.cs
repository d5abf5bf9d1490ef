using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A manager pauses a process (holidays, illness, other) with an optional note for staff; the participants are told, without the note.</summary>
public static class PauseProcess
{
    public sealed record Request(Guid ProcessId, PauseReason? Reason, string? Note, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ProcessMessages messages) : IHandler
    {
        public async Task<MentoringProcess> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            if (!access.IsManager)
                throw ProcessAccess.ManagersOnly();
            var reason = request.Reason ?? throw new DomainValidationException(nameof(MentoringProcess.PauseReason), "Required", "Choose why the process pauses.");
            db.ExpectVersion(process, request.Version);
            var change = process.Pause(reason, request.Note, context.Actor, context.Now);
            await ProcessTimelines.CopyAsync(db, change, ct);
            await messages.TellEveryoneAsync(db, process, "Mentoring.Paused", ct, new MailFragment("Mentoring.PauseReason." + reason));
            await db.SaveChangesAsync(ct);
            return process;
        }
    }
}
