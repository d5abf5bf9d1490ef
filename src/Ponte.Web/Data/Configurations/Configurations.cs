using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Organisations;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Domain.Training;

namespace Ponte.Web.Data.Configurations;

internal static class Shared
{
    public static void Versioned<T>(this EntityTypeBuilder<T> b)
        where T : VersionedEntity =>
        b.Property(x => x.Version).IsConcurrencyToken();

    public static void Audited<T>(this EntityTypeBuilder<T> b)
        where T : Entity
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.Property(x => x.UpdatedBy).HasMaxLength(200);
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

    public static void HasStatusChanges<T>(this EntityTypeBuilder<T> b, string navigation, string table)
        where T : class =>
        b.OwnsMany<StatusChange>(navigation, h =>
        {
            h.ToTable(table);
            h.WithOwner().HasForeignKey("OwnerId");
            h.HasKey(x => x.Id);
            h.Property(x => x.ActorName).HasMaxLength(200);
            h.Property(x => x.Event).HasMaxLength(60);
            h.Property(x => x.FromStatus).HasMaxLength(40);
            h.Property(x => x.ToStatus).HasMaxLength(40);
            h.Property(x => x.Detail).HasMaxLength(1000);
        });
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Audited();
        b.Versioned();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.City).HasMaxLength(120);
        b.Property(x => x.StaffLanguages).HasJsonConversion();
        b.HasIndex(x => x.Name);
    }
}

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

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasProfile();
        b.Property(x => x.ReferralDetail).HasMaxLength(200);
        b.Property(x => x.PrivacyNoticeVersion).HasMaxLength(20);
        b.Property(x => x.InterviewLocation).HasMaxLength(200);
        b.Property(x => x.InterviewOnlineLink).HasMaxLength(500);
        b.Property(x => x.InterviewQualifications).HasMaxLength(Profile.TextMax);
        b.Property(x => x.InterviewMotivation).HasMaxLength(Profile.TextMax);
        b.Property(x => x.InterviewExpectations).HasMaxLength(Profile.TextMax);
        b.Property(x => x.DecisionReason).HasMaxLength(1000);
        b.HasStatusChanges("_history", "ApplicationHistory");
        b.Ignore(x => x.History);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.HasInterviewNotes);
        // A double-submitted form stores one application.
        b.HasIndex(x => new { x.ProgrammeId, x.SubmissionKey }).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.Status });
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasProfile();
        b.Property(x => x.SafetyCheckedBy).HasMaxLength(200);
        b.HasStatusChanges("_timeline", "ParticipantTimeline");
        b.Ignore(x => x.Timeline);
        b.Ignore(x => x.IsMentor);
        b.Ignore(x => x.SafetyChecksPassed);
        b.HasIndex(x => new { x.OrganisationId, x.Role, x.Status });
        b.HasIndex(x => x.ProgrammeId);
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.Audited();
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.AssessedBy).HasMaxLength(200);
        b.OwnsMany<Rating>("_ratings", r =>
        {
            r.ToTable("AssessmentRatings");
            r.WithOwner().HasForeignKey("AssessmentId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Note).HasMaxLength(Rating.NoteMax);
            r.Ignore(x => x.IsSensitive);
        });
        b.Ignore(x => x.Ratings);
        b.HasIndex(x => new { x.ParticipantId, x.TakenAt });
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.Trainer).HasMaxLength(200);
        b.Property(x => x.Hours).HasPrecision(5, 2);
        b.OwnsMany<Attendance>("_attendance", a =>
        {
            a.ToTable("TrainingAttendance");
            a.WithOwner().HasForeignKey("TrainingSessionId");
            a.HasKey(x => x.Id);
            a.HasIndex(x => x.ParticipantId);
        });
        b.Ignore(x => x.Attendance);
        b.HasIndex(x => new { x.ProgrammeId, x.StartsAt });
    }
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<MentoringRelationship>
{
    public void Configure(EntityTypeBuilder<MentoringRelationship> b)
    {
        b.Audited();
        b.Versioned();
        b.ToTable("Relationships");
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MentorId, x.Status });
        b.HasIndex(x => new { x.MenteeId, x.Status });
    }
}

internal sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.RanBy).HasMaxLength(200);
        b.OwnsMany<MatchProposal>("_proposals", p =>
        {
            p.ToTable("MatchProposals");
            p.WithOwner().HasForeignKey("MatchingRunId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.DecidedBy).HasMaxLength(200);
            p.HasIndex(x => x.MenteeId);
        });
        b.OwnsMany<UnmatchedEntry>("_unmatched", u =>
        {
            u.ToTable("MatchUnmatched");
            u.WithOwner().HasForeignKey("MatchingRunId");
            u.HasKey(x => x.Id);
            u.Property(x => x.Id).ValueGeneratedNever();
        });
        b.Ignore(x => x.Proposals);
        b.Ignore(x => x.Unmatched);
        b.HasIndex(x => new { x.ProgrammeId, x.RanAt });
    }
}

internal sealed class MatchExclusionConfiguration : IEntityTypeConfiguration<MatchExclusion>
{
    public void Configure(EntityTypeBuilder<MatchExclusion> b)
    {
        b.Audited();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Note).HasMaxLength(MatchExclusion.NoteMax);
        b.Property(x => x.DeclaredBy).HasMaxLength(200);
        b.HasIndex(x => new { x.MenteeId, x.MentorId }).IsUnique();
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.To).HasMaxLength(254);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.FileName).HasMaxLength(300);
        b.HasIndex(x => x.CreatedAt);
    }
}
