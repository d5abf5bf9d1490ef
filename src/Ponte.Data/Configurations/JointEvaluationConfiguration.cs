using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;

namespace Ponte.Data.Configurations;

internal sealed class JointEvaluationConfiguration : IEntityTypeConfiguration<JointEvaluation>
{
    public void Configure(EntityTypeBuilder<JointEvaluation> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Summary).HasMaxLength(JointEvaluation.SummaryMax);
        b.OwnsMany<GoalRating>("_ratings", r =>
        {
            r.ToTable("GoalRatings");
            r.WithOwner().HasForeignKey("JointEvaluationId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Goal).HasMaxLength(PlanGoal.WhatMax);
            r.Property(x => x.Evidence).HasMaxLength(GoalRating.EvidenceMax);
        });
        b.Ignore(x => x.Ratings);
        b.HasIndex(x => new { x.ProcessId, x.MenteeId }).IsUnique();
    }
}
