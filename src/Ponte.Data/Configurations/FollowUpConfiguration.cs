using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;

namespace Ponte.Data.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Qualification).HasMaxLength(FollowUp.QualificationMax);
        // Each kind is asked of each mentee of a closed process once, however many sites run the job.
        b.HasIndex(x => new { x.ProcessId, x.ParticipantId, x.Kind }).IsUnique();
        b.HasIndex(x => new { x.State, x.SentAt });
        b.HasIndex(x => x.ParticipantId);
    }
}
