using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Data.Outcomes;
using Ponte.Domain.Organisations;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Target).HasPrecision(12, 0);
        b.Ignore(x => x.Period);
        b.HasIndex(x => new { x.Scope, x.OrganisationId, x.ProgrammeId, x.PeriodFrom, x.PeriodTo, x.Code });
    }
}

internal sealed class SiteSecretConfiguration : IEntityTypeConfiguration<SiteSecret>
{
    public void Configure(EntityTypeBuilder<SiteSecret> b)
    {
        b.ToTable("SiteSecrets");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(SiteSecret.NameMax);
    }
}
