using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Applications;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasProfile();
        b.HasEntryFacts();
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
