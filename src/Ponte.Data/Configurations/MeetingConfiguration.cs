using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;

namespace Ponte.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.CalendarUid).HasMaxLength(Meeting.CalendarUidMax);
        b.Property(x => x.Place).HasMaxLength(Meeting.PlaceMax);
        b.Property(x => x.Link).HasMaxLength(Meeting.LinkMax);
        b.Property(x => x.CancelReason).HasMaxLength(Meeting.CancelReasonMax);
        b.Property(x => x.SharedNotes).HasMaxLength(Meeting.SharedNotesMax);
        b.Property(x => x.PrivateNote).HasMaxLength(Meeting.PrivateNoteMax);
        b.Property(x => x.NextSteps).HasMaxLength(Meeting.NextStepsMax);
        b.PrimitiveCollection<List<Guid>>("_goalIds").HasColumnName("GoalIds");
        b.Ignore(x => x.GoalIds);
        b.OwnsMany<MeetingAttendance>("_attendance", a =>
        {
            a.ToTable("MeetingAttendance");
            a.WithOwner().HasForeignKey("MeetingId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
        });
        b.Ignore(x => x.Attendance);
        b.HasStatusChanges("_history", "MeetingHistory", detailMax: Meeting.HistoryDetailMax);
        b.Ignore(x => x.History);
        b.Ignore(x => x.EndsAt);
        // The reminder job looks for scheduled meetings by start.
        b.HasIndex(x => new { x.Status, x.StartsAt });
        b.HasIndex(x => x.ProcessId);
    }
}
