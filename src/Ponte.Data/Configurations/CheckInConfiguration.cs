using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;

namespace Ponte.Data.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ForOrganisation).HasMaxLength(CheckIn.NoteMax);
        b.Ignore(x => x.IsLow);
        b.Ignore(x => x.IsNotAGoodFit);
        // Each round is asked of each participant once, however many sites run the job.
        b.HasIndex(x => new { x.ProcessId, x.ParticipantId, x.Kind, x.Round }).IsUnique();
        b.HasIndex(x => new { x.State, x.SentAt });
        b.HasIndex(x => x.ParticipantId);
    }
}
