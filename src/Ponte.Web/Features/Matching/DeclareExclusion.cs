using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Profiles;

namespace Ponte.Web.Features.Matching;

/// <summary>
/// Records that a mentee and a mentor of the programme must never be proposed (a conflict of
/// interest, or a pair that ended badly), rejecting the latest run's open proposal of that pair.
/// Declaring it twice, even at the same moment, keeps the first: <see cref="Outcome.Created"/>
/// says whether this call made it.
/// </summary>
public static class DeclareExclusion
{
    /// <summary><paramref name="Reason"/> is the reason's name as the person sent it (DeclaredConflict or EndedBadly).</summary>
    public sealed record Request(Guid ProgrammeId, Guid? MenteeId, Guid? MentorId, string? Reason, string? Note);

    public sealed record Outcome(MatchExclusion Exclusion, bool Created);

    public sealed class Handler(HandlerContext context) : IHandler
    {
        public async Task<Outcome> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            var programme = await MatchBoard.FindProgrammeAsync(db, request.ProgrammeId, ct);
            var reason = ParseReason(request.Reason);
            var mentee = await db.Participants.SingleOrDefaultAsync(p => p.Id == request.MenteeId && p.ProgrammeId == programme.Id && p.Role == ParticipantRole.Mentee, ct)
                ?? throw new DomainValidationException(nameof(Request.MenteeId), "NotInProgramme", "Choose a mentee of this programme.");
            var mentor = await db.Participants.SingleOrDefaultAsync(p => p.Id == request.MentorId && p.ProgrammeId == programme.Id && p.Role == ParticipantRole.Mentor, ct)
                ?? throw new DomainValidationException(nameof(Request.MentorId), "NotInProgramme", "Choose a mentor of this programme.");
            var (exclusion, created) = await MatchExclusions.ExcludeAsync(db, mentee, mentor, reason, request.Note, context.Actor, context.Now, ct);
            if (!created)
                return new Outcome(exclusion, false);
            try
            {
                await db.SaveChangesAsync(ct);
                return new Outcome(exclusion, true);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                // Someone declared the same pair a moment earlier: the unique index kept one.
                db.ChangeTracker.Clear();
                var kept = await db.MatchExclusions.AsNoTracking().SingleOrDefaultAsync(x => x.MenteeId == mentee.Id && x.MentorId == mentor.Id, ct);
                if (kept is null)
                    throw;
                return new Outcome(kept, false);
            }
        }
    }

    /// <summary>One of the reasons by name, in any casing; a number or anything else is refused against the field.</summary>
    public static ExclusionReason ParseReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainValidationException(nameof(Request.Reason), "Required", "Choose a reason.");
        return Forms.ParseEnum<ExclusionReason>(reason)
            ?? throw new DomainValidationException(nameof(Request.Reason), "Invalid", "Choose a reason.");
    }
}
