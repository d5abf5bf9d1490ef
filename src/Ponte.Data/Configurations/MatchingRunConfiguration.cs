using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Matching;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany<MatchProposal>("_proposals", p =>
        {
            p.ToTable("MatchProposals");
            p.WithOwner().HasForeignKey("MatchingRunId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.HasIndex(x => x.MenteeId);
        });
        b.OwnsMany<UnmatchedEntry>("_unmatched", u =>
        {
            u.ToTable("MatchUnmatched");
            u.WithOwner().HasForeignKey("MatchingRunId");
            u.HasKey(x => x.Id);
            u.Property(x => x.Id).ValueGeneratedNever();
        });
        b.Ignore(x => x.Proposals);
        b.Ignore(x => x.Unmatched);
        b.HasIndex(x => new { x.ProgrammeId, x.RanAt });
    }
}
