using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Programmes;

namespace Ponte.Data.Configurations;

internal sealed class MentoringProcessConfiguration : IEntityTypeConfiguration<MentoringProcess>
{
    public void Configure(EntityTypeBuilder<MentoringProcess> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.PauseNote).HasMaxLength(MentoringProcess.NoteMax);

        b.OwnsMany<ProcessMember>("_members", m =>
        {
            m.ToTable("MentoringProcessMembers");
            m.WithOwner().HasForeignKey("MentoringProcessId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
            m.HasIndex(x => x.UserId);
        });

        b.OwnsOne(x => x.Agreement, a =>
        {
            a.ToTable("MentoringAgreements");
            a.WithOwner().HasForeignKey("MentoringProcessId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.HasOne<AgreementTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
            a.Property(x => x.Terms).HasJsonValue();
            a.OwnsMany<AgreementAcceptance>("_acceptances", c =>
            {
                c.ToTable("AgreementAcceptances");
                c.WithOwner().HasForeignKey("AgreementId");
                c.HasKey(x => x.Id);
                c.Property(x => x.Id).ValueGeneratedNever();
                // The text as it was accepted, kept whole: a later version never rewrites it.
                c.Property(x => x.Terms).HasJsonValue();
                c.Ignore(x => x.IsSuperseded);
            });
            a.Ignore(x => x.Acceptances);
            a.Ignore(x => x.CurrentAcceptances);
        });

        // A pause line's detail is the reason and the note.
        b.HasStatusChanges("_timeline", "MentoringProcessTimeline", detailMax: MentoringProcess.NoteMax + 40);
        b.Ignore(x => x.Members);
        b.Ignore(x => x.Timeline);
        b.Ignore(x => x.MentorId);
        b.Ignore(x => x.CoMentorId);
        b.Ignore(x => x.MenteeIds);
        b.Ignore(x => x.ParticipantIds);
        b.Ignore(x => x.AwaitingAcceptance);
        b.HasIndex(x => new { x.OrganisationId, x.ProgrammeId, x.Status });
    }
}

internal static class AgreementColumns
{
    public static void HasSections(this ComplexPropertyBuilder<AgreementSections> s)
    {
        s.Property(x => x.Goals).HasMaxLength(AgreementSections.SectionMax);
        s.Property(x => x.MeetingRhythm).HasMaxLength(AgreementSections.SectionMax);
        s.Property(x => x.Duration).HasMaxLength(AgreementSections.SectionMax);
        s.Property(x => x.Roles).HasMaxLength(AgreementSections.SectionMax);
        s.Property(x => x.Confidentiality).HasMaxLength(AgreementSections.SectionMax);
        s.Property(x => x.EndingEarly).HasMaxLength(AgreementSections.SectionMax);
    }
}
