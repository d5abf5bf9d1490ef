using Ponte.Data;
using Ponte.Domain.Safeguarding;

namespace Ponte.Web.Features.Mentoring;

/// <summary>A manager writes down what she did about a concern (it goes on its log, with her and the time).</summary>
public static class RecordConcernAction
{
    public sealed record Request(Guid ConcernId, string? Action, Guid? Version);

    public sealed class Handler(HandlerContext context, ConcernAccess access) : IHandler
    {
        public async Task<Concern> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var concern = await access.GetAsync(request.ConcernId, ct);
            db.ExpectVersion(concern, request.Version);
            concern.RecordAction(request.Action, context.Actor, context.Now);
            await db.SaveChangesAsync(ct);
            return concern;
        }
    }
}
