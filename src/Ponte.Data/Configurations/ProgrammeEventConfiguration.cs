using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Events;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class ProgrammeEventConfiguration : IEntityTypeConfiguration<ProgrammeEvent>
{
    public void Configure(EntityTypeBuilder<ProgrammeEvent> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Title).HasMaxLength(ProgrammeEvent.TitleMax);
        b.Property(x => x.Description).HasMaxLength(ProgrammeEvent.DescriptionMax);
        b.Property(x => x.Place).HasMaxLength(ProgrammeEvent.PlaceMax);
        b.Property(x => x.OnlineLink).HasMaxLength(ProgrammeEvent.OnlineLinkMax);
        b.Property(x => x.CancelReason).HasMaxLength(ProgrammeEvent.ReasonMax);

        b.OwnsMany<EventInvitation>("_invitations", i =>
        {
            i.ToTable("ProgrammeEventInvitations");
            i.WithOwner().HasForeignKey("ProgrammeEventId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Hours).HasPrecision(5, 2);
            i.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
            // One invitation per participant and event; "my invitations" look her up by id.
            i.HasIndex("ProgrammeEventId", nameof(EventInvitation.ParticipantId)).IsUnique();
            i.HasIndex(x => x.ParticipantId);
        });
        b.Ignore(x => x.Invitations);

        // A cancellation's line carries its reason.
        b.HasStatusChanges("_history", "ProgrammeEventHistory", detailMax: ProgrammeEvent.ReasonMax);
        b.Ignore(x => x.History);
        b.Ignore(x => x.EndsAt);
        b.Ignore(x => x.LengthHours);
        b.Ignore(x => x.RegisteredCount);
        b.Ignore(x => x.PlacesLeft);
        b.HasIndex(x => new { x.ProgrammeId, x.StartsAt });
        b.HasIndex(x => new { x.OrganisationId, x.StartsAt });
    }
}
