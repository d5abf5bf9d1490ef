using Ponte.Web.Infrastructure.Email;

namespace Ponte.Web.Features.Applications;

/// <summary>
/// Schedules or moves the interview; she gets an invitation with a calendar entry in the
/// organisation's time zone (an update of the same entry when it moves), in the same save.
/// </summary>
public static class ScheduleInterview
{
    public sealed record Request(Guid ApplicationId, Guid? Version, DateTimeOffset At, string? Location, string? OnlineLink);

    public sealed class Handler(HandlerContext context, Notifier notifier) : IHandler
    {
        public async Task HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var application = await ApplicationMessages.LoadAsync(db, request.ApplicationId, request.Version, ct);
            var moved = application.InterviewAt is not null;
            application.ScheduleInterview(request.At, request.Location, request.OnlineLink, context.Actor, context.Now);
            var names = await ApplicationMessages.NamesAsync(db, application, ct);
            var where = string.Join(" · ", new[] { application.InterviewLocation, application.InterviewOnlineLink }.Where(w => w is not null));
            await notifier.QueueAsync(db, ApplicationMessages.RecipientOf(application), moved ? "Application.InterviewMoved" : "Application.Interview",
                [names.Programme, application.Profile.FullName, new MailTime(request.At, names.TimeZone), where, names.Organisation],
                ApplicationMessages.Interview(application, names, cancelled: false), ct);
            await db.SaveChangesAsync(ct);
        }
    }
}
