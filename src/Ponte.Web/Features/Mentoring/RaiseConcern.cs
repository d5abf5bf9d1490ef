using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A mentor or mentee raises a safeguarding concern with her own account, about one of her
/// processes or in general. Her organisation's managers are emailed that a concern exists (no
/// details) and she is told it arrived, in the same save.
/// </summary>
public static class RaiseConcern
{
    public sealed record Request(Guid? ProcessId, ConcernTopic? Topic, string? Text, bool? WantsContact, ConcernContactWay? ContactWay);

    public sealed class Handler(HandlerContext context, CurrentUser me, ProcessAccess processes, ConcernMessages messages) : IHandler
    {
        public async Task<Concern> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            if (!(me.IsIn(Roles.Mentor) || me.IsIn(Roles.Mentee)) || me.ParticipantId is not { } participantId)
                throw new RequestRefusedException(StatusCodes.Status403Forbidden, "Error.Forbidden");
            var raiser = (await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId, ct)).OrNotFound();
            MentoringProcess? process = null;
            if (request.ProcessId is { } processId)
            {
                process = await processes.Visible().FirstOrDefaultAsync(p => p.Id == processId, ct)
                    ?? throw new DomainValidationException(nameof(Request.ProcessId), "NotYourProcess", "Choose one of your own mentoring processes.");
            }

            var concern = Concern.Raise(raiser, process, request.Topic, request.Text, request.WantsContact ?? false, request.ContactWay, context.Actor, context.Now);
            db.Concerns.Add(concern);
            await messages.TellManagersAsync(db, concern, ct);
            await messages.ThankRaiserAsync(db, concern, raiser, ct);
            await db.SaveChangesAsync(ct);
            return concern;
        }
    }
}
