using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>Active processes to schedule and log meetings in, with a clock that starts after everyone accepted.</summary>
internal static class MeetingWorld
{
    /// <summary>The day after the agreement became active (see <see cref="MentoringWorld.Active"/>).</summary>
    public static readonly DateTimeOffset Today = Now.AddDays(4);

    public static readonly DateTimeOffset Tomorrow = Today.AddDays(1);

    public const string Office = "Rua Augusta 12, Lisboa";

    public const string Link = "https://meet.example.org/ponte-samira";

    public static readonly IReadOnlyList<Guid> NoGoals = [];

    public static (MentoringProcess Process, Participant Mentor, Participant Mentee) ActivePair() => new MentoringWorld().Active();

    /// <summary>An active group process: a mentor, a co-mentor and three mentees.</summary>
    public static (MentoringProcess Process, Participant Mentor, Participant CoMentor, IReadOnlyList<Participant> Mentees) ActiveGroup()
    {
        var world = new MentoringWorld(MentoringType.Group, 3);
        var mentor = world.Ready(ParticipantRole.Mentor, "Helena Duarte");
        var coMentor = world.Ready(ParticipantRole.Mentor, "Aino Virtanen");
        var mentees = new[] { world.Ready(ParticipantRole.Mentee, "Samira"), world.Ready(ParticipantRole.Mentee, "Fatima"), world.Ready(ParticipantRole.Mentee, "Tatiana") };
        var proposals = mentees.Select(m => world.Approve(mentor, m)).ToList();
        var process = MentoringProcess.Start(world.Programme, mentor, mentees, coMentor, proposals, Manager, Now);
        process.DraftAgreement(world.Template, "Find work in the city.", MeetingRhythm.Weekly, 6, Manager, Now.AddDays(1));
        foreach (var mentee in mentees)
            process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentee), Now.AddDays(2));
        process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now.AddDays(2));
        process.AcceptAgreement(AgreementRole.CoMentor, ActorOf(coMentor), Now.AddDays(2));
        process.AcceptAgreement(AgreementRole.Organisation, Manager, Now.AddDays(3));
        Assert.Equal(ProcessStatus.Active, process.Status);
        return (process, mentor, coMentor, mentees);
    }

    /// <summary>A meeting in person tomorrow at 17:00 UTC for an hour, scheduled by <paramref name="by"/>.</summary>
    public static Meeting InPersonTomorrow(MentoringProcess process, Participant by) =>
        Meeting.Schedule(process, Tomorrow.AddHours(8), 60, MeetingMode.InPerson, Office, null, ActorOf(by), Today);

    public static HeldMeeting Held(
        DateTimeOffset? heldAt = null,
        int minutes = 60,
        MeetingTopic topics = MeetingTopic.LabourMarketOrientation,
        IReadOnlyList<Guid>? goalIds = null,
        string? sharedNotes = "We rewrote the CV together.",
        string? privateNote = "She seemed tired; ask about childcare.",
        string? nextSteps = "Send the CV to two bakeries.") =>
        new(heldAt ?? Today.AddHours(-3), minutes, MeetingMode.InPerson, topics, goalIds ?? NoGoals, sharedNotes, privateNote, nextSteps);

    public static Actor Outsider { get; } = new(Guid.NewGuid(), "Someone else");
}
