using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Web.Tests.Infrastructure;
using Ponte.Web.Tests.Matching;
using Ponte.Web.Tests.Mentors;

namespace Ponte.Web.Tests.Mentoring;

/// <summary>
/// The mentoring process and its agreement template survive the database: three processes of a
/// Lisbon group programme (one active, one paused again after a resume, one whose text changed to
/// a second version) are saved, changed in a second unit of work and read back in a third.
/// </summary>
public abstract class MentoringStorageTests(PonteFactory factory) : IntegrationTest(factory)
{
    private const string PairGoals = "Encontrar trabalho como pasteleira até à primavera.";
    private const string RevisedGoals = "Goals are agreed at the kick-off and written down by the mentee.";

    private static readonly AgreementSections FirstText = Sections("Goals are agreed at the kick-off.");
    private static readonly AgreementSections RevisedText = Sections(RevisedGoals);

    // 1000 characters, the longest note a pause may have: its timeline line is longer still.
    private static readonly string LongNote = string.Concat(Enumerable.Repeat("Surgery in January.", 53))[..MentoringProcess.NoteMax];

    [Fact]
    public async Task A_process_is_read_back_with_its_members_agreement_acceptances_and_timeline()
    {
        var w = await ArrangeAsync();

        var (processes, template) = await ActingForAsync(w.Lisbon, async db => (
            await db.MentoringProcesses.Where(p => p.ProgrammeId == w.Programme).ToListAsync(),
            await db.AgreementTemplates.SingleAsync(t => t.ProgrammeId == w.Programme)));

        Assert.Equal(3, processes.Count);
        var active = processes.Single(p => p.Id == w.Active);
        var paused = processes.Single(p => p.Id == w.Paused);
        var changed = processes.Single(p => p.Id == w.Changed);

        // The template: its revised text and its text version.
        Assert.Equal(w.Template, template.Id);
        Assert.Equal(("en", 2, RevisedText), (template.Language, template.TextVersion, template.Sections));
        Assert.Equal(w.ManagerId, template.RevisedById);
        Assert.Equal(w.At(20), template.RevisedAt);

        // The active one-to-one process.
        Assert.Equal(ProcessStatus.Active, active.Status);
        Assert.Equal((w.Lisbon, w.Programme, (Guid?)w.Proposals[w.MenteeA], w.At(0)), (active.OrganisationId, active.ProgrammeId, active.MatchProposalId, active.StartedAt));
        AssertMembers(active,
            new(w.MentorA, ProcessRole.Mentor, w.Users[w.MentorA], null),
            new(w.MenteeA, ProcessRole.Mentee, w.Users[w.MenteeA], w.Proposals[w.MenteeA]));
        var agreement = active.Agreement!;
        Assert.Equal((w.Template, 1, 1, w.At(1)), (agreement.TemplateId, agreement.TemplateVersion, agreement.Version, agreement.DraftedAt));
        Assert.Equal(new AgreementTerms("en", FirstText, PairGoals, MeetingRhythm.Fortnightly, 6), agreement.Terms);
        AssertAcceptances(agreement,
            new(AgreementRole.Mentee, w.MenteeA, w.Users[w.MenteeA], 1, w.At(2), null),
            new(AgreementRole.Mentor, w.MentorA, w.Users[w.MentorA], 1, w.At(3), null),
            new(AgreementRole.Organisation, null, w.ManagerId, 1, w.At(4), null));
        Assert.All(agreement.Acceptances, a => Assert.Equal(agreement.Terms, a.Terms));
        Assert.Empty(active.AwaitingAcceptance);
        Assert.Equal(
            [
                new(ProcessEvents.Started, null, "Matched", null, w.ManagerId),
                new(ProcessEvents.AgreementDrafted, "Matched", "Agreed", "v1", w.ManagerId),
                new(ProcessEvents.AgreementAccepted, "Agreed", "Agreed", "Mentee v1", w.Users[w.MenteeA]),
                new(ProcessEvents.AgreementAccepted, "Agreed", "Agreed", "Mentor v1", w.Users[w.MentorA]),
                new(ProcessEvents.AgreementAccepted, "Agreed", "Agreed", "Organisation v1", w.ManagerId),
                new Line(ProcessEvents.Activated, "Agreed", "Active", "v1", w.ManagerId),
            ],
            Lines(active));
        Assert.All(active.Timeline, l => Assert.Equal(ActorKind.User, l.ActorKind));

        // Paused on holiday, resumed, paused again: the pause it is in now, and every line.
        Assert.Equal(ProcessStatus.Paused, paused.Status);
        Assert.Equal(((ProcessStatus?)ProcessStatus.Active, (PauseReason?)PauseReason.Illness, (string?)LongNote, (DateTimeOffset?)w.At(23)), (paused.PausedFrom, paused.PauseReason, paused.PauseNote, paused.PausedAt));
        Assert.Equal(
            [
                new(ProcessEvents.Activated, "Agreed", "Active", "v1", w.ManagerId),
                new(ProcessEvents.Paused, "Active", "Paused", "Holidays: Back in March", w.ManagerId),
                new(ProcessEvents.Resumed, "Paused", "Active", "Back from holidays", w.ManagerId),
                new Line(ProcessEvents.Paused, "Active", "Paused", $"Illness: {LongNote}", w.ManagerId),
            ],
            Lines(paused)[^4..]);
        Assert.Equal(9, paused.Timeline.Count);
        Assert.Equal(3, paused.Agreement!.Acceptances.Count);

        // The group process whose text changed after two acceptances: version 2, accepted by all five.
        Assert.Equal(ProcessStatus.Active, changed.Status);
        AssertMembers(changed,
            new(w.MentorC, ProcessRole.Mentor, w.Users[w.MentorC], null),
            new(w.CoMentor, ProcessRole.CoMentor, w.Users[w.CoMentor], null),
            new(w.MenteeC1, ProcessRole.Mentee, w.Users[w.MenteeC1], w.Proposals[w.MenteeC1]),
            new(w.MenteeC2, ProcessRole.Mentee, w.Users[w.MenteeC2], w.Proposals[w.MenteeC2]));
        Assert.Equal((Guid?)w.Proposals[w.MenteeC1], changed.MatchProposalId);
        var second = changed.Agreement!;
        Assert.Equal((w.Template, 2, 2), (second.TemplateId, second.TemplateVersion, second.Version));
        Assert.Equal(new AgreementTerms("en", RevisedText, "Practise Portuguese for job interviews.", MeetingRhythm.Weekly, 9), second.Terms);
        AssertAcceptances(second,
            new(AgreementRole.Mentee, w.MenteeC1, w.Users[w.MenteeC1], 1, w.At(5), w.At(21)),
            new(AgreementRole.Mentor, w.MentorC, w.Users[w.MentorC], 1, w.At(6), w.At(21)),
            new(AgreementRole.Mentee, w.MenteeC1, w.Users[w.MenteeC1], 2, w.At(22), null),
            new(AgreementRole.Mentee, w.MenteeC2, w.Users[w.MenteeC2], 2, w.At(22), null),
            new(AgreementRole.Mentor, w.MentorC, w.Users[w.MentorC], 2, w.At(22), null),
            new(AgreementRole.CoMentor, w.CoMentor, w.Users[w.CoMentor], 2, w.At(22), null),
            new(AgreementRole.Organisation, null, w.ManagerId, 2, w.At(22), null));
        // Each acceptance keeps the text as it read then; the superseded ones the first template's.
        Assert.All(second.Acceptances.Where(a => a.IsSuperseded), a => Assert.Equal(
            new AgreementTerms("en", FirstText, "Practise Portuguese for job interviews.", MeetingRhythm.Weekly, 9), a.Terms));
        Assert.All(second.CurrentAcceptances, a => Assert.Equal(second.Terms, a.Terms));
        Assert.Equal(5, second.CurrentAcceptances.Count);
        Assert.Equal(
            [
                new(ProcessEvents.AgreementAccepted, "Agreed", "Agreed", "Mentor v1", w.Users[w.MentorC]),
                new Line(ProcessEvents.AgreementChanged, "Agreed", "Agreed", "v2", w.ManagerId),
            ],
            Lines(changed)[3..5]);
        Assert.Equal(new Line(ProcessEvents.Activated, "Agreed", "Active", "v2", w.ManagerId), Lines(changed)[^1]);
        Assert.Equal(11, changed.Timeline.Count);
    }

    [Fact]
    public async Task Acting_for_another_organisation_sees_none_of_the_processes_or_templates()
    {
        var w = await ArrangeAsync();

        var mine = await ActingForAsync(w.Lisbon, async db => (
            await db.MentoringProcesses.CountAsync(p => p.ProgrammeId == w.Programme),
            await db.AgreementTemplates.CountAsync(t => t.ProgrammeId == w.Programme)));
        var theirs = await ActingForAsync(w.Helsinki, async db => (
            await db.MentoringProcesses.CountAsync(p => p.ProgrammeId == w.Programme),
            await db.AgreementTemplates.CountAsync(t => t.ProgrammeId == w.Programme),
            await db.MentoringProcesses.AnyAsync(p => p.Id == w.Active || p.Id == w.Paused || p.Id == w.Changed),
            await db.MentoringProcesses.AnyAsync(p => p.OrganisationId == w.Lisbon)));

        Assert.Equal((3, 1), mine);
        Assert.Equal((0, 0, false, false), theirs);
    }

    [Fact]
    public async Task A_programme_has_one_template_per_language()
    {
        var w = await ArrangeAsync();

        await ActingForAsync(w.Lisbon, async db =>
        {
            var programme = await db.Programmes.SingleAsync(p => p.Id == w.Programme);
            db.AgreementTemplates.Add(AgreementTemplate.Create(programme, "pt", FirstText, Manager(w), w.At(30)));
            await db.SaveChangesAsync();
            return 0;
        });
        var twice = await Assert.ThrowsAsync<DbUpdateException>(() => ActingForAsync(w.Lisbon, async db =>
        {
            var programme = await db.Programmes.SingleAsync(p => p.Id == w.Programme);
            db.AgreementTemplates.Add(AgreementTemplate.Create(programme, "EN", FirstText, Manager(w), w.At(31)));
            return await db.SaveChangesAsync();
        }));

        Assert.NotNull(twice.InnerException);
        var languages = await ActingForAsync(w.Lisbon, db => db.AgreementTemplates.Where(t => t.ProgrammeId == w.Programme).Select(t => t.Language).OrderBy(l => l).ToListAsync());
        Assert.Equal(["en", "pt"], languages);
    }

    private static AgreementSections Sections(string goals) => AgreementSections.Create(
        goals,
        "We meet at the rhythm written below.",
        "The process lasts the months written below.",
        "A mentora ouve e orienta; a mentorada conduz os seus próprios objetivos.",
        "What we say stays between us, unless someone is at risk.",
        "Either of us may end early by telling the programme team.");

    private static Actor Manager(World w) => new(w.ManagerId, "Manager");

    // The rows of a process's members and acceptances come back in no set order: both sides are compared sorted.
    private static void AssertMembers(MentoringProcess p, params Member[] expected) =>
        Assert.Equal(
            expected.OrderBy(m => m.Role).ThenBy(m => m.Participant),
            p.Members.Select(m => new Member(m.ParticipantId, m.Role, m.UserId, m.MatchProposalId)).OrderBy(m => m.Role).ThenBy(m => m.Participant));

    private static void AssertAcceptances(Agreement a, params Acceptance[] expected) =>
        Assert.Equal(
            expected.OrderBy(x => x.Version).ThenBy(x => x.Role).ThenBy(x => x.Participant),
            a.Acceptances.Select(x => new Acceptance(x.Role, x.ParticipantId, x.UserId, x.Version, x.AcceptedAt, x.SupersededAt))
                .OrderBy(x => x.Version).ThenBy(x => x.Role).ThenBy(x => x.Participant));

    private static Line[] Lines(MentoringProcess p) =>
        p.Timeline.Select(l => new Line(l.Event, l.FromStatus, l.ToStatus, l.Detail, l.ActorUserId)).ToArray();

    private sealed record Member(Guid Participant, ProcessRole Role, Guid? User, Guid? Match);

    private sealed record Acceptance(AgreementRole Role, Guid? Participant, Guid User, int Version, DateTimeOffset At, DateTimeOffset? Superseded);

    private sealed record Line(string Event, string? From, string To, string? Detail, Guid? Actor);

    /// <summary>Runs <paramref name="work"/> in a fresh scope as the system for one organisation.</summary>
    private async Task<T> ActingForAsync<T>(Guid organisationId, Func<AppDbContext, Task<T>> work)
    {
        using var scope = Factory.Services.CreateScope();
        using var acting = scope.ServiceProvider.GetRequiredService<Acting>().ForOrganisation(organisationId);
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private sealed record World(
        Guid Lisbon, Guid Helsinki, Guid ManagerId, Guid Programme, Guid Template, DateTimeOffset Start,
        Guid MentorA, Guid MenteeA, Guid MentorB, Guid MenteeB, Guid MentorC, Guid CoMentor, Guid MenteeC1, Guid MenteeC2,
        Guid Active, Guid Paused, Guid Changed, IReadOnlyDictionary<Guid, Guid> Users, IReadOnlyDictionary<Guid, Guid> Proposals)
    {
        public DateTimeOffset At(int hours) => Start.AddHours(hours);
    }

    /// <summary>
    /// A group programme of the Lisbon organisation with people made through the intake journey,
    /// matched on the board, and three processes taken through their states in two units of work.
    /// </summary>
    private async Task<World> ArrangeAsync()
    {
        var (lisbon, helsinki, managerId) = await Factory.WithDbAsync(async db => (
            await db.Organisations.Where(o => o.CountryCode == "PT").Select(o => o.Id).SingleAsync(),
            await db.Organisations.Where(o => o.CountryCode == "FI").Select(o => o.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == Demo.ManagerPt).Select(u => u.Id).SingleAsync()));
        var programmeId = await Factory.WithDbAsync(async db =>
        {
            var programme = Programme.Create(lisbon, ProgrammeTemplate.Custom, ProgrammeTemplates.Defaults(ProgrammeTemplate.Custom) with
            {
                Name = $"Mentoring storage {Guid.NewGuid():N}"[..30],
                MentoringType = MentoringType.Group,
                GroupSize = 3,
                RequiredTheoryHours = 0,
                RequiredPracticeHours = 0,
            });
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

        LanguageSkill[] portuguese = [new("pt", LanguageLevel.Native)];
        var mentorA = await Factory.ReadyMentorAsync(programmeId, "Helena Duarte");
        var mentorB = await Factory.ReadyMentorAsync(programmeId, "Rita Antunes");
        var mentorC = await Factory.ReadyMentorAsync(programmeId, "Joana Pires");
        var coMentor = await Factory.ReadyMentorAsync(programmeId, "Sofia Matos");
        var menteeA = await Factory.MatchingMenteeAsync(programmeId, "Samira Haddad", portuguese);
        var menteeB = await Factory.MatchingMenteeAsync(programmeId, "Leila Nasser", portuguese);
        var menteeC1 = await Factory.MatchingMenteeAsync(programmeId, "Olena Shevchenko", portuguese);
        var menteeC2 = await Factory.MatchingMenteeAsync(programmeId, "Iryna Melnyk", portuguese);
        var start = Factory.Clock.GetUtcNow();
        DateTimeOffset At(int hours) => start.AddHours(hours);
        var manager = new Actor(managerId, "Manager");

        // First unit of work: the board's approvals, the template, the starts, drafts and first acceptances.
        var first = await Factory.WithDbAsync(async db =>
        {
            var programme = await db.Programmes.SingleAsync(p => p.Id == programmeId);
            var people = await db.Participants.Where(p => p.ProgrammeId == programmeId).ToDictionaryAsync(p => p.Id);
            foreach (var person in people.Values)
                person.LinkUser(Guid.NewGuid());
            Actor As(Guid participant) => new(people[participant].UserId, people[participant].Profile.FullName);

            (Guid Mentor, Guid Mentee)[] pairs = [(mentorA, menteeA), (mentorB, menteeB), (mentorC, menteeC1), (mentorC, menteeC2)];
            var run = MatchingRun.Record(lisbon, programmeId, manager, start, 4, 4, 0, 1,
                pairs.Select(x => MatchProposal.Create(x.Mentee, x.Mentor, 5000, "[]", "[]")).ToList(), []);
            foreach (var proposal in run.Proposals)
            {
                var relationship = MentoringRelationship.Start(people[proposal.MentorId], people[proposal.MenteeId], manager, start);
                db.Relationships.Add(relationship);
                run.Approve(proposal, relationship.Id, manager, start);
            }

            db.MatchingRuns.Add(run);
            MatchProposal Match(Guid mentee) => run.Proposals.Single(p => p.MenteeId == mentee);

            var template = AgreementTemplate.Create(programme, "en", FirstText, manager, start);
            db.AgreementTemplates.Add(template);

            var active = MentoringProcess.Start(programme, people[mentorA], [people[menteeA]], null, [Match(menteeA)], manager, At(0));
            var paused = MentoringProcess.Start(programme, people[mentorB], [people[menteeB]], null, [Match(menteeB)], manager, At(0));
            var changed = MentoringProcess.Start(programme, people[mentorC], [people[menteeC1], people[menteeC2]], people[coMentor],
                [Match(menteeC1), Match(menteeC2)], manager, At(0));
            active.DraftAgreement(template, PairGoals, MeetingRhythm.Fortnightly, 6, manager, At(1));
            paused.DraftAgreement(template, "Prepare the driving theory exam.", MeetingRhythm.Weekly, 3, manager, At(1));
            changed.DraftAgreement(template, "Practise Portuguese for job interviews.", MeetingRhythm.Weekly, 9, manager, At(1));
            foreach (var (process, mentor, mentee) in new[] { (active, mentorA, menteeA), (paused, mentorB, menteeB) })
            {
                process.AcceptAgreement(AgreementRole.Mentee, As(mentee), At(2));
                process.AcceptAgreement(AgreementRole.Mentor, As(mentor), At(3));
                process.AcceptAgreement(AgreementRole.Organisation, manager, At(4));
            }

            paused.Pause(PauseReason.Holidays, "Back in March", manager, At(10));
            changed.AcceptAgreement(AgreementRole.Mentee, As(menteeC1), At(5));
            changed.AcceptAgreement(AgreementRole.Mentor, As(mentorC), At(6));
            db.MentoringProcesses.AddRange(active, paused, changed);
            await db.SaveChangesAsync();
            return (Template: template.Id, Active: active.Id, Paused: paused.Id, Changed: changed.Id,
                Users: people.ToDictionary(p => p.Key, p => p.Value.UserId!.Value),
                Proposals: run.Proposals.ToDictionary(p => p.MenteeId, p => p.Id));
        });

        // Second unit of work, as the organisation: a resume and a new pause, a revised template taken into the group's agreement.
        await ActingForAsync(lisbon, async db =>
        {
            var template = await db.AgreementTemplates.SingleAsync(t => t.Id == first.Template);
            var paused = await db.MentoringProcesses.SingleAsync(p => p.Id == first.Paused);
            var changed = await db.MentoringProcesses.SingleAsync(p => p.Id == first.Changed);
            Actor As(Guid participant) => new(first.Users[participant], "participant");

            paused.Resume("Back from holidays", manager, At(11));
            paused.Pause(PauseReason.Illness, LongNote, manager, At(23));
            Assert.True(template.Revise(RevisedText, manager, At(20)));
            Assert.False(changed.UpdateAgreementFromTemplate(template, manager, At(21)).IsEmpty);
            changed.AcceptAgreement(AgreementRole.Mentee, As(menteeC1), At(22));
            changed.AcceptAgreement(AgreementRole.Mentee, As(menteeC2), At(22));
            changed.AcceptAgreement(AgreementRole.Mentor, As(mentorC), At(22));
            changed.AcceptAgreement(AgreementRole.CoMentor, As(coMentor), At(22));
            changed.AcceptAgreement(AgreementRole.Organisation, manager, At(22));
            return await db.SaveChangesAsync();
        });

        return new World(lisbon, helsinki, managerId, programmeId, first.Template, start,
            mentorA, menteeA, mentorB, menteeB, mentorC, coMentor, menteeC1, menteeC2,
            first.Active, first.Paused, first.Changed, first.Users, first.Proposals);
    }
}

public sealed class SqliteMentoringStorageTests(SqliteFactory f) : MentoringStorageTests(f), IClassFixture<SqliteFactory>;

public sealed class PostgresMentoringStorageTests(PostgresFactory f) : MentoringStorageTests(f), IClassFixture<PostgresFactory>;
