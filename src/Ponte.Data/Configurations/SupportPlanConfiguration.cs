using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;

namespace Ponte.Data.Configurations;

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> b)
    {
        b.Audited();
        b.Versioned();
        b.HasOne<MentoringProcess>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.MenteeId).OnDelete(DeleteBehavior.Restrict);
        // One plan per mentee of a process: two people starting it at once cannot make two.
        b.HasIndex(x => new { x.ProcessId, x.MenteeId }).IsUnique();

        b.OwnsMany<PlanGoal>("_goals", g =>
        {
            g.ToTable("PlanGoals");
            g.WithOwner().HasForeignKey("SupportPlanId");
            g.HasKey(x => x.Id);
            g.Property(x => x.Id).ValueGeneratedNever();
            g.Property(x => x.FreeAreaName).HasMaxLength(PlanGoal.FreeAreaNameMax);
            g.Property(x => x.What).HasMaxLength(PlanGoal.WhatMax);
            g.Property(x => x.Measure).HasMaxLength(PlanGoal.MeasureMax);
            g.OwnsMany<PlanAction>("_actions", a =>
            {
                a.ToTable("PlanActions");
                a.WithOwner().HasForeignKey("PlanGoalId");
                a.HasKey(x => x.Id);
                a.Property(x => x.Id).ValueGeneratedNever();
                a.Property(x => x.What).HasMaxLength(PlanAction.WhatMax);
            });
            g.HasStatusChanges("_history", "PlanGoalHistory", detailMax: SupportPlan.HistoryDetailMax);
            g.Ignore(x => x.Actions);
            g.Ignore(x => x.History);
            g.Ignore(x => x.IsClosed);
        });

        b.OwnsMany<JobApplication>("_jobApplications", j =>
        {
            j.ToTable("JobApplications");
            j.WithOwner().HasForeignKey("SupportPlanId");
            j.HasKey(x => x.Id);
            j.Property(x => x.Id).ValueGeneratedNever();
            j.Property(x => x.Employer).HasMaxLength(JobApplication.EmployerMax);
            j.Property(x => x.Role).HasMaxLength(JobApplication.RoleMax);
            j.OwnsMany<EmploymentStepRecord>("_steps", s =>
            {
                s.ToTable("JobApplicationSteps");
                s.WithOwner().HasForeignKey("JobApplicationId");
                s.HasKey(x => x.Id);
                s.Property(x => x.Id).ValueGeneratedNever();
                s.Property(x => x.Note).HasMaxLength(JobApplication.NoteMax);
            });
            j.Ignore(x => x.Steps);
            j.Ignore(x => x.StepHistory);
        });

        b.OwnsMany<StudyApplication>("_studyApplications", j =>
        {
            j.ToTable("StudyApplications");
            j.WithOwner().HasForeignKey("SupportPlanId");
            j.HasKey(x => x.Id);
            j.Property(x => x.Id).ValueGeneratedNever();
            j.Property(x => x.Institution).HasMaxLength(StudyApplication.InstitutionMax);
            j.Property(x => x.Course).HasMaxLength(StudyApplication.CourseMax);
            j.OwnsMany<StudyStepRecord>("_steps", s =>
            {
                s.ToTable("StudyApplicationSteps");
                s.WithOwner().HasForeignKey("StudyApplicationId");
                s.HasKey(x => x.Id);
                s.Property(x => x.Id).ValueGeneratedNever();
                s.Property(x => x.Note).HasMaxLength(StudyApplication.NoteMax);
            });
            j.Ignore(x => x.Steps);
            j.Ignore(x => x.StepHistory);
        });

        b.OwnsMany<PlanReview>("_reviews", r =>
        {
            r.ToTable("PlanReviews");
            r.WithOwner().HasForeignKey("SupportPlanId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Note).HasMaxLength(PlanReview.NoteMax);
        });

        b.HasStatusChanges("_history", "SupportPlanHistory", detailMax: SupportPlan.HistoryDetailMax);
        b.Ignore(x => x.Goals);
        b.Ignore(x => x.JobApplications);
        b.Ignore(x => x.StudyApplications);
        b.Ignore(x => x.Reviews);
        b.Ignore(x => x.History);
        b.Ignore(x => x.JobInterviews);
        b.Ignore(x => x.JobOffers);
        b.Ignore(x => x.StudyAdmissions);
    }
}
