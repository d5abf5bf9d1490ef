using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Common;
using Ponte.Domain.Outcomes;
using Ponte.Domain.Profiles;

namespace Ponte.Data.Configurations;

internal static class Shared
{
    public static void Versioned<T>(this EntityTypeBuilder<T> b)
        where T : VersionedEntity =>
        b.Property(x => x.Version).IsConcurrencyToken();

    public static void Audited<T>(this EntityTypeBuilder<T> b)
        where T : Entity
    {
        b.Property(x => x.Id).ValueGeneratedNever();
    }

    public static void HasProfile<T>(this EntityTypeBuilder<T> b)
        where T : class
    {
        b.OwnsOne<Profile>("Profile", p =>
        {
            p.Property(x => x.FullName).HasMaxLength(Profile.NameMax).HasColumnName("FullName");
            p.Property(x => x.Email).HasMaxLength(254).HasColumnName("Email");
            p.Property(x => x.Phone).HasMaxLength(40).HasColumnName("Phone");
            p.Property(x => x.PreferredLanguage).HasMaxLength(10).HasColumnName("PreferredLanguage");
            p.Property(x => x.Gender).HasColumnName("Gender");
            p.Property(x => x.CountryOfOrigin).HasMaxLength(2).HasColumnName("CountryOfOrigin");
            p.Property(x => x.Municipality).HasMaxLength(120).HasColumnName("Municipality");
            p.Property(x => x.Postcode).HasMaxLength(20).HasColumnName("Postcode");
            p.Property(x => x.Languages).HasJsonConversion().HasColumnName("Languages");
            p.Property(x => x.AvailabilityMask).HasColumnName("AvailabilityMask");
            p.Property(x => x.Interests).HasJsonConversion().HasColumnName("Interests");
            p.Property(x => x.SupportAreas).HasColumnName("SupportAreas");
            p.Property(x => x.WomanMentorOnly).HasColumnName("WomanMentorOnly");
            p.Property(x => x.SameCountryOfOrigin).HasColumnName("SameCountryOfOrigin");
            p.Property(x => x.SameGender).HasColumnName("SameGender");
            p.Property(x => x.About).HasMaxLength(Profile.TextMax).HasColumnName("About");
            p.Ignore(x => x.Availability);
            p.Ignore(x => x.Preferences);
        });
        b.Navigation("Profile").IsRequired();
    }

    /// <summary>The facts at entry, in columns of the owner's table named <c>Entry…</c>; all null is "not asked".</summary>
    public static void HasEntryFacts<T>(this EntityTypeBuilder<T> b)
        where T : class
    {
        b.OwnsOne<EntryFacts>("Facts", f =>
        {
            f.Property(x => x.BirthDate).HasColumnName("EntryBirthDate");
            f.Property(x => x.Situation).HasColumnName("EntrySituation");
            f.Property(x => x.Education).HasColumnName("EntryEducation");
            f.Property(x => x.Citizenship).HasMaxLength(10).HasColumnName("EntryCitizenship");
            f.Property(x => x.ForeignBackground).HasColumnName("EntryForeignBackground");
            f.Property(x => x.Disability).HasColumnName("EntryDisability");
            f.Property(x => x.Homeless).HasColumnName("EntryHomeless");
            f.Property(x => x.HostLanguageLevel).HasColumnName("EntryHostLanguageLevel");
            f.Property(x => x.Declined).HasColumnName("EntryDeclined");
            f.Property(x => x.AskedAt).HasColumnName("EntryAskedAt");
            f.Property(x => x.Source).HasColumnName("EntrySource");
            f.Ignore(x => x.WasAsked);
            f.Ignore(x => x.ThirdCountryNational);
        });
        b.Navigation("Facts").IsRequired();
    }

    public static void HasStatusChanges<T>(this EntityTypeBuilder<T> b, string navigation, string table, int detailMax = 1000)
        where T : class =>
        b.OwnsMany<StatusChange>(navigation, h => History(h, table, detailMax));

    /// <summary>The same history table for a part the aggregate owns (a plan's goal).</summary>
    public static void HasStatusChanges<TOwner, TPart>(this OwnedNavigationBuilder<TOwner, TPart> b, string navigation, string table, int detailMax = 1000)
        where TOwner : class
        where TPart : class =>
        b.OwnsMany<StatusChange>(navigation, h => History(h, table, detailMax));

    private static void History<TOwner>(OwnedNavigationBuilder<TOwner, StatusChange> h, string table, int detailMax)
        where TOwner : class
    {
        h.ToTable(table);
        h.WithOwner().HasForeignKey("OwnerId");
        h.HasKey(x => x.Id);
        h.Property(x => x.ActorKind).HasConversion<string>().HasMaxLength(10);
        h.Property(x => x.Event).HasMaxLength(60);
        h.Property(x => x.FromStatus).HasMaxLength(40);
        h.Property(x => x.ToStatus).HasMaxLength(40);
        h.Property(x => x.Detail).HasMaxLength(detailMax);
    }
}
