using Ponte.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Data;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Shared;

/// <summary>
/// Who may see which participant, and which of her screening notes: the one place pages and
/// API ask. Anything not allowed here looks like a record that does not exist (404).
/// <list type="bullet">
/// <item>Staff (managers, trainers) see every participant of their own organisation.</item>
/// <item>A mentor sees herself and the mentees of her active relationships.</item>
/// <item>A mentee sees herself.</item>
/// <item>The network coordinator sees no individual participant.</item>
/// </list>
/// Notes on sensitive indicators (health and well-being) are read only by the managers of her
/// organisation — never by trainers or mentors — and by the mentee herself on her own
/// self-assessments, because she wrote them.
/// </summary>
public sealed class ParticipantAccess(AppDbContext db, CurrentUser me)
{
    public bool IsStaff => me.IsStaff && me.OrganisationId is not null;

    public bool IsManager => me.IsManager && me.OrganisationId is not null;

    private bool IsMentor => me.IsIn(Roles.Mentor) && me.ParticipantId is not null;

    private bool IsMentee => me.IsIn(Roles.Mentee) && me.ParticipantId is not null;

    /// <summary>The participants the caller may open, on top of the organisation filter.</summary>
    public IQueryable<Participant> Visible()
    {
        var org = me.OrganisationId;
        if (IsStaff)
            return db.Participants.Where(p => p.OrganisationId == org);
        var self = me.ParticipantId;
        if (IsMentor)
        {
            return db.Participants.Where(p => p.OrganisationId == org && (p.Id == self
                || db.Relationships.Any(r => r.Status == RelationshipStatus.Active && r.MentorId == self && r.MenteeId == p.Id)));
        }

        if (IsMentee)
            return db.Participants.Where(p => p.OrganisationId == org && p.Id == self);
        return db.Participants.Where(p => false);
    }

    /// <summary>The participant, if the caller may see her; otherwise <see cref="NotFoundException"/>.</summary>
    public async Task<Participant> GetAsync(Guid id, CancellationToken ct = default) =>
        (await Visible().FirstOrDefaultAsync(p => p.Id == id, ct)).OrNotFound();

    public Task<bool> CanSeeAsync(Guid id, CancellationToken ct = default) => Visible().AnyAsync(p => p.Id == id, ct);

    /// <summary>Whether the caller is the participant herself.</summary>
    public bool IsSelf(Participant participant) => me.ParticipantId == participant.Id;

    /// <summary>Staff screen a mentee of their organisation; a mentee records her own self-assessment.</summary>
    public bool MayRecordScreening(Participant participant) =>
        participant.Role == ParticipantRole.Mentee
        && ((IsStaff && participant.OrganisationId == me.OrganisationId) || (IsMentee && IsSelf(participant)));

    /// <summary>Only staff choose the mode; the mentee's own screening is always a self-assessment.</summary>
    public bool MayChooseMode => IsStaff;

    public bool MaySetTargetGroup(Participant participant) =>
        IsManager && participant.OrganisationId == me.OrganisationId && participant.Role == ParticipantRole.Mentee;

    /// <summary>Interview and decision reasons on the timeline are staff information.</summary>
    public bool MayReadTimelineDetail(Participant participant) => IsStaff && participant.OrganisationId == me.OrganisationId;

    /// <summary>The managers of her organisation read sensitive notes.</summary>
    public bool MayReadSensitive(Participant participant) => IsManager && participant.OrganisationId == me.OrganisationId;

    /// <summary>Whether the caller may read this note; non-sensitive notes go to whoever sees the participant.</summary>
    public bool MayReadNote(Participant participant, Assessment assessment, Rating rating) =>
        !rating.IsSensitive
        || MayReadSensitive(participant)
        || (IsMentee && IsSelf(participant) && assessment.Mode == AssessmentMode.SelfAssessment);
}
