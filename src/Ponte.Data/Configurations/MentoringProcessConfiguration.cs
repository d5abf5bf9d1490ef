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
        ConfigureClosing(b);
    }

    /// <summary>How it ended, the requests to end it, each mentee's situation on leaving, and the process it renews.</summary>
    private static void ConfigureClosing(EntityTypeBuilder<MentoringProcess> b)
    {
        b.OwnsOne(x => x.Closure, c =>
        {
            c.ToTable("MentoringClosures");
            c.WithOwner().HasForeignKey("MentoringProcessId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Note).HasMaxLength(ProcessClosure.NoteMax);
        });
        b.OwnsMany<CloseRequest>("_closeRequests", r =>
        {
            r.ToTable("CloseRequests");
            r.WithOwner().HasForeignKey("MentoringProcessId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Text).HasMaxLength(CloseRequest.TextMax);
            r.Property(x => x.DecisionNote).HasMaxLength(CloseRequest.TextMax);
            r.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        });
        b.OwnsMany<LeavingSituation>("_leavingSituations", s =>
        {
            s.ToTable("LeavingSituations");
            s.WithOwner().HasForeignKey("MentoringProcessId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.HasOne<Participant>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Restrict);
            s.Property(x => x.Qualification).HasMaxLength(LeavingSituation.QualificationMax);
            s.Property<List<string>>("_trainings").HasColumnName("Trainings").HasJsonConversion();
            s.Ignore(x => x.Trainings);
            s.Ignore(x => x.QualificationGained);
            s.HasIndex(x => x.MenteeId);
        });
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.RenewedFromId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.CloseRequests);
        b.Ignore(x => x.LeavingSituations);
        b.Ignore(x => x.IsClosed);
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
