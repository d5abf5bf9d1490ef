using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Matching;
using Ponte.Domain.Organisations;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.PublicKey).HasMaxLength(32);
        b.Property(x => x.PrivacyNoticeVersion).HasMaxLength(20);
        b.Property(x => x.RequiredTheoryHours).HasPrecision(7, 2);
        b.Property(x => x.RequiredPracticeHours).HasPrecision(7, 2);
        b.HasIndex(x => x.PublicKey).IsUnique();
        b.HasIndex(x => x.OrganisationId);
        b.Ignore(x => x.Settings);
        b.Ignore(x => x.Weights);
        b.Ignore(x => x.MatchingSettings);

        // Existing programmes get the default weights when the columns are added; EF always writes
        // the value itself (a weight of 0 is a real choice, not "use the default").
        var defaults = MatchingWeights.Default;
        b.Property(x => x.WeightLanguage).HasPrecision(9, 2).HasDefaultValue(defaults.Language.Value).ValueGeneratedNever();
        b.Property(x => x.WeightProximity).HasPrecision(9, 2).HasDefaultValue(defaults.Proximity.Value).ValueGeneratedNever();
        b.Property(x => x.WeightAvailability).HasPrecision(9, 2).HasDefaultValue(defaults.Availability.Value).ValueGeneratedNever();
        b.Property(x => x.WeightInterests).HasPrecision(9, 2).HasDefaultValue(defaults.Interests.Value).ValueGeneratedNever();
        b.Property(x => x.WeightComplementaryNeeds).HasPrecision(9, 2).HasDefaultValue(defaults.ComplementaryNeeds.Value).ValueGeneratedNever();
        b.Property(x => x.WeightIdentity).HasPrecision(9, 2).HasDefaultValue(defaults.Identity.Value).ValueGeneratedNever();
        b.Property(x => x.WeightSupportIntensity).HasPrecision(9, 2).HasDefaultValue(defaults.SupportIntensity.Value).ValueGeneratedNever();
        b.Property(x => x.InterpreterLanguages).HasJsonConversion().HasDefaultValue(new List<string>()).ValueGeneratedNever();
        b.Property(x => x.MaxDistanceKm).HasDefaultValue(ProgrammeMatchingSettings.DefaultMaxDistanceKm).ValueGeneratedNever();
    }
}
