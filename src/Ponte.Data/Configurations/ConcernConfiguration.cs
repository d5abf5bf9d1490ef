using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;
using Ponte.Domain.Safeguarding;

namespace Ponte.Data.Configurations;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.RaisedByParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Text).HasMaxLength(Concern.TextMax);
        b.OwnsMany<ConcernLogEntry>("_log", l =>
        {
            l.ToTable("ConcernLog");
            l.WithOwner().HasForeignKey("ConcernId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.Text).HasMaxLength(Concern.LogTextMax);
        });
        b.Ignore(x => x.Log);
        // The managers' list: open first, newest first, filtered by state.
        b.HasIndex(x => new { x.OrganisationId, x.Status, x.RaisedAt });
        b.HasIndex(x => x.ProcessId);
    }
}
