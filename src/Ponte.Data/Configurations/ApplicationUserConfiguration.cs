using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ponte.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> u)
    {
        u.Property(x => x.DisplayName).HasMaxLength(200);
        u.Property(x => x.PreferredCulture).HasMaxLength(10);
        u.Property(x => x.TimeZone).HasMaxLength(Ponte.Domain.Organisations.TimeZones.IdMax);
        u.HasIndex(x => x.OrganisationId);
        u.Ignore(x => x.IsDeactivated);
        u.Property(x => x.DeactivatedAt);
        u.Property(x => x.DeactivatedBy);
    }
}
