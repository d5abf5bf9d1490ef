using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Participants;
using Ponte.Domain.Relationships;

namespace Ponte.Data.Configurations;

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<MentoringRelationship>
{
    public void Configure(EntityTypeBuilder<MentoringRelationship> b)
    {
        b.Audited();
        b.Versioned();
        b.ToTable("Relationships");
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MentorId, x.Status });
        b.HasIndex(x => new { x.MenteeId, x.Status });
    }
}
