using Ponte.Data;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Either side cancels a scheduled meeting: everyone gets the cancellation, which takes it out of her calendar.</summary>
public static class CancelMeeting
{
    public sealed record Request(Guid ProcessId, Guid MeetingId, string? Reason, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, MeetingMessages messages) : IHandler
    {
        public async Task<Meeting> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var (process, meeting) = await MeetingAccess.LoadAsync(db, access, request.ProcessId, request.MeetingId, ct);
            MeetingAccess.RequireParticipant(access, process);
            db.ExpectVersion(meeting, request.Version);
            meeting.Cancel(request.Reason, context.Actor, context.Now);
            var names = await MeetingMessages.ContextAsync(db, process, ct);
            await messages.TellAsync(db, process, meeting, names, "Meeting.Cancelled", context.Actor.Name, withCalendar: true, ct);
            await db.SaveChangesAsync(ct);
            return meeting;
        }
    }
}
