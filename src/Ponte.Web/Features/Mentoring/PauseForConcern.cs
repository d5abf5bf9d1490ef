using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Infrastructure.Email;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A manager protects the person who raised a concern at once: the concern's process is paused
/// (the usual pause, reason Other, so the participants are told it is paused and not why) and its
/// contact details are hidden from everyone until a manager shows them again. Either part
/// already done is kept; the concern's log records the step.
/// </summary>
public static class PauseForConcern
{
    public sealed record Request(Guid ConcernId, Guid? Version);

    public sealed class Handler(HandlerContext context, ConcernAccess access, ProcessMessages messages) : IHandler
    {
        public async Task<(Concern Concern, MentoringProcess Process)> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var concern = await access.GetAsync(request.ConcernId, ct);
            db.ExpectVersion(concern, request.Version);
            var process = await ConcernProcess.LoadAsync(db, concern, ct);
            if (process.Status == ProcessStatus.Paused && process.ContactsHidden)
                throw new DomainException("AlreadyProtected", "The process is paused and its contact details are hidden already.");

            concern.RecordProcessPaused(process, context.Actor, context.Now);
            if (process.Status != ProcessStatus.Paused)
            {
                var change = process.Pause(PauseReason.Other, null, context.Actor, context.Now);
                await ProcessTimelines.CopyAsync(db, change, ct);
                await messages.TellEveryoneAsync(db, process, "Mentoring.Paused", ct, new MailFragment("Mentoring.PauseReason." + PauseReason.Other));
            }

            if (!process.ContactsHidden)
                process.HideContacts();
            await db.SaveChangesAsync(ct);
            return (concern, process);
        }
    }
}

/// <summary>The process a concern is about, in the manager's organisation.</summary>
internal static class ConcernProcess
{
    public static async Task<MentoringProcess> LoadAsync(AppDbContext db, Concern concern, CancellationToken ct)
    {
        if (concern.ProcessId is not { } id)
            throw new DomainException("NoProcess", "This concern is not about a mentoring process.");
        return await db.MentoringProcesses.SingleAsync(p => p.Id == id && p.OrganisationId == concern.OrganisationId, ct);
    }
}
