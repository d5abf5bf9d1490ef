using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Xunit;

namespace Ponte.Domain.Tests.Matching;

/// <summary>The rules a stored run, its proposals, a programme's matching settings and an exclusion keep whatever the caller.</summary>
public sealed class MatchingRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Manager = new(Guid.NewGuid(), "Marta Sousa");

    private static MatchingRun NewRun(out Guid[] mentees, out Guid[] mentors)
    {
        mentees = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        mentors = [Guid.NewGuid(), Guid.NewGuid()];
        return MatchingRun.Record(Guid.NewGuid(), Guid.NewGuid(), Manager, Now, 3, 2, 0, 12,
            [MatchProposal.Create(mentees[0], mentors[0], 8000, "[]", "[]"), MatchProposal.Create(mentees[1], mentors[1], 6050, "[]", "[]")],
            [UnmatchedEntry.Create(mentees[2], UnmatchedReason.NoCapacityLeft, "{}")]);
    }

    [Fact]
    public void A_proposal_is_decided_once_and_a_rejection_leaves_the_total()
    {
        var run = NewRun(out _, out _);
        Assert.Equal(14050, run.TotalScoreCents);
        var first = run.Proposals[0];
        run.Approve(first, Guid.NewGuid(), Manager, Now);
        Assert.Equal(ProposalStatus.Approved, first.Status);
        Assert.Equal("ProposalDecided", Assert.Throws<DomainException>(() => run.Reject(first, Manager, Now)).Code);
        run.Reject(run.Proposals[1], Manager, Now);
        Assert.Equal(8000, run.TotalScoreCents);
        Assert.Equal(Manager.UserId, run.Proposals[1].DecidedById);
    }

    [Fact]
    public void A_choice_by_hand_replaces_an_open_proposal_or_gives_an_unmatched_mentee_one_but_never_an_approved_one()
    {
        var run = NewRun(out var mentees, out var mentors);
        var chosen = run.Choose(mentees[1], mentors[0], 7000, "[]", Manager, Now);
        Assert.True(chosen.ChosenByHand);
        Assert.Equal(2, run.Proposals.Count);
        Assert.Equal(mentors[0], run.Proposals.Single(p => p.MenteeId == mentees[1]).MentorId);
        Assert.Equal(15000, run.TotalScoreCents);

        run.Choose(mentees[2], mentors[1], 100, "[]", Manager, Now);
        Assert.Empty(run.Unmatched);
        Assert.Equal(3, run.Proposals.Count);

        // After a rejection the choice is added beside it: the rejection stays on record.
        run.Reject(run.Proposals.Single(p => p.MenteeId == mentees[2]), Manager, Now);
        run.Choose(mentees[2], mentors[0], 200, "[]", Manager, Now);
        Assert.Equal([ProposalStatus.Rejected, ProposalStatus.Proposed], run.Proposals.Where(p => p.MenteeId == mentees[2]).Select(p => p.Status));
        Assert.Equal(4, run.Proposals.Count);

        run.Approve(run.Proposals[0], Guid.NewGuid(), Manager, Now);
        Assert.Equal("ProposalDecided", Assert.Throws<DomainException>(() => run.Choose(mentees[0], mentors[1], 1, "[]", Manager, Now)).Code);
        Assert.Equal("NotInRun", Assert.Throws<DomainException>(() => run.Choose(Guid.NewGuid(), mentors[1], 1, "[]", Manager, Now)).Code);
        Assert.Throws<ArgumentException>(() => run.Approve(NewRun(out _, out _).Proposals[0], Guid.NewGuid(), Manager, Now));
    }

    [Fact]
    public void Programme_weights_are_validated_and_kept_exactly()
    {
        var programme = Programme.Create(Guid.NewGuid(), ProgrammeTemplate.Custom, ProgrammeTemplates.Defaults(ProgrammeTemplate.Custom) with { Name = "Test" });
        Assert.Equal(MatchingWeights.Default, programme.Weights);
        var weights = MatchingWeights.Default with { Interests = Points.Zero, Identity = Points.Of(12.5m) };
        programme.SetMatching(weights, ["uk", " AR ", "uk"], 30);
        Assert.Equal(weights, programme.Weights);
        Assert.Equal(["ar", "uk"], programme.InterpreterLanguages);
        Assert.Equal(30, programme.MatchingSettings.MaxDistanceKm);
        Assert.Equal("Language", Assert.Throws<DomainValidationException>(() => programme.SetMatching(weights with { Language = Points.Of(1001) }, [], 30)).Field);
        Assert.Equal("InterpreterLanguages", Assert.Throws<DomainValidationException>(() => programme.SetMatching(weights, ["u1"], 30)).Field);
        Assert.Equal("MaxDistanceKm", Assert.Throws<DomainValidationException>(() => programme.SetMatching(weights, [], 0)).Field);
        Assert.Equal(weights, programme.Weights);
    }

    [Fact]
    public void An_exclusion_joins_a_mentee_and_a_mentor_of_one_programme()
    {
        var programme = Programme.Create(Guid.NewGuid(), ProgrammeTemplate.Custom, ProgrammeTemplates.Defaults(ProgrammeTemplate.Custom) with { Name = "Test" });
        var other = Programme.Create(programme.OrganisationId, ProgrammeTemplate.Custom, ProgrammeTemplates.Defaults(ProgrammeTemplate.Custom) with { Name = "Other" });
        var mentee = Accepted(programme, ParticipantRole.Mentee);
        var mentor = Accepted(programme, ParticipantRole.Mentor);
        var exclusion = MatchExclusion.Declare(mentee, mentor, ExclusionReason.DeclaredConflict, "Neighbours", Manager, Now);
        Assert.Equal((mentee.Id, mentor.Id, programme.Id), (exclusion.MenteeId, exclusion.MentorId, exclusion.ProgrammeId));
        Assert.Equal("RolesMismatch", Assert.Throws<DomainException>(() => MatchExclusion.Declare(mentor, mentee, ExclusionReason.EndedBadly, null, Manager, Now)).Code);
        Assert.Equal("ProgrammeMismatch", Assert.Throws<DomainException>(() => MatchExclusion.Declare(mentee, Accepted(other, ParticipantRole.Mentor), ExclusionReason.EndedBadly, null, Manager, Now)).Code);
        Assert.Equal("Note", Assert.Throws<DomainValidationException>(() => MatchExclusion.Declare(mentee, mentor, ExclusionReason.EndedBadly, new string('x', 501), Manager, Now)).Field);
    }

    private static Participant Accepted(Programme programme, ParticipantRole role)
    {
        var profile = Profile.Create("Olena Kovalenko", "olena@example.org", null, "uk", Gender.Woman, "UA", "Lisboa", "1100-001",
            [LanguageSkill.Create("uk", LanguageLevel.Native)], WeeklyAvailability.Of([(DayOfWeek.Monday, DayPart.Evening)]), [], SupportAreas.JobSearch,
            MatchingPreferences.None, null);
        var application = Application.Submit(programme, role, Guid.NewGuid(), profile, ReferralSource.Leaflet, null, true, programme.PrivacyNoticeVersion, Now);
        application.ScheduleInterview(Now.AddDays(1), "Office", null, Manager, Now);
        application.RecordInterview("Teacher", "Give back", null, Manager, Now.AddDays(1));
        return application.Decide(Decision.Accept, null, Manager, Now.AddDays(1))!;
    }
}
