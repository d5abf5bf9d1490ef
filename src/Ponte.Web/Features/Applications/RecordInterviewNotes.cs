namespace Ponte.Web.Features.Applications;

/// <summary>Records what the interview found: qualifications, motivation and expectations (at least one).</summary>
public static class RecordInterviewNotes
{
    public sealed record Request(Guid ApplicationId, Guid? Version, string? Qualifications, string? Motivation, string? Expectations);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task HandleAsync(Request request, CancellationToken ct)
        {
            var application = await ApplicationMessages.LoadAsync(context.Db, request.ApplicationId, request.Version, ct);
            application.RecordInterview(request.Qualifications, request.Motivation, request.Expectations, context.Actor, context.Now);
            await context.Db.SaveChangesAsync(ct);
        }
    }
}
