using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Matching;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class MatchExclusionConfiguration : IEntityTypeConfiguration<MatchExclusion>
{
    public void Configure(EntityTypeBuilder<MatchExclusion> b)
    {
        b.Audited();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Note).HasMaxLength(MatchExclusion.NoteMax);
        b.HasIndex(x => new { x.MenteeId, x.MentorId }).IsUnique();
        b.HasIndex(x => x.ProgrammeId);
    }
}
