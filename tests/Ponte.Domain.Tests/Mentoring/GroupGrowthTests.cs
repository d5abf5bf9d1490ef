using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>A group is formed on the match board one approved match at a time, up to the programme's group size.</summary>
public sealed class GroupGrowthTests
{
    [Fact]
    public void Another_approved_mentee_joins_her_mentors_group_and_everyone_gets_the_line()
    {
        var world = new MentoringWorld(MentoringType.Group, 3);
        var mentor = world.Ready(ParticipantRole.Mentor, "Helena Duarte");
        var first = world.Ready(ParticipantRole.Mentee, "Samira");
        var process = MentoringProcess.Start(world.Programme, mentor, [first], null, [world.Approve(mentor, first)], Manager, Now);
        var second = world.Ready(ParticipantRole.Mentee, "Fatima");
        var match = world.Approve(mentor, second);

        var change = process.AddMentee(world.Programme, second, match, Manager, Now.AddHours(1));

        Assert.Equal([first.Id, second.Id], process.MenteeIds);
        Assert.Equal(match.Id, process.Members.Single(m => m.ParticipantId == second.Id).MatchProposalId);
        var line = Assert.Single(change.Lines);
        Assert.Equal(ProcessEvents.MenteeJoined, line.Event);
        Assert.Equal([mentor.Id, first.Id, second.Id], change.ParticipantIds);
        Assert.Equal(ProcessStatus.Matched, process.Status);
    }

    [Fact]
    public void A_mentee_joining_an_active_group_must_accept_before_it_is_active_again()
    {
        var world = new MentoringWorld(MentoringType.Group, 2);
        var mentor = world.Ready(ParticipantRole.Mentor, "Helena Duarte");
        var first = world.Ready(ParticipantRole.Mentee, "Samira");
        var process = MentoringProcess.Start(world.Programme, mentor, [first], null, [world.Approve(mentor, first)], Manager, Now);
        process.DraftAgreement(world.Template, "Work in care.", MeetingRhythm.Fortnightly, 6, Manager, Now);
        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(first), Now);
        process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now);
        process.AcceptAgreement(AgreementRole.Organisation, Manager, Now);
        Assert.Equal(ProcessStatus.Active, process.Status);
        var second = world.Ready(ParticipantRole.Mentee, "Fatima");

        process.AddMentee(world.Programme, second, world.Approve(mentor, second), Manager, Now.AddDays(1));

        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Equal([new AgreementParty(AgreementRole.Mentee, second.Id)], process.AwaitingAcceptance);
        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(second), Now.AddDays(2));
        Assert.Equal(ProcessStatus.Active, process.Status);
    }

    [Fact]
    public void A_full_group_or_a_one_to_one_process_takes_no_one_more()
    {
        var group = new MentoringWorld(MentoringType.Group, 2);
        var mentor = group.Ready(ParticipantRole.Mentor, "Helena Duarte");
        var mentees = new[] { group.Ready(ParticipantRole.Mentee, "Samira"), group.Ready(ParticipantRole.Mentee, "Fatima") };
        var full = MentoringProcess.Start(group.Programme, mentor, mentees, null, mentees.Select(m => group.Approve(mentor, m)).ToList(), Manager, Now);
        var third = group.Ready(ParticipantRole.Mentee, "Tatiana");
        Assert.False(full.HasRoomFor(group.Programme));
        var e = Assert.Throws<DomainValidationException>(() => full.AddMentee(group.Programme, third, group.Approve(mentor, third), Manager, Now));
        Assert.Equal("GroupSizeExceeded", e.Code);

        var single = new MentoringWorld();
        var (process, pairMentor, _) = single.OneToOne();
        var other = single.Ready(ParticipantRole.Mentee, "Tatiana");
        Assert.False(process.HasRoomFor(single.Programme));
        Assert.Equal("GroupSizeExceeded", Assert.Throws<DomainValidationException>(() => process.AddMentee(single.Programme, other, single.Approve(pairMentor, other), Manager, Now)).Code);
    }

    [Fact]
    public void Only_this_mentors_approved_match_of_a_new_matched_mentee_lets_her_join()
    {
        var world = new MentoringWorld(MentoringType.Group, 4);
        var mentor = world.Ready(ParticipantRole.Mentor, "Helena Duarte");
        var otherMentor = world.Ready(ParticipantRole.Mentor, "Aino Virtanen");
        var first = world.Ready(ParticipantRole.Mentee, "Samira");
        var process = MentoringProcess.Start(world.Programme, mentor, [first], null, [world.Approve(mentor, first)], Manager, Now);

        var waiting = world.Ready(ParticipantRole.Mentee, "Fatima");
        Assert.Equal("NotMatched", Assert.Throws<DomainException>(() => process.AddMentee(world.Programme, waiting, world.Propose(mentor, waiting), Manager, Now)).Code);
        var elsewhere = world.Ready(ParticipantRole.Mentee, "Tatiana");
        Assert.Equal("MatchMismatch", Assert.Throws<DomainException>(() => process.AddMentee(world.Programme, elsewhere, world.Approve(otherMentor, elsewhere), Manager, Now)).Code);
        Assert.Equal("DuplicateParticipant", Assert.Throws<DomainException>(() => process.AddMentee(world.Programme, first, world.Propose(mentor, first), Manager, Now)).Code);
        Assert.Equal([first.Id], process.MenteeIds);
    }

    [Fact]
    public void A_participant_keeps_a_copy_of_each_process_line_on_her_own_timeline()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.OneToOne();
        var before = mentee.Timeline.Count;

        mentee.CopyToTimeline(process.Timeline);

        var copied = mentee.Timeline.Last();
        Assert.Equal(before + 1, mentee.Timeline.Count);
        Assert.Equal(ProcessEvents.Started, copied.Event);
        Assert.NotSame(process.Timeline[0], copied);
        Assert.Equal(process.Timeline[0].ActorUserId, copied.ActorUserId);
        Assert.DoesNotContain(mentor.Timeline, l => l.Event == ProcessEvents.Started);
    }
}
