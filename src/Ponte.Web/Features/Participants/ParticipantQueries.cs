using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Data;

namespace Ponte.Web.Features.Participants;

/// <summary>One line of the participant list, on the page and in the API.</summary>
public sealed record ParticipantRow(
    Guid Id,
    string Name,
    string Email,
    ParticipantRole Role,
    ParticipantStatus Status,
    Guid ProgrammeId,
    string ProgrammeName,
    TargetGroup? TargetGroup);

public static class ParticipantQueries
{
    /// <summary>
    /// The staff list: the organisation filter already limits <c>db.Participants</c>; the
    /// organisation is checked again here so that the list never depends on one safeguard.
    /// </summary>
    public static IQueryable<ParticipantRow> Search(
        AppDbContext db, Guid? organisationId, ParticipantRole? role, ParticipantStatus? status, Guid? programmeId, TargetGroup? targetGroup, string? q)
    {
        var participants = db.Participants.Where(p => p.OrganisationId == organisationId);
        if (role is { } r)
            participants = participants.Where(p => p.Role == r);
        if (status is { } s)
            participants = participants.Where(p => p.Status == s);
        if (programmeId is { } pid)
            participants = participants.Where(p => p.ProgrammeId == pid);
        if (targetGroup is { } g)
            participants = participants.Where(p => p.TargetGroup == g);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            participants = participants.Where(p => p.Profile.FullName.ToLower().Contains(term) || p.Profile.Email.ToLower().Contains(term));
        }

        return from p in participants
               join programme in db.Programmes on p.ProgrammeId equals programme.Id
               orderby p.Profile.FullName, p.Id
               select new ParticipantRow(p.Id, p.Profile.FullName, p.Profile.Email, p.Role, p.Status, p.ProgrammeId, programme.Name, p.TargetGroup);
    }
}
