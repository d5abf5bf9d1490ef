using Ponte.Data;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// A participant changes when she can meet and, as a mentor, how many mentees she takes; the
/// next matching run uses them. Only her own record: the id comes from her sign-in.
/// </summary>
public static class UpdateAvailability
{
    /// <summary><paramref name="MentorCapacity"/> null keeps the programme's number.</summary>
    public sealed record Request(WeeklyAvailability Availability, int? MentorCapacity, Guid? Version);

    public sealed class Handler(HandlerContext context, CurrentUser me) : IHandler
    {
        public async Task<bool> HandleAsync(Request request, CancellationToken ct)
        {
            var db = context.Db;
            if (me.ParticipantId is not { } id || !(me.IsIn(Roles.Mentor) || me.IsIn(Roles.Mentee)))
                throw new NotFoundException();
            var participant = (await db.Participants.SingleOrDefaultAsync(p => p.Id == id && p.UserId == me.UserId, ct)).OrNotFound();
            db.ExpectVersion(participant, request.Version);
            if (!participant.UpdateAvailability(request.Availability, request.MentorCapacity, context.Actor, context.Now))
                return false;
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
