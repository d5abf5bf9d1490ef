using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>Who sees how to reach whom: only in an active process, only between its people, only what each chose to share.</summary>
public sealed class ContactDetailsTests
{
    [Fact]
    public void Contact_details_stay_hidden_until_everyone_has_accepted_the_agreement()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.OneToOne();
        process.ShareContact(ContactSharing.Both, ActorOf(mentor));
        process.ShareContact(ContactSharing.Email, ActorOf(mentee));
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentee.Id, mentor.Id));

        process.DraftAgreement(world.Template, "Goals", MeetingRhythm.Weekly, 6, Manager, Now);
        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentee), Now);
        process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now);
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentee.Id, mentor.Id));
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentor.Id, mentee.Id));

        process.AcceptAgreement(AgreementRole.Organisation, Manager, Now);
        Assert.Equal(ContactSharing.Both, process.VisibleContact(mentee.Id, mentor.Id));
        Assert.Equal(ContactSharing.Email, process.VisibleContact(mentor.Id, mentee.Id));
    }

    [Fact]
    public void Contact_details_are_hidden_again_while_paused_or_after_the_agreement_changes()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.Active();
        process.ShareContact(ContactSharing.Phone, ActorOf(mentor));
        Assert.Equal(ContactSharing.Phone, process.VisibleContact(mentee.Id, mentor.Id));

        process.Pause(PauseReason.Holidays, null, Manager, Now);
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentee.Id, mentor.Id));
        process.Resume(null, Manager, Now);
        Assert.Equal(ContactSharing.Phone, process.VisibleContact(mentee.Id, mentor.Id));

        process.ChangeAgreement("Other goals", MeetingRhythm.Weekly, 6, Manager, Now);
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentee.Id, mentor.Id));
    }

    [Theory]
    [InlineData(ContactSharing.None)]
    [InlineData(ContactSharing.Email)]
    [InlineData(ContactSharing.Phone)]
    [InlineData(ContactSharing.Both)]
    public void An_active_process_shows_exactly_what_the_other_chose_to_share(ContactSharing choice)
    {
        var (process, mentor, mentee) = new MentoringWorld().Active();
        process.ShareContact(ContactSharing.Both, ActorOf(mentee));
        process.ShareContact(choice, ActorOf(mentor));

        Assert.Equal(choice, process.VisibleContact(mentee.Id, mentor.Id));
        Assert.Equal(ContactSharing.Both, process.VisibleContact(mentor.Id, mentee.Id));
        Assert.Equal(choice, process.Members.Single(m => m.ParticipantId == mentor.Id).ContactSharing);
    }

    [Fact]
    public void Nothing_is_shared_until_she_chooses()
    {
        var (process, mentor, mentee) = new MentoringWorld().Active();
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentee.Id, mentor.Id));
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentor.Id, mentee.Id));
    }

    [Fact]
    public void Someone_outside_the_process_sees_nobody_and_is_seen_by_nobody()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.Active();
        process.ShareContact(ContactSharing.Both, ActorOf(mentor));
        process.ShareContact(ContactSharing.Both, ActorOf(mentee));
        var outsider = world.Ready(ParticipantRole.Mentee, "Outsider");

        Assert.Equal(ContactSharing.None, process.VisibleContact(outsider.Id, mentor.Id));
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentor.Id, outsider.Id));
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentor.Id, mentor.Id));
        Assert.Equal(ContactSharing.Both, process.VisibleContact(mentee.Id, mentor.Id));
    }

    [Fact]
    public void In_a_group_every_member_sees_what_each_other_member_shares()
    {
        var world = new MentoringWorld(MentoringType.Group, 2);
        var mentor = world.Ready(ParticipantRole.Mentor);
        var samira = world.Ready(ParticipantRole.Mentee, "Samira");
        var fatima = world.Ready(ParticipantRole.Mentee, "Fatima");
        var process = MentoringProcess.Start(world.Programme, mentor, [samira, fatima], null, [world.Approve(mentor, samira), world.Approve(mentor, fatima)], Manager, Now);
        process.DraftAgreement(world.Template, "Goals", MeetingRhythm.Weekly, 3, Manager, Now);
        foreach (var (role, who) in new[] { (AgreementRole.Mentor, mentor), (AgreementRole.Mentee, samira), (AgreementRole.Mentee, fatima) })
            process.AcceptAgreement(role, ActorOf(who), Now);
        process.AcceptAgreement(AgreementRole.Organisation, Manager, Now);
        process.ShareContact(ContactSharing.Email, ActorOf(fatima));

        Assert.Equal(ContactSharing.Email, process.VisibleContact(samira.Id, fatima.Id));
        Assert.Equal(ContactSharing.Email, process.VisibleContact(mentor.Id, fatima.Id));
        Assert.Equal(ContactSharing.None, process.VisibleContact(fatima.Id, samira.Id));
    }

    [Fact]
    public void Only_a_participant_chooses_what_she_shares_and_only_for_herself()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.Active();

        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => process.ShareContact(ContactSharing.Both, Manager)).Code);
        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => process.ShareContact(ContactSharing.Both, Actor.System)).Code);
        Assert.Equal("ContactSharing", Assert.Throws<DomainValidationException>(() => process.ShareContact((ContactSharing)4, ActorOf(mentee))).Field);

        process.ShareContact(ContactSharing.Phone, ActorOf(mentee));
        Assert.Equal(ContactSharing.Phone, process.Members.Single(m => m.ParticipantId == mentee.Id).ContactSharing);
        Assert.Equal(ContactSharing.None, process.Members.Single(m => m.ParticipantId == mentor.Id).ContactSharing);
    }
}
