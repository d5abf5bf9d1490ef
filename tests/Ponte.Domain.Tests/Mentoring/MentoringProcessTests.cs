using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>How a mentoring process starts from the match board, pauses and resumes, whatever the caller.</summary>
public sealed class MentoringProcessTests
{
    [Fact]
    public void An_approved_match_starts_a_matched_process_whose_first_line_names_who_started_it()
    {
        var world = new MentoringWorld();
        var mentor = world.Ready(ParticipantRole.Mentor, "Helena Duarte");
        var mentee = world.Ready(ParticipantRole.Mentee);
        var proposal = world.Approve(mentor, mentee);

        var process = MentoringProcess.Start(world.Programme, mentor, [mentee], null, [proposal], Manager, Now);

        Assert.Equal(ProcessStatus.Matched, process.Status);
        Assert.Equal(world.Programme.OrganisationId, process.OrganisationId);
        Assert.Equal(world.Programme.Id, process.ProgrammeId);
        Assert.Equal(proposal.Id, process.MatchProposalId);
        Assert.Equal(mentor.Id, process.MentorId);
        Assert.Null(process.CoMentorId);
        Assert.Equal([mentee.Id], process.MenteeIds);
        Assert.Equal([mentor.Id, mentee.Id], process.ParticipantIds);
        Assert.Equal(mentee.UserId, process.Members.Single(m => m.Role == ProcessRole.Mentee).UserId);
        Assert.Null(process.Agreement);
        var line = Assert.Single(process.Timeline);
        Assert.Equal(ProcessEvents.Started, line.Event);
        Assert.Null(line.FromStatus);
        Assert.Equal("Matched", line.ToStatus);
        Assert.Equal(Manager.UserId, line.ActorUserId);
        Assert.Equal(Now, line.At);
    }

    [Fact]
    public void A_group_takes_each_mentees_approved_match_and_a_cleared_co_mentor()
    {
        var world = new MentoringWorld(MentoringType.Group, 3);
        var mentor = world.Ready(ParticipantRole.Mentor, "Helena Duarte");
        var coMentor = world.Ready(ParticipantRole.Mentor, "Aino Virtanen");
        var mentees = new[] { world.Ready(ParticipantRole.Mentee, "Samira"), world.Ready(ParticipantRole.Mentee, "Fatima"), world.Ready(ParticipantRole.Mentee, "Tatiana") };
        var proposals = mentees.Select(m => world.Approve(mentor, m)).ToList();

        var process = MentoringProcess.Start(world.Programme, mentor, mentees, coMentor, proposals, Manager, Now);

        Assert.Equal(coMentor.Id, process.CoMentorId);
        Assert.Equal(mentees.Select(m => m.Id), process.MenteeIds);
        Assert.Equal(proposals[0].Id, process.MatchProposalId);
        Assert.Equal(proposals.Select(p => (Guid?)p.Id), process.Members.Where(m => m.Role == ProcessRole.Mentee).Select(m => m.MatchProposalId));
        Assert.Null(process.Members.Single(m => m.Role == ProcessRole.CoMentor).MatchProposalId);
        Assert.Equal(5, process.ParticipantIds.Count);
    }

    [Fact]
    public void A_group_larger_than_the_programmes_group_size_is_refused()
    {
        var world = new MentoringWorld(MentoringType.Group, 2);
        var mentor = world.Ready(ParticipantRole.Mentor);
        var mentees = Enumerable.Range(0, 3).Select(i => world.Ready(ParticipantRole.Mentee, $"Mentee {i}")).ToList();
        var proposals = mentees.Select(m => world.Approve(mentor, m)).ToList();

        var refused = Assert.Throws<DomainValidationException>(() => MentoringProcess.Start(world.Programme, mentor, mentees, null, proposals, Manager, Now));
        Assert.Equal("GroupSizeExceeded", refused.Code);
        Assert.Equal("Mentees", refused.Field);
        Assert.Equal([2], refused.Args);

        var process = MentoringProcess.Start(world.Programme, mentor, mentees.Take(2).ToList(), null, proposals.Take(2).ToList(), Manager, Now);
        Assert.Equal(2, process.MenteeIds.Count);
    }

    [Fact]
    public void A_one_to_one_programme_takes_one_mentee_and_no_process_has_none()
    {
        var world = new MentoringWorld();
        var mentor = world.Ready(ParticipantRole.Mentor);
        var samira = world.Ready(ParticipantRole.Mentee);
        var fatima = world.Ready(ParticipantRole.Mentee, "Fatima");
        var proposals = new[] { world.Approve(mentor, samira), world.Approve(mentor, fatima) };

        Assert.Equal("GroupSizeExceeded", Assert.Throws<DomainValidationException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [samira, fatima], null, proposals, Manager, Now)).Code);
        Assert.Equal("MenteesRequired", Assert.Throws<DomainValidationException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [], null, [], Manager, Now)).Code);
    }

    [Fact]
    public void A_proposal_still_open_or_rejected_does_not_start_a_process()
    {
        var world = new MentoringWorld();
        var mentor = world.Ready(ParticipantRole.Mentor);
        var mentee = world.Ready(ParticipantRole.Mentee);
        var open = world.Propose(mentor, mentee);
        var rejected = world.Reject(mentor, mentee);
        world.Approve(mentor, mentee);

        Assert.Equal("MatchNotApproved", Assert.Throws<DomainException>(() => MentoringProcess.Start(world.Programme, mentor, [mentee], null, [open], Manager, Now)).Code);
        Assert.Equal("MatchNotApproved", Assert.Throws<DomainException>(() => MentoringProcess.Start(world.Programme, mentor, [mentee], null, [rejected], Manager, Now)).Code);
    }

    [Fact]
    public void Every_mentee_needs_her_own_approved_match_with_this_mentor()
    {
        var world = new MentoringWorld(MentoringType.Group, 3);
        var mentor = world.Ready(ParticipantRole.Mentor);
        var otherMentor = world.Ready(ParticipantRole.Mentor, "Other mentor");
        var samira = world.Ready(ParticipantRole.Mentee);
        var fatima = world.Ready(ParticipantRole.Mentee, "Fatima");
        var tatiana = world.Ready(ParticipantRole.Mentee, "Tatiana");
        var samirasMatch = world.Approve(mentor, samira);
        var fatimasMatch = world.Approve(mentor, fatima);
        var withOtherMentor = world.Approve(otherMentor, tatiana);

        Assert.Equal("MatchNotApproved", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [samira, fatima], null, [samirasMatch], Manager, Now)).Code);
        Assert.Equal("MatchMismatch", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [samira, tatiana], null, [samirasMatch, withOtherMentor], Manager, Now)).Code);
        Assert.Equal("MatchMismatch", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [samira], null, [samirasMatch, fatimasMatch], Manager, Now)).Code);
        Assert.Equal("MatchMismatch", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [samira], null, [samirasMatch, samirasMatch], Manager, Now)).Code);
    }

    [Fact]
    public void Roles_must_fit_their_places()
    {
        var world = new MentoringWorld(MentoringType.Group, 2);
        var mentor = world.Ready(ParticipantRole.Mentor);
        var mentee = world.Ready(ParticipantRole.Mentee);
        var other = world.Ready(ParticipantRole.Mentee, "Fatima");
        var proposal = world.Approve(mentor, mentee);
        world.Approve(mentor, other);

        Assert.Equal("RolesMismatch", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, other, [mentee], null, [proposal], Manager, Now)).Code);
        Assert.Equal("RolesMismatch", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [mentee], other, [proposal], Manager, Now)).Code);
    }

    [Fact]
    public void Nobody_takes_two_places_and_no_account_two()
    {
        var world = new MentoringWorld(MentoringType.Group, 2);
        var mentor = world.Ready(ParticipantRole.Mentor);
        var mentee = world.Ready(ParticipantRole.Mentee);
        var proposal = world.Approve(mentor, mentee);

        Assert.Equal("DuplicateParticipant", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [mentee], mentor, [proposal], Manager, Now)).Code);
        Assert.Equal("DuplicateParticipant", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [mentee, mentee], null, [proposal], Manager, Now)).Code);

        var coMentor = world.Ready(ParticipantRole.Mentor, "Co-mentor");
        coMentor.LinkUser(mentee.UserId!.Value);
        Assert.Equal("SameAccountTwice", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [mentee], coMentor, [proposal], Manager, Now)).Code);
    }

    [Fact]
    public void Everyone_must_be_of_the_programme_and_matched_and_a_co_mentor_cleared()
    {
        var world = new MentoringWorld(MentoringType.Group, 2);
        var mentor = world.Ready(ParticipantRole.Mentor);
        var mentee = world.Ready(ParticipantRole.Mentee);
        var proposal = world.Approve(mentor, mentee);

        var elsewhere = new MentoringWorld(MentoringType.Group, 2);
        var outsider = elsewhere.Ready(ParticipantRole.Mentor, "Outsider");
        Assert.Equal("ProgrammeMismatch", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [mentee], outsider, [proposal], Manager, Now)).Code);
        Assert.Equal("ProgrammeMismatch", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(elsewhere.Programme, mentor, [mentee], null, [proposal], Manager, Now)).Code);

        var waiting = world.Ready(ParticipantRole.Mentee, "Still waiting");
        Assert.Equal("NotMatched", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [waiting], null, [world.Propose(mentor, waiting)], Manager, Now)).Code);

        var untrained = world.Accepted(ParticipantRole.Mentor, "Not cleared");
        Assert.Equal("CoMentorNotReady", Assert.Throws<DomainException>(() =>
            MentoringProcess.Start(world.Programme, mentor, [mentee], untrained, [proposal], Manager, Now)).Code);
    }

    [Theory]
    [InlineData(ProcessStatus.Matched)]
    [InlineData(ProcessStatus.Agreed)]
    [InlineData(ProcessStatus.Active)]
    public void Resuming_returns_to_the_state_the_process_was_paused_from(ProcessStatus from)
    {
        var world = new MentoringWorld();
        var process = from switch
        {
            ProcessStatus.Matched => world.OneToOne().Process,
            ProcessStatus.Agreed => world.Drafted().Process,
            _ => world.Active().Process,
        };
        Assert.Equal(from, process.Status);

        var paused = process.Pause(PauseReason.Illness, "Operation in January", Manager, Now.AddDays(10));
        Assert.Equal(ProcessStatus.Paused, process.Status);
        Assert.Equal(from, process.PausedFrom);
        Assert.Equal(PauseReason.Illness, process.PauseReason);
        Assert.Equal("Operation in January", process.PauseNote);
        var line = Assert.Single(paused.Lines);
        Assert.Equal((ProcessEvents.Paused, from.ToString(), "Paused", "Illness: Operation in January"), (line.Event, line.FromStatus, line.ToStatus, line.Detail));
        Assert.Equal(process.ParticipantIds, paused.ParticipantIds);

        var resumed = process.Resume(null, Manager, Now.AddDays(20));
        Assert.Equal(from, process.Status);
        Assert.Null(process.PausedFrom);
        Assert.Null(process.PauseReason);
        Assert.Null(process.PauseNote);
        Assert.Equal((ProcessEvents.Resumed, "Paused", from.ToString()), (resumed.Lines[0].Event, resumed.Lines[0].FromStatus, resumed.Lines[0].ToStatus));
        Assert.Equal([ProcessEvents.Paused, ProcessEvents.Resumed], process.Timeline.TakeLast(2).Select(l => l.Event));
    }

    [Fact]
    public void A_pause_without_a_note_records_the_reason_alone_and_an_unknown_reason_is_refused()
    {
        var process = new MentoringWorld().OneToOne().Process;
        Assert.Equal("PauseReason", Assert.Throws<DomainValidationException>(() => process.Pause((PauseReason)9, null, Manager, Now)).Field);
        Assert.Equal("PauseNote", Assert.Throws<DomainValidationException>(() => process.Pause(PauseReason.Other, new string('x', 1001), Manager, Now)).Field);
        Assert.Equal(ProcessStatus.Matched, process.Status);

        process.Pause(PauseReason.Holidays, "  ", Manager, Now);
        Assert.Null(process.PauseNote);
        Assert.Equal("Holidays", process.Timeline[^1].Detail);
    }

    [Fact]
    public void A_process_that_is_not_paused_cannot_be_resumed_and_a_paused_one_cannot_be_paused_again()
    {
        var process = new MentoringWorld().Active().Process;
        Assert.Equal("NotPaused", Assert.Throws<DomainException>(() => process.Resume(null, Manager, Now)).Code);
        process.Pause(PauseReason.Holidays, null, Manager, Now);
        Assert.Equal("AlreadyPaused", Assert.Throws<DomainException>(() => process.Pause(PauseReason.Illness, null, Manager, Now)).Code);
        process.Resume("Back from holidays", Manager, Now.AddDays(14));
        Assert.Equal("NotPaused", Assert.Throws<DomainException>(() => process.Resume(null, Manager, Now)).Code);
        Assert.Equal("Back from holidays", process.Timeline[^1].Detail);
    }

    [Fact]
    public void A_paused_process_refuses_drafting_accepting_and_changing()
    {
        var world = new MentoringWorld();
        var matched = world.OneToOne().Process;
        matched.Pause(PauseReason.Holidays, null, Manager, Now);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() =>
            matched.DraftAgreement(world.Template, "Goals", MeetingRhythm.Weekly, 6, Manager, Now)).Code);

        var (agreed, mentor, _) = world.Drafted();
        agreed.Pause(PauseReason.Other, null, Manager, Now);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => agreed.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now)).Code);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => agreed.ChangeAgreement("New goals", MeetingRhythm.Monthly, 3, Manager, Now)).Code);
        Assert.Equal("ProcessPaused", Assert.Throws<DomainException>(() => agreed.UpdateAgreementFromTemplate(world.Template, Manager, Now)).Code);
        Assert.Empty(agreed.Agreement!.Acceptances);
        Assert.Equal("Find work as a pastry chef.", agreed.Agreement.Terms.PairGoals);
    }

    [Fact]
    public void An_account_linked_after_the_start_can_act_and_cannot_take_someone_elses_place()
    {
        var world = new MentoringWorld();
        var mentor = world.Ready(ParticipantRole.Mentor);
        var mentee = world.Ready(ParticipantRole.Mentee);
        var proposal = world.Approve(mentor, mentee);
        var process = MentoringProcess.Start(world.Programme, mentor, [mentee], null, [proposal], Manager, Now);
        var account = Guid.NewGuid();

        Assert.Equal("SameAccountTwice", Assert.Throws<DomainException>(() => process.LinkUser(mentee.Id, mentor.UserId!.Value)).Code);
        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => process.LinkUser(Guid.NewGuid(), account)).Code);

        process.LinkUser(mentee.Id, account);
        Assert.Equal(account, process.Members.Single(m => m.ParticipantId == mentee.Id).UserId);
        process.DraftAgreement(world.Template, "Goals", MeetingRhythm.Weekly, 6, Manager, Now);
        process.AcceptAgreement(AgreementRole.Mentee, new Actor(account, "Samira"), Now);
        Assert.Equal(account, process.Agreement!.Acceptances.Single().UserId);
    }
}
