using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Safeguarding;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A manager moves a concern: takes it up (open → in progress, an optional note), resolves it
/// (with how), or reopens a resolved one (with why). The concern refuses any other step.
/// </summary>
public static class ChangeConcernState
{
    public sealed record Request(Guid ConcernId, ConcernStatus? Status, string? Note, Guid? Version);

    public sealed class Handler(HandlerContext context, ConcernAccess access) : IHandler
    {
        public async Task<Concern> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var concern = await access.GetAsync(request.ConcernId, ct);
            db.ExpectVersion(concern, request.Version);
            switch (request.Status)
            {
                case ConcernStatus.InProgress when concern.Status == ConcernStatus.Resolved:
                    concern.Reopen(request.Note, context.Actor, context.Now);
                    break;
                case ConcernStatus.InProgress:
                    concern.Start(request.Note, context.Actor, context.Now);
                    break;
                case ConcernStatus.Resolved:
                    concern.Resolve(request.Note, context.Actor, context.Now);
                    break;
                case ConcernStatus.Open:
                    throw new DomainException("ConcernState", "A concern goes back to work as in progress, not open.", concern.Status.ToString());
                default:
                    throw new DomainValidationException(nameof(Request.Status), "StateRequired", "Choose the new state.");
            }

            await db.SaveChangesAsync(ct);
            return concern;
        }
    }
}
