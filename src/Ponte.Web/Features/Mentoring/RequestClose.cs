using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A participant asks the organisation to end her process (a mentee may ask for a new mentor). The
/// line goes on her own timeline only and the managers are told that a request waits, never why:
/// the other side of the process learns nothing of it.
/// </summary>
public static class RequestClose
{
    public sealed record Request(Guid ProcessId, ClosingOutcome? Outcome, EndReason? Reason, string? Text, bool WantsNewMentor);

    public sealed class Handler(HandlerContext context, ProcessAccess access, ClosingMessages messages) : IHandler
    {
        public async Task<CloseRequest> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            var me = access.MeLinked(process) ?? throw new Domain.Common.DomainException("NotAParticipant", "Only a participant of this process can ask to end it.");
            var outcome = request.Outcome ?? ClosingOutcome.EndedEarly;
            var (closeRequest, line) = process.RequestClose(outcome, request.Reason, request.Text, request.WantsNewMentor, context.Actor, context.Now);
            var participant = await db.Participants.SingleAsync(p => p.Id == me.ParticipantId, ct);
            participant.CopyToTimeline([line]);
            await messages.TellManagersAsync(db, process, ct);
            await db.SaveChangesAsync(ct);
            return closeRequest;
        }
    }
}
