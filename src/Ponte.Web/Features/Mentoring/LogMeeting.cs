using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Either side logs a meeting that happened — one that was scheduled, or one that was not — with
/// its length, how they met, the topics and plan goals, shared notes, her private note and next
/// steps; in a group, who came. Goals must be goals of this process's plans.
/// </summary>
public static class LogMeeting
{
    public sealed record Attendance(Guid MenteeId, bool Attended);

    /// <summary><paramref name="MeetingId"/> null logs a meeting that was never scheduled.</summary>
    public sealed record Request(
        Guid ProcessId, Guid? MeetingId, DateTimeOffset? HeldAt, int? Minutes, MeetingMode? Mode, MeetingTopic? Topics,
        IReadOnlyList<Guid>? GoalIds, string? SharedNotes, string? PrivateNote, string? NextSteps,
        IReadOnlyList<Attendance>? Attendance, Guid? Version);

    public sealed class Handler(HandlerContext context, ProcessAccess access) : IHandler
    {
        public async Task<Meeting> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var process = await access.GetAsync(request.ProcessId, ct);
            MeetingAccess.RequireParticipant(access, process);
            var goals = (request.GoalIds ?? []).ToList();
            if (goals.Count > 0)
            {
                var known = await db.SupportPlans.Where(p => p.ProcessId == process.Id).ToListAsync(ct);
                var ids = known.SelectMany(p => p.Goals).Select(g => g.Id).ToHashSet();
                if (goals.Any(g => !ids.Contains(g)))
                    throw new DomainValidationException(nameof(Meeting.GoalIds), "UnknownGoal", "Choose goals of this process's plan.");
            }

            var held = new HeldMeeting(
                request.HeldAt ?? throw new DomainValidationException(nameof(HeldMeeting.HeldAt), "Required", "Enter when it took place."),
                request.Minutes ?? throw new DomainValidationException(nameof(HeldMeeting.Minutes), "Required", "Enter how long it lasted."),
                request.Mode ?? throw new DomainValidationException(nameof(HeldMeeting.Mode), "Required", "Choose in person or online."),
                request.Topics ?? MeetingTopic.None, goals, request.SharedNotes, request.PrivateNote, request.NextSteps);

            Meeting meeting;
            if (request.MeetingId is { } id)
            {
                (_, meeting) = await MeetingAccess.LoadAsync(db, access, process.Id, id, ct);
                db.ExpectVersion(meeting, request.Version);
                meeting.Log(process, held, context.Actor, context.Now);
            }
            else
            {
                meeting = Meeting.LogUnscheduled(process, held, context.Actor, context.Now);
                db.Meetings.Add(meeting);
            }

            foreach (var line in request.Attendance ?? [])
                meeting.RecordAttendance(line.MenteeId, line.Attended);
            await db.SaveChangesAsync(ct);
            return meeting;
        }
    }
}
