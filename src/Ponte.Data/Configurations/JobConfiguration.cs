using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Data.Jobs;

namespace Ponte.Data.Configurations;

internal sealed class JobScheduleConfiguration : IEntityTypeConfiguration<JobSchedule>
{
    public void Configure(EntityTypeBuilder<JobSchedule> b)
    {
        b.ToTable("JobSchedules");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.LeasedBy).HasMaxLength(100);
    }
}

internal sealed class JobItemConfiguration : IEntityTypeConfiguration<JobItem>
{
    public void Configure(EntityTypeBuilder<JobItem> b)
    {
        b.ToTable("JobItems");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Job).HasMaxLength(100);
        b.Property(x => x.Key).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(300);
        b.Property(x => x.LeasedBy).HasMaxLength(100);
        b.Property(x => x.LastError).HasMaxLength(200);
        b.HasIndex(x => new { x.Job, x.Key }).IsUnique();
        b.HasIndex(x => new { x.State, x.NextAttemptAt });
        b.HasIndex(x => new { x.OrganisationId, x.State });
    }
}
