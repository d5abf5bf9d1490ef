using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Safeguarding;
using Ponte.Domain.Tests.Mentoring;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Safeguarding;

/// <summary>A safeguarding concern: raised by the participant herself, open → in progress → resolved (and reopened), every step on its log.</summary>
public sealed class ConcernTests
{
    private static (Concern Concern, MentoringProcess Process) Raised()
    {
        var (process, _, mentee) = new MentoringWorld().Active();
        var concern = Concern.Raise(mentee, process, ConcernTopic.Safety, "  He follows me home.  ", true, ConcernContactWay.Phone, ActorOf(mentee), Now);
        return (concern, process);
    }

    [Fact]
    public void A_participant_raises_a_concern_about_her_own_process_and_it_is_open_with_one_line()
    {
        var (process, _, mentee) = new MentoringWorld().Active();

        var concern = Concern.Raise(mentee, process, ConcernTopic.Relationship, "  He follows me home.  ", true, ConcernContactWay.Phone, ActorOf(mentee), Now);

        Assert.Equal(process.OrganisationId, concern.OrganisationId);
        Assert.Equal(process.ProgrammeId, concern.ProgrammeId);
        Assert.Equal(process.Id, concern.ProcessId);
        Assert.Equal(mentee.Id, concern.RaisedByParticipantId);
        Assert.Equal(mentee.UserId, concern.RaisedByUserId);
        Assert.Equal("He follows me home.", concern.Text);
        Assert.Equal(ConcernStatus.Open, concern.Status);
        Assert.Equal(ConcernContactWay.Phone, concern.ContactWay);
        var line = Assert.Single(concern.Log);
        Assert.Equal(ConcernLogKind.Raised, line.Kind);
        Assert.Equal(mentee.UserId, line.ByUserId);
        Assert.Equal(Now, line.At);
    }

    [Fact]
    public void A_concern_in_general_belongs_to_her_programme_and_drops_a_contact_way_she_did_not_ask_for()
    {
        var world = new MentoringWorld();
        var mentor = world.Ready(Profiles.ParticipantRole.Mentor);

        var concern = Concern.Raise(mentor, null, ConcernTopic.Other, "Worried.", false, ConcernContactWay.Email, ActorOf(mentor), Now);

        Assert.Null(concern.ProcessId);
        Assert.Equal(world.Programme.Id, concern.ProgrammeId);
        Assert.False(concern.WantsContact);
        Assert.Null(concern.ContactWay);
    }

    [Fact]
    public void Raising_refuses_someone_else_a_process_not_hers_and_missing_or_overlong_input()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.Active();
        var outsider = world.Ready(Profiles.ParticipantRole.Mentee, "Nadia Rahman");

        Assert.Equal("AccountRequired", Assert.Throws<DomainException>(() => Concern.Raise(mentee, process, ConcernTopic.Safety, "x", false, null, Manager, Now)).Code);
        Assert.Equal("AccountRequired", Assert.Throws<DomainException>(() => Concern.Raise(mentee, process, ConcernTopic.Safety, "x", false, null, ActorOf(mentor), Now)).Code);
        Assert.Equal("AccountRequired", Assert.Throws<DomainException>(() => Concern.Raise(mentee, process, ConcernTopic.Safety, "x", false, null, Actor.System, Now)).Code);
        var notHers = Assert.Throws<DomainValidationException>(() => Concern.Raise(outsider, process, ConcernTopic.Safety, "x", false, null, ActorOf(outsider), Now));
        Assert.Equal(("ProcessId", "NotYourProcess"), (notHers.Field, notHers.Code));
        Assert.Equal("Topic", Assert.Throws<DomainValidationException>(() => Concern.Raise(mentee, process, null, "x", false, null, ActorOf(mentee), Now)).Field);
        Assert.Equal("Topic", Assert.Throws<DomainValidationException>(() => Concern.Raise(mentee, process, (ConcernTopic)9, "x", false, null, ActorOf(mentee), Now)).Field);
        Assert.Equal("Text", Assert.Throws<DomainValidationException>(() => Concern.Raise(mentee, process, ConcernTopic.Safety, "   ", false, null, ActorOf(mentee), Now)).Field);
        var tooLong = Assert.Throws<DomainValidationException>(() => Concern.Raise(mentee, process, ConcernTopic.Safety, new string('x', Concern.TextMax + 1), false, null, ActorOf(mentee), Now));
        Assert.Equal(("Text", "MaxLength"), (tooLong.Field, tooLong.Code));
        Assert.Equal("ContactWay", Assert.Throws<DomainValidationException>(() => Concern.Raise(mentee, process, ConcernTopic.Safety, "x", true, null, ActorOf(mentee), Now)).Field);
    }

    [Fact]
    public void A_concern_goes_open_in_progress_resolved_and_back_each_step_on_the_log()
    {
        var (concern, _) = Raised();

        concern.Start(null, Manager, Now.AddHours(1));
        Assert.Equal(ConcernStatus.InProgress, concern.Status);
        Assert.Equal("ConcernState", Assert.Throws<DomainException>(() => concern.Start(null, Manager, Now)).Code);
        Assert.Equal("ConcernState", Assert.Throws<DomainException>(() => concern.Reopen("again", Manager, Now)).Code);
        concern.RecordAction("Called her; she is safe at her sister's.", Manager, Now.AddHours(2));
        Assert.Equal("Note", Assert.Throws<DomainValidationException>(() => concern.Resolve(" ", Manager, Now)).Field);

        concern.Resolve("Moved to another mentor.", Manager, Now.AddDays(1));
        Assert.Equal(ConcernStatus.Resolved, concern.Status);
        Assert.Equal(Now.AddDays(1), concern.ResolvedAt);
        Assert.Equal("ConcernResolved", Assert.Throws<DomainException>(() => concern.RecordAction("More", Manager, Now)).Code);
        Assert.Equal("ConcernResolved", Assert.Throws<DomainException>(() => concern.Resolve("Again", Manager, Now)).Code);
        Assert.Equal("ConcernState", Assert.Throws<DomainException>(() => concern.Start(null, Manager, Now)).Code);
        Assert.Equal("Note", Assert.Throws<DomainValidationException>(() => concern.Reopen(null, Manager, Now)).Field);

        concern.Reopen("He contacted her again.", Manager, Now.AddDays(5));
        Assert.Equal(ConcernStatus.InProgress, concern.Status);
        Assert.Null(concern.ResolvedAt);
        Assert.Equal(
            [ConcernLogKind.Raised, ConcernLogKind.Started, ConcernLogKind.Action, ConcernLogKind.Resolved, ConcernLogKind.Reopened],
            concern.Log.Select(l => l.Kind));
        Assert.Equal([1, 2, 3, 4, 5], concern.Log.Select(l => l.Number));
        Assert.Equal("Called her; she is safe at her sister's.", concern.Log[2].Text);
        Assert.All(concern.Log.Skip(1), l => Assert.Equal(Manager.UserId, l.ByUserId));
    }

    [Fact]
    public void An_action_or_a_protective_step_takes_an_open_concern_into_progress()
    {
        var (concern, process) = Raised();
        concern.RecordAction("Phoned her.", Manager, Now);
        Assert.Equal(ConcernStatus.InProgress, concern.Status);

        var (other, otherProcess) = Raised();
        other.RecordProcessPaused(otherProcess, Manager, Now);
        Assert.Equal(ConcernStatus.InProgress, other.Status);
        Assert.Equal("ProcessMismatch", Assert.Throws<DomainException>(() => other.RecordProcessPaused(process, Manager, Now)).Code);
        Assert.Equal("ProcessMismatch", Assert.Throws<DomainException>(() => other.RecordNeverMatchAgain(process.Id, Manager, Now)).Code);
        other.RecordNeverMatchAgain(otherProcess.Id, Manager, Now);
        Assert.Equal([ConcernLogKind.Raised, ConcernLogKind.ProcessPaused, ConcernLogKind.NeverMatchAgain], other.Log.Select(l => l.Kind));
    }

    [Fact]
    public void A_concern_in_general_has_no_process_to_pause()
    {
        var world = new MentoringWorld();
        var (process, mentor, _) = world.Active();
        var concern = Concern.Raise(mentor, null, ConcernTopic.Other, "Worried.", false, null, ActorOf(mentor), Now);

        Assert.Equal("NoProcess", Assert.Throws<DomainException>(() => concern.RecordProcessPaused(process, Manager, Now)).Code);
        Assert.Equal("NoProcess", Assert.Throws<DomainException>(() => concern.RecordNeverMatchAgain(process.Id, Manager, Now)).Code);
    }

    [Fact]
    public void Hidden_contacts_stay_hidden_after_resuming_until_a_manager_shows_them_again()
    {
        var (process, mentor, mentee) = new MentoringWorld().Active();
        process.ShareContact(ContactSharing.Both, ActorOf(mentor));
        process.Pause(PauseReason.Other, null, Manager, Now);
        process.HideContacts();
        Assert.Equal("ContactsAlreadyHidden", Assert.Throws<DomainException>(process.HideContacts).Code);

        process.Resume(null, Manager, Now);
        Assert.Equal(ProcessStatus.Active, process.Status);
        Assert.Equal(ContactSharing.None, process.VisibleContact(mentee.Id, mentor.Id));

        process.ShowContacts();
        Assert.Equal(ContactSharing.Both, process.VisibleContact(mentee.Id, mentor.Id));
        Assert.Equal("ContactsNotHidden", Assert.Throws<DomainException>(process.ShowContacts).Code);
    }
}
