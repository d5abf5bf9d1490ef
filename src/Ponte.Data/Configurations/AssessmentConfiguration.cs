using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Participants;
using Ponte.Domain.Screening;

namespace Ponte.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.Audited();
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany<Rating>("_ratings", r =>
        {
            r.ToTable("AssessmentRatings");
            r.WithOwner().HasForeignKey("AssessmentId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Note).HasMaxLength(Rating.NoteMax);
            r.Ignore(x => x.IsSensitive);
        });
        b.Ignore(x => x.Ratings);
        b.HasIndex(x => new { x.ParticipantId, x.TakenAt });
    }
}
