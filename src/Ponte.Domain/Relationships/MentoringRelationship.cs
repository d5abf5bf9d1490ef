using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;

namespace Ponte.Domain.Relationships;

public enum RelationshipStatus
{
    Active = 0,
    Closed = 1,
}

/// <summary>A mentor and a mentee working together in a programme.</summary>
public sealed class MentoringRelationship : VersionedEntity, IOrganisationOwned
{
    private MentoringRelationship()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid MentorId { get; private set; }

    public Guid MenteeId { get; private set; }

    public RelationshipStatus Status { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static MentoringRelationship Start(Participant mentor, Participant mentee, Actor actor, DateTimeOffset now)
    {
        if (mentor.Role != ParticipantRole.Mentor || mentee.Role != ParticipantRole.Mentee)
            throw new DomainException("RolesMismatch", "A relationship joins one mentor and one mentee.");
        if (mentor.OrganisationId != mentee.OrganisationId || mentor.ProgrammeId != mentee.ProgrammeId)
            throw new DomainException("ProgrammeMismatch", "Mentor and mentee must be in the same programme.");
        mentor.RequireMatchable();
        mentee.RequireMatchable();
        mentee.MarkMatched(actor, now);
        mentor.MarkMatched(actor, now);
        return new MentoringRelationship
        {
            OrganisationId = mentor.OrganisationId,
            ProgrammeId = mentor.ProgrammeId,
            MentorId = mentor.Id,
            MenteeId = mentee.Id,
            Status = RelationshipStatus.Active,
            StartedAt = now,
        };
    }

    public void Close(DateTimeOffset now)
    {
        if (Status == RelationshipStatus.Closed)
            throw new DomainException("RelationshipClosed", "The relationship is already closed.");
        Status = RelationshipStatus.Closed;
        ClosedAt = now;
    }
}
