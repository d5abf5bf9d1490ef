using Ponte.Data;
using Ponte.Domain.Common;

namespace Ponte.Web.Features.Mentors;

/// <summary>
/// Marks the mentor ready to match by hand (readiness is otherwise evaluated by itself after
/// every check and attendance change), e.g. after the programme's required hours changed.
/// </summary>
public static class MarkReadyToMatch
{
    public sealed record Request(Guid MentorId, Guid? Version);

    /// <summary>Her readiness as judged; <see cref="Marked"/> is false when gaps remain (nothing is saved then).</summary>
    public sealed record Result(ReadinessSnapshot Readiness, bool Marked);

    /// <summary>The domain's refusal while gaps remain, answered with the gaps rather than thrown.</summary>
    public const string NotReady = "NotReadyToMatch";

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Result> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var mentor = await MentorQueries.FindParticipantAsync(db, request.MentorId, ct);
            var now = context.Now;
            var snapshot = await MentorReadiness.LoadAsync(db, mentor, now, ct);
            db.ExpectVersion(mentor, request.Version);
            try
            {
                mentor.MarkReadyToMatch(snapshot.Programme, snapshot.Attended, context.Actor, now);
            }
            catch (DomainException e) when (e.Code == NotReady)
            {
                // The page lists the gaps and the API names them: a refusal with more to say than a code.
                return new Result(snapshot, Marked: false);
            }

            await db.SaveChangesAsync(ct);
            return new Result(snapshot, Marked: true);
        }
    }
}
