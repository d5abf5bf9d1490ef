using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasProfile();
        b.HasEntryFacts();
        // A process's lines are copied here, a pause with its note among them.
        b.HasStatusChanges("_timeline", "ParticipantTimeline", detailMax: Ponte.Domain.Mentoring.MentoringProcess.NoteMax + 40);
        b.Ignore(x => x.Timeline);
        b.Ignore(x => x.IsMentor);
        b.Ignore(x => x.SafetyChecksPassed);
        b.HasIndex(x => new { x.OrganisationId, x.Role, x.Status });
        b.HasIndex(x => x.ProgrammeId);
        b.HasIndex(x => x.UserId);
    }
}
