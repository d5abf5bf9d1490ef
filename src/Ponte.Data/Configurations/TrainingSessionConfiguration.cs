using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Programmes;
using Ponte.Domain.Training;

namespace Ponte.Data.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.Trainer).HasMaxLength(200);
        b.Property(x => x.Hours).HasPrecision(5, 2);
        b.OwnsMany<Attendance>("_attendance", a =>
        {
            a.ToTable("TrainingAttendance");
            a.WithOwner().HasForeignKey("TrainingSessionId");
            a.HasKey(x => x.Id);
            a.HasIndex(x => x.ParticipantId);
        });
        b.Ignore(x => x.Attendance);
        b.HasIndex(x => new { x.ProgrammeId, x.StartsAt });
    }
}
