using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Events;
using Ponte.Domain.Organisations;

namespace Ponte.Data.Configurations;

/// <summary>The coordinator's event: the network's, so no organisation filter; its organisations are rows it owns.</summary>
internal sealed class NetworkEventConfiguration : IEntityTypeConfiguration<NetworkEvent>
{
    public void Configure(EntityTypeBuilder<NetworkEvent> b)
    {
        b.Audited();
        b.Versioned();
        b.Property(x => x.Title).HasMaxLength(NetworkEvent.TitleMax);
        b.Property(x => x.Description).HasMaxLength(NetworkEvent.DescriptionMax);
        b.Property(x => x.Place).HasMaxLength(NetworkEvent.PlaceMax);
        b.Property(x => x.OnlineLink).HasMaxLength(NetworkEvent.OnlineLinkMax);
        b.Property(x => x.CancelReason).HasMaxLength(NetworkEvent.ReasonMax);

        b.OwnsMany<NetworkEventOrganisation>("_organisations", o =>
        {
            o.ToTable("NetworkEventOrganisations");
            o.WithOwner().HasForeignKey("NetworkEventId");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.CountryCode).HasMaxLength(2);
            o.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            o.HasIndex("NetworkEventId", nameof(NetworkEventOrganisation.OrganisationId)).IsUnique();
            // A manager's list: the events her organisation takes part in.
            o.HasIndex(x => x.OrganisationId);
        });
        b.Ignore(x => x.Organisations);

        b.HasStatusChanges("_history", "NetworkEventHistory", detailMax: NetworkEvent.ReasonMax);
        b.Ignore(x => x.History);
        b.Ignore(x => x.Countries);
        b.Ignore(x => x.IsCrossBorder);
        b.Ignore(x => x.EndsAt);
        b.HasIndex(x => x.StartsAt);
    }
}
