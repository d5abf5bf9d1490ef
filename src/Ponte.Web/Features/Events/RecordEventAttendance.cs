using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Events;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Events;

/// <summary>
/// A manager records who attended a programme event, once it has started (recording again
/// corrects it). At mentor training the hours count towards the programme's required training,
/// so every listed mentor's readiness is evaluated again in the same save.
/// </summary>
public static class RecordEventAttendance
{
    /// <summary>Whether she attended; <paramref name="Hours"/> for someone who attended less than the whole event.</summary>
    public sealed record Item(Guid ParticipantId, bool Attended, decimal? Hours);

    public sealed record Request(Guid EventId, Guid? Version, IReadOnlyList<Item?>? Attendance);

    /// <summary>The event as saved, and the listed mentors this made ready to match.</summary>
    public sealed record Result(ProgrammeEvent Event, IReadOnlyList<Participant> NowReady);

    public sealed class Handler(HandlerContext context, EventAccess access) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programmeEvent = await access.ManagedProgrammeEventAsync(request.EventId, ct);
            var items = request.Attendance ?? throw new DomainValidationException(nameof(Request.Attendance), "Required", "List who attended.");
            var ids = items.Select(i => i?.ParticipantId ?? Guid.Empty).ToList();
            var people = await db.Participants.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            for (var i = 0; i < items.Count; i++)
            {
                var field = $"{nameof(Request.Attendance)}[{i}].{nameof(Item.ParticipantId)}";
                if (ids[i] == Guid.Empty)
                    throw new DomainValidationException(field, "Required", "Give the participant's id.");
                if (ids.IndexOf(ids[i]) != i)
                    throw new DomainValidationException(field, "Duplicate", "Each participant is listed once.");
                if (!people.ContainsKey(ids[i]))
                    throw new NotFoundException(); // of another organisation, or of nobody
            }

            var now = context.Now;
            db.ExpectVersion(programmeEvent, request.Version);
            var mentors = people.Values.Where(p => p.Role == ParticipantRole.Mentor).ToList();
            var before = mentors.ToDictionary(m => m.Id, m => m.Status);
            for (var i = 0; i < items.Count; i++)
            {
                try
                {
                    programmeEvent.RecordAttendance(items[i]!.ParticipantId, items[i]!.Attended, items[i]!.Hours, context.Actor, now);
                }
                catch (DomainValidationException e) when (e.Field == "Hours")
                {
                    // Named after the line it is about, so a page or a client can point at it.
                    throw new DomainValidationException($"{nameof(Request.Attendance)}[{i}].{nameof(Item.Hours)}", e.Code, e.Message, [.. e.Args]);
                }
            }

            await MentorReadiness.ReevaluateAfterEventAttendanceAsync(db, programmeEvent, mentors, context.Actor, now, ct);
            await db.SaveChangesAsync(ct);
            var nowReady = mentors.Where(m => m.Status == ParticipantStatus.ReadyToMatch && before[m.Id] != ParticipantStatus.ReadyToMatch).ToList();
            return new Result(programmeEvent, nowReady);
        }
    }
}
