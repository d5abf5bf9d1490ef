using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Training;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Training;

/// <summary>
/// Records who attended a session (only once it has started) and evaluates the readiness of
/// every listed mentor again, in the same save: she may move on to "ready to match", or back.
/// </summary>
public static class RecordAttendance
{
    public sealed record Item(Guid MentorId, bool Attended);

    /// <summary>The mentors whose attendance is recorded, each listed once.</summary>
    public sealed record Request(Guid SessionId, Guid? Version, IReadOnlyList<Item?>? Attendance);

    /// <summary>The session as saved, and the listed mentors this made ready to match.</summary>
    public sealed record Result(TrainingSession Session, IReadOnlyList<Participant> NowReady);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == request.SessionId, ct) ?? throw new NotFoundException();
            var items = request.Attendance ?? throw new DomainValidationException(nameof(Request.Attendance), "Required", "List who attended.");
            var ids = items.Select(i => i?.MentorId ?? Guid.Empty).ToList();
            var mentors = await db.Participants.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            for (var i = 0; i < items.Count; i++)
            {
                var field = $"{nameof(Request.Attendance)}[{i}].{nameof(Item.MentorId)}";
                if (ids[i] == Guid.Empty)
                    throw new DomainValidationException(field, "Required", "Give the mentor's id.");
                if (ids.IndexOf(ids[i]) != i)
                    throw new DomainValidationException(field, "Duplicate", "Each mentor is listed once.");
                if (!mentors.TryGetValue(ids[i], out var mentor))
                    throw new NotFoundException(); // of another organisation, or of nobody
                if (mentor.Role != ParticipantRole.Mentor)
                    throw new DomainValidationException(field, "MentorsOnly", "This applies to mentors only.");
                if (mentor.ProgrammeId != session.ProgrammeId)
                    throw new DomainValidationException(field, "ProgrammeMismatch", "The mentor is not in this session's programme.");
            }

            var now = context.Now;
            db.ExpectVersion(session, request.Version);
            session.RequireStarted(now);
            var listed = ids.Select(id => mentors[id]).ToList();
            var before = listed.ToDictionary(m => m.Id, m => m.Status);
            foreach (var item in items)
                session.RecordAttendance(mentors[item!.MentorId], item.Attended, now);
            await MentorReadiness.ReevaluateAfterAttendanceAsync(db, session, listed, context.Actor, now, ct);
            await db.SaveChangesAsync(ct);

            var nowReady = listed.Where(m => m.Status == ParticipantStatus.ReadyToMatch && before[m.Id] != ParticipantStatus.ReadyToMatch).ToList();
            return new Result(session, nowReady);
        }
    }
}
