using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;

namespace Ponte.Data.Configurations;

internal sealed class IndividualEvaluationConfiguration : IEntityTypeConfiguration<IndividualEvaluation>
{
    public void Configure(EntityTypeBuilder<IndividualEvaluation> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Experience).HasMaxLength(IndividualEvaluation.TextMax);
        b.Property(x => x.WhatChanged).HasMaxLength(IndividualEvaluation.TextMax);
        b.HasIndex(x => new { x.ProcessId, x.ParticipantId }).IsUnique();
    }
}
