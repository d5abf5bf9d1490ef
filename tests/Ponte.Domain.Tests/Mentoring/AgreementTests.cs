using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Xunit;
using static Ponte.Domain.Tests.Mentoring.MentoringWorld;

namespace Ponte.Domain.Tests.Mentoring;

/// <summary>The commitment agreement: its template, the draft, every party's acceptance and a change of text.</summary>
public sealed class AgreementTests
{
    private static readonly Actor OtherManager = new(Guid.NewGuid(), "Rui Lopes");

    [Fact]
    public void Drafting_copies_the_templates_text_with_the_pairs_terms_and_moves_matched_to_agreed()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.OneToOne();

        var change = process.DraftAgreement(world.Template, "  Find work as a pastry chef.  ", MeetingRhythm.Fortnightly, 6, Manager, Now.AddDays(1));

        Assert.Equal(ProcessStatus.Agreed, process.Status);
        var agreement = process.Agreement!;
        Assert.Equal(1, agreement.Version);
        Assert.Equal(world.Template.Id, agreement.TemplateId);
        Assert.Equal(1, agreement.TemplateVersion);
        Assert.Equal(new AgreementTerms("en", world.Template.Sections, "Find work as a pastry chef.", MeetingRhythm.Fortnightly, 6), agreement.Terms);
        var line = Assert.Single(change.Lines);
        Assert.Equal((ProcessEvents.AgreementDrafted, "Matched", "Agreed", "v1"), (line.Event, line.FromStatus, line.ToStatus, line.Detail));
        Assert.Equal(Manager.UserId, line.ActorUserId);
        Assert.Equal(Now.AddDays(1), line.At);
        Assert.Equal([mentor.Id, mentee.Id], change.ParticipantIds);
        Assert.Same(line, process.Timeline[^1]);
        Assert.Equal(
            [new AgreementParty(AgreementRole.Mentor, mentor.Id), new AgreementParty(AgreementRole.Mentee, mentee.Id), new AgreementParty(AgreementRole.Organisation, null)],
            process.AwaitingAcceptance);
    }

    [Fact]
    public void An_agreement_is_drafted_once_from_its_own_programmes_template_with_valid_terms()
    {
        var world = new MentoringWorld();
        var (process, _, _) = world.OneToOne();
        var otherProgrammes = AgreementTemplate.Create(new MentoringWorld().Programme, "en", Sections(), Manager, Now);

        Assert.Equal("TemplateMismatch", Assert.Throws<DomainException>(() => process.DraftAgreement(otherProgrammes, "Goals", MeetingRhythm.Weekly, 6, Manager, Now)).Code);
        Assert.Equal("PairGoals", Assert.Throws<DomainValidationException>(() => process.DraftAgreement(world.Template, " ", MeetingRhythm.Weekly, 6, Manager, Now)).Field);
        Assert.Equal("MeetingRhythm", Assert.Throws<DomainValidationException>(() => process.DraftAgreement(world.Template, "Goals", (MeetingRhythm)42, 6, Manager, Now)).Field);
        Assert.Equal("DurationMonths", Assert.Throws<DomainValidationException>(() => process.DraftAgreement(world.Template, "Goals", MeetingRhythm.Weekly, 0, Manager, Now)).Field);
        Assert.Equal("DurationMonths", Assert.Throws<DomainValidationException>(() => process.DraftAgreement(world.Template, "Goals", MeetingRhythm.Weekly, 37, Manager, Now)).Field);
        Assert.Equal(ProcessStatus.Matched, process.Status);
        Assert.Null(process.Agreement);

        process.DraftAgreement(world.Template, "Goals", MeetingRhythm.Monthly, 36, Manager, Now);
        Assert.Equal("AgreementAlreadyDrafted", Assert.Throws<DomainException>(() => process.DraftAgreement(world.Template, "Goals", MeetingRhythm.Weekly, 6, Manager, Now)).Code);
    }

    [Fact]
    public void Nothing_is_accepted_or_changed_before_the_agreement_is_drafted()
    {
        var world = new MentoringWorld();
        var (process, mentor, _) = world.OneToOne();
        Assert.Equal("AgreementNotDrafted", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now)).Code);
        Assert.Equal("AgreementNotDrafted", Assert.Throws<DomainException>(() => process.ChangeAgreement("Goals", MeetingRhythm.Weekly, 6, Manager, Now)).Code);
        Assert.Equal("AgreementNotDrafted", Assert.Throws<DomainException>(() => process.UpdateAgreementFromTemplate(world.Template, Manager, Now)).Code);
        Assert.Empty(process.AwaitingAcceptance);
    }

    [Fact]
    public void The_process_is_active_only_when_mentee_mentor_and_organisation_have_all_accepted()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.Drafted();

        var first = process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentee), Now.AddDays(2));
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        var line = Assert.Single(first.Lines);
        Assert.Equal((ProcessEvents.AgreementAccepted, "Agreed", "Agreed", "Mentee v1"), (line.Event, line.FromStatus, line.ToStatus, line.Detail));
        Assert.Equal(mentee.UserId, line.ActorUserId);

        process.AcceptAgreement(AgreementRole.Organisation, Manager, Now.AddDays(3));
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Equal([new AgreementParty(AgreementRole.Mentor, mentor.Id)], process.AwaitingAcceptance);

        var last = process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now.AddDays(4));
        Assert.Equal(ProcessStatus.Active, process.Status);
        Assert.Equal([ProcessEvents.AgreementAccepted, ProcessEvents.Activated], last.Lines.Select(l => l.Event));
        Assert.Equal(("Agreed", "Active", "v1"), (last.Lines[1].FromStatus, last.Lines[1].ToStatus, last.Lines[1].Detail));
        Assert.Equal(mentor.UserId, last.Lines[1].ActorUserId);
        Assert.Empty(process.AwaitingAcceptance);

        var acceptances = process.Agreement!.Acceptances;
        Assert.Equal([AgreementRole.Mentee, AgreementRole.Organisation, AgreementRole.Mentor], acceptances.Select(a => a.Role));
        Assert.Equal([mentee.Id, null, mentor.Id], acceptances.Select(a => a.ParticipantId));
        Assert.Equal([mentee.UserId!.Value, Manager.UserId!.Value, mentor.UserId!.Value], acceptances.Select(a => a.UserId));
        Assert.Equal([Now.AddDays(2), Now.AddDays(3), Now.AddDays(4)], acceptances.Select(a => a.AcceptedAt));
        Assert.All(acceptances, a => Assert.Equal((1, false), (a.Version, a.IsSuperseded)));
        Assert.All(acceptances, a => Assert.Equal(process.Agreement.Terms, a.Terms));
    }

    [Fact]
    public void A_group_is_active_once_each_mentee_the_mentor_the_co_mentor_and_the_organisation_accepted()
    {
        var world = new MentoringWorld(MentoringType.Group, 3);
        var mentor = world.Ready(ParticipantRole.Mentor, "Helena");
        var coMentor = world.Ready(ParticipantRole.Mentor, "Aino");
        var mentees = new[] { world.Ready(ParticipantRole.Mentee, "Samira"), world.Ready(ParticipantRole.Mentee, "Fatima") };
        var process = MentoringProcess.Start(world.Programme, mentor, mentees, coMentor, mentees.Select(m => world.Approve(mentor, m)).ToList(), Manager, Now);
        process.DraftAgreement(world.Template, "Job search together", MeetingRhythm.Fortnightly, 3, Manager, Now);

        process.AcceptAgreement(AgreementRole.Organisation, Manager, Now);
        process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now);
        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentees[0]), Now);
        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentees[1]), Now);
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Equal([new AgreementParty(AgreementRole.CoMentor, coMentor.Id)], process.AwaitingAcceptance);
        Assert.Equal("WrongRole", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Mentor, ActorOf(coMentor), Now)).Code);

        process.AcceptAgreement(AgreementRole.CoMentor, ActorOf(coMentor), Now);
        Assert.Equal(ProcessStatus.Active, process.Status);
    }

    [Fact]
    public void A_party_accepts_a_version_once()
    {
        var world = new MentoringWorld();
        var (process, mentor, _) = world.Drafted();
        process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now);
        process.AcceptAgreement(AgreementRole.Organisation, Manager, Now);

        var twice = Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now));
        Assert.Equal("AlreadyAccepted", twice.Code);
        Assert.Equal([1], twice.Args);
        // The organisation accepts once, whichever manager signs.
        Assert.Equal("AlreadyAccepted", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Organisation, OtherManager, Now)).Code);
        Assert.Equal(2, process.Agreement!.Acceptances.Count);
        Assert.Equal(ProcessStatus.Agreed, process.Status);
    }

    [Fact]
    public void Nobody_accepts_for_another_role()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.Drafted();

        Assert.Equal("WrongRole", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentee), Now)).Code);
        Assert.Equal("WrongRole", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentor), Now)).Code);
        Assert.Equal("WrongRole", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.CoMentor, ActorOf(mentor), Now)).Code);
        Assert.Equal("WrongRole", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Organisation, ActorOf(mentee), Now)).Code);
        Assert.Equal("WrongRole", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Organisation, ActorOf(mentor), Now)).Code);
        Assert.Equal("Role", Assert.Throws<DomainValidationException>(() => process.AcceptAgreement((AgreementRole)7, ActorOf(mentor), Now)).Field);
        Assert.Empty(process.Agreement!.Acceptances);
        Assert.Equal(3, process.AwaitingAcceptance.Count);
    }

    [Fact]
    public void A_stranger_or_ponte_itself_cannot_accept()
    {
        var world = new MentoringWorld();
        var (process, _, _) = world.Drafted();
        var stranger = world.Ready(ParticipantRole.Mentee, "Not in this process");

        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Mentee, ActorOf(stranger), Now)).Code);
        Assert.Equal("NotAParticipant", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Mentor, new Actor(Guid.NewGuid(), "Someone"), Now)).Code);
        Assert.Equal("AccountRequired", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Organisation, Actor.System, Now)).Code);
        Assert.Equal("AccountRequired", Assert.Throws<DomainException>(() => process.AcceptAgreement(AgreementRole.Mentee, Actor.Applicant("Samira"), Now)).Code);
        Assert.Empty(process.Agreement!.Acceptances);
    }

    [Fact]
    public void A_change_after_an_acceptance_is_a_new_version_that_asks_everyone_again()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.Drafted();
        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentee), Now.AddDays(2));
        var accepted = process.Agreement!.Terms;

        var change = process.ChangeAgreement("Find work and start a pastry course.", MeetingRhythm.Weekly, 9, Manager, Now.AddDays(3));

        var agreement = process.Agreement;
        Assert.Equal(2, agreement.Version);
        Assert.Equal("Find work and start a pastry course.", agreement.Terms.PairGoals);
        Assert.Equal(9, agreement.Terms.DurationMonths);
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Equal((ProcessEvents.AgreementChanged, "Agreed", "Agreed", "v2"), (change.Lines[0].Event, change.Lines[0].FromStatus, change.Lines[0].ToStatus, change.Lines[0].Detail));
        Assert.Empty(agreement.CurrentAcceptances);
        Assert.Equal(3, process.AwaitingAcceptance.Count);

        // The earlier acceptance stays, for the text she accepted.
        var old = Assert.Single(agreement.Acceptances);
        Assert.Equal((1, true, Now.AddDays(3)), (old.Version, old.IsSuperseded, old.SupersededAt));
        Assert.Equal(accepted, old.Terms);
        Assert.Equal("Find work as a pastry chef.", old.Terms.PairGoals);

        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentee), Now.AddDays(4));
        Assert.Equal([1, 2], agreement.Acceptances.Select(a => a.Version));
        Assert.Equal(2, agreement.CurrentAcceptances.Single().Version);
        Assert.Equal(9, agreement.CurrentAcceptances.Single().Terms.DurationMonths);
        Assert.Equal(2, process.AwaitingAcceptance.Count);
        Assert.DoesNotContain(process.AwaitingAcceptance, p => p.ParticipantId == mentee.Id);
        Assert.Contains(process.AwaitingAcceptance, p => p.ParticipantId == mentor.Id);
    }

    [Fact]
    public void A_change_before_anyone_accepted_corrects_the_draft_in_the_same_version()
    {
        var world = new MentoringWorld();
        var (process, _, _) = world.Drafted();
        var change = process.ChangeAgreement("Corrected goals", MeetingRhythm.Monthly, 4, Manager, Now.AddDays(2));
        Assert.Equal(1, process.Agreement!.Version);
        Assert.Equal(("Corrected goals", MeetingRhythm.Monthly, 4), (process.Agreement.Terms.PairGoals, process.Agreement.Terms.MeetingRhythm, process.Agreement.Terms.DurationMonths));
        Assert.Equal(ProcessEvents.AgreementChanged, change.Lines.Single().Event);
    }

    [Fact]
    public void Changing_an_active_agreement_returns_the_process_to_agreed_until_all_accept_again()
    {
        var world = new MentoringWorld();
        var (process, mentor, mentee) = world.Active();

        var change = process.ChangeAgreement("New goals", MeetingRhythm.Fortnightly, 6, Manager, Now.AddDays(30));

        Assert.Equal(ProcessStatus.Agreed, process.Status);
        Assert.Equal(("Active", "Agreed", "v2"), (change.Lines[0].FromStatus, change.Lines[0].ToStatus, change.Lines[0].Detail));
        Assert.All(process.Agreement!.Acceptances, a => Assert.True(a.IsSuperseded));

        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentee), Now.AddDays(31));
        process.AcceptAgreement(AgreementRole.Mentor, ActorOf(mentor), Now.AddDays(31));
        Assert.Equal(ProcessStatus.Agreed, process.Status);
        process.AcceptAgreement(AgreementRole.Organisation, OtherManager, Now.AddDays(32));
        Assert.Equal(ProcessStatus.Active, process.Status);
        Assert.Equal(6, process.Agreement.Acceptances.Count);
        Assert.Equal(2, process.Timeline.Count(l => l.Event == ProcessEvents.Activated));
    }

    [Fact]
    public void Saving_the_same_terms_changes_nothing_and_asks_nobody_again()
    {
        var world = new MentoringWorld();
        var (process, _, _) = world.Active();
        var lines = process.Timeline.Count;

        var change = process.ChangeAgreement(" Find work as a pastry chef. ", MeetingRhythm.Weekly, 6, Manager, Now.AddDays(5));

        Assert.True(change.IsEmpty);
        Assert.Equal(ProcessStatus.Active, process.Status);
        Assert.Equal(1, process.Agreement!.Version);
        Assert.Equal(3, process.Agreement.CurrentAcceptances.Count);
        Assert.Equal(lines, process.Timeline.Count);
        Assert.Equal("PairGoals", Assert.Throws<DomainValidationException>(() => process.ChangeAgreement("", MeetingRhythm.Weekly, 6, Manager, Now)).Field);
        Assert.Equal("DurationMonths", Assert.Throws<DomainValidationException>(() => process.ChangeAgreement("Goals", MeetingRhythm.Weekly, 40, Manager, Now)).Field);
        Assert.Equal(ProcessStatus.Active, process.Status);
    }

    [Fact]
    public void A_revised_template_reaches_an_agreement_as_a_new_version_keeping_the_pairs_terms()
    {
        var world = new MentoringWorld();
        var (process, _, mentee) = world.Drafted();
        process.AcceptAgreement(AgreementRole.Mentee, ActorOf(mentee), Now);
        var revised = Sections() with { Confidentiality = "Nothing leaves the room, except when someone is at risk." };
        Assert.True(world.Template.Revise(revised, Manager, Now.AddDays(5)));
        Assert.Equal(2, world.Template.TextVersion);
        Assert.Equal(1, process.Agreement!.TemplateVersion);

        process.UpdateAgreementFromTemplate(world.Template, Manager, Now.AddDays(6));

        Assert.Equal(2, process.Agreement.Version);
        Assert.Equal(2, process.Agreement.TemplateVersion);
        Assert.Equal(revised.Confidentiality, process.Agreement.Terms.Sections.Confidentiality);
        Assert.Equal("Find work as a pastry chef.", process.Agreement.Terms.PairGoals);
        Assert.Equal(Sections().Confidentiality, process.Agreement.Acceptances.Single().Terms.Sections.Confidentiality);

        var portuguese = AgreementTemplate.Create(world.Programme, "PT", revised, Manager, Now);
        process.UpdateAgreementFromTemplate(portuguese, Manager, Now.AddDays(7));
        Assert.Equal("pt", process.Agreement.Terms.Language);
        Assert.Equal(1, process.Agreement.TemplateVersion);
        Assert.Equal(portuguese.Id, process.Agreement.TemplateId);

        var elsewhere = AgreementTemplate.Create(new MentoringWorld().Programme, "en", revised, Manager, Now);
        Assert.Equal("TemplateMismatch", Assert.Throws<DomainException>(() => process.UpdateAgreementFromTemplate(elsewhere, Manager, Now)).Code);
    }

    [Fact]
    public void A_template_needs_every_section_and_a_language_and_counts_only_real_changes()
    {
        var programme = new MentoringWorld().Programme;
        Assert.Equal("Confidentiality", Assert.Throws<DomainValidationException>(() =>
            AgreementSections.Create("Goals", "Rhythm", "Duration", "Roles", " ", "Ending")).Field);
        Assert.Equal("EndingEarly", Assert.Throws<DomainValidationException>(() =>
            AgreementTemplate.Create(programme, "en", Sections() with { EndingEarly = "" }, Manager, Now)).Field);
        Assert.Equal("LanguageCode", Assert.Throws<DomainValidationException>(() => AgreementTemplate.Create(programme, "english", Sections(), Manager, Now)).Code);

        var template = AgreementTemplate.Create(programme, " AR ", Sections(), Manager, Now);
        Assert.Equal(("ar", 1, programme.Id, programme.OrganisationId), (template.Language, template.TextVersion, template.ProgrammeId, template.OrganisationId));
        Assert.False(template.Revise(Sections(), OtherManager, Now.AddDays(1)));
        Assert.Equal((1, Manager.UserId, Now), (template.TextVersion, template.RevisedById, template.RevisedAt));
        Assert.Equal("Roles", Assert.Throws<DomainValidationException>(() => template.Revise(Sections() with { Roles = new string('x', 4001) }, OtherManager, Now)).Field);
        Assert.True(template.Revise(Sections("Three goals at most."), OtherManager, Now.AddDays(2)));
        Assert.True(template.Revise(Sections("Two goals at most."), OtherManager, Now.AddDays(3)));
        Assert.Equal((3, OtherManager.UserId, Now.AddDays(3)), (template.TextVersion, template.RevisedById, template.RevisedAt));
        Assert.Equal("Two goals at most.", template.Sections.Goals);
    }
}
