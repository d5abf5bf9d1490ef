using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>An active one-to-one process with Samira's support plan started, and editors for its people.</summary>
internal sealed class PlanWorld
{
    /// <summary>A few days after the process became active: Friday 11 December 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset At = MentoringWorld.Now.AddDays(4);

    public static readonly DateOnly Today = DateOnly.FromDateTime(At.UtcDateTime);

    public PlanWorld(bool active = true)
    {
        World = new MentoringWorld();
        (Process, Mentor, Mentee) = active ? World.Active() : World.Drafted();
        MenteeActor = new Actor(Mentee.UserId, "Samira Haddad");
        MentorActor = new Actor(Mentor.UserId, "Helena Duarte");
        Plan = SupportPlan.For(Process, MenteeActor, At);
    }

    public MentoringWorld World { get; }

    public MentoringProcess Process { get; }

    public Participant Mentor { get; }

    public Participant Mentee { get; }

    public Actor MenteeActor { get; }

    public Actor MentorActor { get; }

    public SupportPlan Plan { get; }

    public PlanEditor MenteeEditor => PlanEditor.Of(Process, MenteeActor);

    public PlanEditor MentorEditor => PlanEditor.Of(Process, MentorActor);

    /// <summary>A goal of finding work, added by the mentee.</summary>
    public PlanGoal Goal(string what = "Work in a bakery in Helsinki") =>
        Plan.AddGoal(GoalArea.LabourMarketOrientation, null, what, "A signed work contract", new DateOnly(2027, 6, 30), MenteeEditor, At);

    public JobApplication Job(DateOnly? appliedOn = null) =>
        Plan.AddJobApplication("Fazer Bakeries", "Pastry chef", appliedOn ?? Today.AddDays(-10), MenteeEditor, At);

    public StudyApplication Study(DateOnly? appliedOn = null) =>
        Plan.AddStudyApplication("Helsinki Vocational College", "Finnish for working life", appliedOn ?? Today.AddDays(-10), MenteeEditor, At);

    /// <summary>An agreed group process of three mentees with a co-mentor.</summary>
    public static (MentoringProcess Process, Participant Mentor, Participant CoMentor, Participant[] Mentees) Group()
    {
        var world = new MentoringWorld(MentoringType.Group, 3);
        var mentor = world.Ready(ParticipantRole.Mentor, "Helena Duarte");
        var coMentor = world.Ready(ParticipantRole.Mentor, "Aino Virtanen");
        var mentees = new[] { world.Ready(ParticipantRole.Mentee, "Samira"), world.Ready(ParticipantRole.Mentee, "Fatima"), world.Ready(ParticipantRole.Mentee, "Tatiana") };
        var proposals = mentees.Select(m => world.Approve(mentor, m)).ToList();
        var process = MentoringProcess.Start(world.Programme, mentor, mentees, coMentor, proposals, MentoringWorld.Manager, MentoringWorld.Now);
        process.DraftAgreement(world.Template, "Find work and study.", MeetingRhythm.Weekly, 3, MentoringWorld.Manager, MentoringWorld.Now);
        return (process, mentor, coMentor, mentees);
    }
}
