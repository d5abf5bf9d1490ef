using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;

namespace Ponte.Data.Configurations;

internal sealed class RenewalConfiguration : IEntityTypeConfiguration<Renewal>
{
    public void Configure(EntityTypeBuilder<Renewal> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.FromProcessId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.ToProcessId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany<CarriedGoal>("_goals", g =>
        {
            g.ToTable("RenewalGoals");
            g.WithOwner().HasForeignKey("RenewalId");
            g.HasKey(x => x.Id);
            g.Property(x => x.Id).ValueGeneratedNever();
            g.Property(x => x.FreeAreaName).HasMaxLength(PlanGoal.FreeAreaNameMax);
            g.Property(x => x.What).HasMaxLength(PlanGoal.WhatMax);
            g.Property(x => x.Measure).HasMaxLength(PlanGoal.MeasureMax);
        });
        b.Ignore(x => x.Goals);
        b.Ignore(x => x.IsPending);
        b.HasIndex(x => new { x.FromProcessId, x.MenteeId }).IsUnique();
        b.HasIndex(x => new { x.MenteeId, x.ToProcessId });
    }
}
