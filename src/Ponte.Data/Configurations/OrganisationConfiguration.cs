using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Organisations;

namespace Ponte.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Audited();
        b.Versioned();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.City).HasMaxLength(120);
        b.Property(x => x.TimeZone).HasMaxLength(TimeZones.IdMax);
        b.Property(x => x.StaffLanguages).HasJsonConversion();
        b.HasIndex(x => x.Name);
    }
}
