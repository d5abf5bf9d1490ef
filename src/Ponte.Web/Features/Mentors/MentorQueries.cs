using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Mentors;

/// <summary>Finding the mentor a page or a call names, through the organisation filter.</summary>
public static class MentorQueries
{
    /// <summary>A mentor of the caller's organisation (the query filter hides every other one), or null.</summary>
    public static Task<Participant?> FindMentorAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.Participants.SingleOrDefaultAsync(p => p.Id == id && p.Role == ParticipantRole.Mentor, ct);

    /// <summary>A participant of the caller's organisation, whatever her role: the API says "mentors only" rather than 404 for a mentee.</summary>
    public static async Task<Participant> FindParticipantAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        (await db.Participants.SingleOrDefaultAsync(p => p.Id == id, ct)).OrNotFound();
}
