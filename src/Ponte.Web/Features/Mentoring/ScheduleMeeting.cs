using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Either side of an active process schedules a meeting: everyone in it gets the calendar
/// invitation by email, in her language, the time in the organisation's zone.
/// </summary>
public static class ScheduleMeeting
{
    /// <summary><paramref name="StartsAt"/> is the instant (a page turns what she typed in her zone into it).</summary>
    public sealed record Request(Guid ProcessId, DateTimeOffset? StartsAt, int? Minutes, MeetingMode? Mode, string? Place, string? Link);

    public sealed class Handler(HandlerContext context, ProcessAccess access, MeetingMessages messages) : IHandler
    {
        public async Task<Meeting> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            MeetingAccess.RequireParticipant(access, process);
            var meeting = Meeting.Schedule(process,
                request.StartsAt ?? throw new DomainValidationException(nameof(Meeting.StartsAt), "Required", "Enter a date and time."),
                request.Minutes ?? throw new DomainValidationException(nameof(Meeting.Minutes), "Required", "Enter how long it lasts."),
                request.Mode ?? throw new DomainValidationException(nameof(Meeting.Mode), "Required", "Choose in person or online."),
                request.Place, request.Link, context.Actor, context.Now);
            db.Meetings.Add(meeting);
            var names = await MeetingMessages.ContextAsync(db, process, ct);
            await messages.TellAsync(db, process, meeting, names, "Meeting.Invitation", context.Actor.Name, withCalendar: true, ct);
            await db.SaveChangesAsync(ct);
            return meeting;
        }
    }
}
