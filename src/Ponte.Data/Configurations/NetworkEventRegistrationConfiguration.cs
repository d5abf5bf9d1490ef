using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Events;
using Ponte.Domain.Participants;

namespace Ponte.Data.Configurations;

/// <summary>One organisation's participant at a network event: organisation-owned, so the filter keeps each organisation to its own people.</summary>
internal sealed class NetworkEventRegistrationConfiguration : IEntityTypeConfiguration<NetworkEventRegistration>
{
    public void Configure(EntityTypeBuilder<NetworkEventRegistration> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<NetworkEvent>().WithMany().HasForeignKey(x => x.NetworkEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        // The domain leaves one registration per participant and event to the store: two managers' clicks cannot make two.
        b.HasIndex(x => new { x.NetworkEventId, x.ParticipantId }).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.NetworkEventId });
        b.HasStatusChanges("_history", "NetworkEventRegistrationHistory", detailMax: 100);
        b.Ignore(x => x.History);
    }
}
