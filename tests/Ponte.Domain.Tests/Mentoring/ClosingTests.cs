using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>Closing a process, asking to end it, and the situation on leaving, as the process guards them.</summary>
public sealed class ClosingTests
{
    private static LeavingSituationInput Employed(Guid menteeId) => new(menteeId, LabourMarketSituation.Employed, null, CefrLevel.B1, ["Food hygiene"]);

    [Fact]
    public void An_active_process_closes_as_completed_with_the_situation_on_leaving_on_everyones_timeline()
    {
        var (process, mentor, mentee) = new MentoringWorld().Active();

        var change = process.Close(ClosingOutcome.Completed, EndReason.Health, "Done.", [Employed(mentee.Id)], Manager, Now.AddDays(90));

        Assert.Equal(ProcessStatus.Closed, process.Status);
        Assert.Equal(ClosingOutcome.Completed, process.Closure!.Outcome);
        Assert.Null(process.Closure.Reason);
        Assert.Equal([mentor.Id, mentee.Id], change.ParticipantIds);
        Assert.Equal(ClosingEvents.Closed, Assert.Single(change.Lines).Event);
        var situation = Assert.Single(process.LeavingSituations);
        Assert.Equal((LabourMarketSituation.Employed, CefrLevel.B1, false), (situation.Situation, situation.LanguageLevel, situation.QualificationGained));
        Assert.Equal(["Food hygiene"], situation.Trainings);
    }

    [Fact]
    public void A_process_never_active_can_only_end_early_and_other_needs_words()
    {
        var (process, _, mentee) = new MentoringWorld().Drafted();

        Assert.Equal("NeverActive", Assert.Throws<DomainException>(() => process.Close(ClosingOutcome.Completed, null, null, [Employed(mentee.Id)], Manager, Now)).Code);
        Assert.Equal("Reason", Assert.Throws<DomainValidationException>(() => process.Close(ClosingOutcome.EndedEarly, null, null, [Employed(mentee.Id)], Manager, Now)).Field);
        Assert.Equal("ReasonTextRequired", Assert.Throws<DomainValidationException>(() => process.Close(ClosingOutcome.EndedEarly, EndReason.Other, " ", [Employed(mentee.Id)], Manager, Now)).Code);
        Assert.Equal("SituationRequired", Assert.Throws<DomainValidationException>(() => process.Close(ClosingOutcome.EndedEarly, EndReason.MovedAway, null, [], Manager, Now)).Code);
        var noLevel = Assert.Throws<DomainValidationException>(() => process.Close(ClosingOutcome.EndedEarly, EndReason.MovedAway, null, [Employed(mentee.Id) with { LanguageLevel = null }], Manager, Now));
        Assert.Equal("Situations[0].LanguageLevel", noLevel.Field);
        Assert.Equal(ProcessStatus.Agreed, process.Status);

        process.Close(ClosingOutcome.EndedEarly, EndReason.MovedAway, null, [Employed(mentee.Id)], Manager, Now);
        Assert.Equal("ProcessClosed", Assert.Throws<DomainException>(() => process.Close(ClosingOutcome.EndedEarly, EndReason.MovedAway, null, [Employed(mentee.Id)], Manager, Now)).Code);
        Assert.Equal("ProcessState", Assert.Throws<DomainException>(() => process.Pause(PauseReason.Holidays, null, Manager, Now)).Code);
    }

    [Fact]
    public void A_paused_process_that_was_active_can_be_completed()
    {
        var (process, _, mentee) = new MentoringWorld().Active();
        process.Pause(PauseReason.Illness, "Hospital", Manager, Now.AddDays(10));

        process.Close(ClosingOutcome.Completed, null, null, [Employed(mentee.Id)], Manager, Now.AddDays(20));

        Assert.Equal(ProcessStatus.Closed, process.Status);
        Assert.Null(process.PauseNote);
    }

    [Fact]
    public void A_mentee_asks_to_end_once_and_for_a_new_mentor_which_closing_grants()
    {
        var (process, mentor, mentee) = new MentoringWorld().Active();

        var (request, line) = process.RequestClose(ClosingOutcome.EndedEarly, EndReason.NotAGoodFit, "Not the right field.", true, ActorOf(mentee), Now);
        Assert.Equal(ClosingEvents.CloseRequested, line.Event);
        Assert.DoesNotContain(process.Timeline, l => l.Event == ClosingEvents.CloseRequested);
        Assert.Equal("CloseAlreadyRequested", Assert.Throws<DomainException>(() => process.RequestClose(ClosingOutcome.EndedEarly, EndReason.NoTime, null, false, ActorOf(mentee), Now)).Code);
        Assert.Equal("MenteesOnly", Assert.Throws<DomainValidationException>(() => process.RequestClose(ClosingOutcome.EndedEarly, EndReason.NoTime, null, true, ActorOf(mentor), Now)).Code);
        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => process.RequestClose(ClosingOutcome.EndedEarly, EndReason.NoTime, null, false, Manager, Now)).Code);
        Assert.False(process.AskedForNewMentor(mentee.Id));

        process.Close(ClosingOutcome.EndedEarly, EndReason.NotAGoodFit, null, [Employed(mentee.Id)], Manager, Now.AddDays(1));

        Assert.Equal(CloseRequestState.Granted, request.State);
        Assert.True(process.AskedForNewMentor(mentee.Id));
    }

    [Fact]
    public void A_declined_request_keeps_the_process_going_and_can_be_asked_again()
    {
        var (process, mentor, _) = new MentoringWorld().Active();
        var (request, _) = process.RequestClose(ClosingOutcome.Completed, null, null, false, ActorOf(mentor), Now);

        process.DeclineCloseRequest(request.Id, "Two more months, please.", Manager, Now.AddDays(1));

        Assert.Equal((CloseRequestState.Declined, "Two more months, please."), (request.State, request.DecisionNote));
        Assert.Equal("CloseRequestDecided", Assert.Throws<DomainException>(() => process.DeclineCloseRequest(request.Id, null, Manager, Now)).Code);
        process.RequestClose(ClosingOutcome.Completed, null, null, false, ActorOf(mentor), Now.AddDays(2));
        Assert.Equal(ProcessStatus.Active, process.Status);
    }

    [Fact]
    public void The_situation_on_leaving_is_corrected_only_after_the_close_and_only_when_it_changes()
    {
        var (process, _, mentee) = new MentoringWorld().Active();
        Assert.Equal("ProcessNotClosed", Assert.Throws<DomainException>(() => process.RecordLeavingSituation(Employed(mentee.Id), Manager, Now)).Code);
        process.Close(ClosingOutcome.Completed, null, null, [Employed(mentee.Id)], Manager, Now.AddDays(10));

        Assert.False(process.RecordLeavingSituation(Employed(mentee.Id), Manager, Now.AddDays(11)));
        Assert.True(process.RecordLeavingSituation(Employed(mentee.Id) with { Situation = LabourMarketSituation.SelfEmployed, Qualification = "Pastry chef" }, Manager, Now.AddDays(12)));

        var situation = Assert.Single(process.LeavingSituations);
        Assert.Equal((LabourMarketSituation.SelfEmployed, "Pastry chef", Now.AddDays(12)), (situation.Situation, situation.Qualification, situation.RecordedAt));
        Assert.Equal(ClosingEvents.LeavingSituationRecorded, process.Timeline[^1].Event);
    }
}
