using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Either side moves a scheduled meeting or changes where it is: everyone gets the updated invitation (same UID, higher sequence).</summary>
public static class RescheduleMeeting
{
    public sealed record Request(Guid ProcessId, Guid MeetingId, DateTimeOffset? StartsAt, int? Minutes, MeetingMode? Mode, string? Place, string? Link, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access, MeetingMessages messages) : IHandler
    {
        public async Task<(Meeting Meeting, bool Changed)> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var (process, meeting) = await MeetingAccess.LoadAsync(db, access, request.ProcessId, request.MeetingId, ct);
            MeetingAccess.RequireParticipant(access, process);
            db.ExpectVersion(meeting, request.Version);
            var changed = meeting.Reschedule(process,
                request.StartsAt ?? throw new DomainValidationException(nameof(Meeting.StartsAt), "Required", "Enter a date and time."),
                request.Minutes ?? throw new DomainValidationException(nameof(Meeting.Minutes), "Required", "Enter how long it lasts."),
                request.Mode ?? throw new DomainValidationException(nameof(Meeting.Mode), "Required", "Choose in person or online."),
                request.Place, request.Link, context.Actor, context.Now);
            if (!changed)
                return (meeting, false);
            var names = await MeetingMessages.ContextAsync(db, process, ct);
            await messages.TellAsync(db, process, meeting, names, "Meeting.Updated", context.Actor.Name, withCalendar: true, ct);
            await db.SaveChangesAsync(ct);
            return (meeting, true);
        }
    }
}

/// <summary>Loading a meeting through its process: not visible → 404; a meeting of another process → 404.</summary>
public static class MeetingAccess
{
    public static async Task<(MentoringProcess Process, Meeting Meeting)> LoadAsync(AppDbContext db, ProcessAccess access, Guid processId, Guid meetingId, CancellationToken ct)
    {
        var process = await access.GetAsync(processId, ct);
        var meeting = (await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ProcessId == process.Id, ct)).OrNotFound();
        return (process, meeting);
    }

    /// <summary>Scheduling, moving, cancelling and logging are the participants'; a manager reads (403).</summary>
    public static ProcessMember RequireParticipant(ProcessAccess access, MentoringProcess process) =>
        access.MeLinked(process) ?? throw ProcessAccess.ManagersOnly();
}
