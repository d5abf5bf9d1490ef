using Ponte.Domain.Applications;
using Ponte.Web.Infrastructure.Email;

namespace Ponte.Web.Features.Applications;

/// <summary>Declines the application (a reason is required) and tells her, in her language, with the words the manager chose to share (which may be none).</summary>
public static class Decline
{
    public sealed record Request(Guid ApplicationId, Guid? Version, string? Reason, string? MessageToApplicant);

    public sealed class Handler(HandlerContext context, Notifier notifier) : IHandler
    {
        public async Task HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var application = await ApplicationMessages.LoadAsync(db, request.ApplicationId, request.Version, ct);
            var names = await ApplicationMessages.NamesAsync(db, application, ct);
            var note = ApplicationMessages.Note(request.MessageToApplicant, names);
            var interviewAhead = application.Status == ApplicationStatus.InterviewScheduled && application.InterviewAt > context.Now;
            application.Decide(Decision.Decline, request.Reason, context.Actor, context.Now);

            // She is told in the same save as the decision.
            await notifier.QueueAsync(db, ApplicationMessages.RecipientOf(application), "Application.Declined",
                [names.Programme, application.Profile.FullName, names.Organisation, note],
                ApplicationMessages.CancelledInterview(interviewAhead, application, names), ct);
            await db.SaveChangesAsync(ct);
        }
    }
}
