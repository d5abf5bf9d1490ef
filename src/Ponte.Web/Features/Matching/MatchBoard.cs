using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Data;
using Ponte.Web.Infrastructure.Email;
using Ponte.Web.Infrastructure.Errors;

namespace Ponte.Web.Features.Matching;

/// <summary>Marker of the match board's texts (Resources/Features/Matching/MatchingText.*.resx).</summary>
public sealed class MatchingText;

/// <summary>
/// A programme's waiting list as the engine reads it: mentees ready to match, and every active
/// mentor with her places left (capacity minus her active relationships, so approved pairs stay
/// as they are). Mentors not yet ready are included so that a manual choice of one is refused
/// with the rule named.
/// </summary>
public sealed record WaitingList(
    Programme Programme,
    MatchingInput Input,
    IReadOnlyDictionary<Guid, Participant> People,
    int MentorsAvailable,
    int AlreadyMatched)
{
    public int MenteesWaiting => Input.Mentees.Count;

    public bool Has(Guid participantId) =>
        Input.Mentees.Any(m => m.Id == participantId.ToString()) || Input.Mentors.Any(m => m.Id == participantId.ToString());
}

/// <summary>Runs matching for a programme and carries out the manager's decisions on its proposals.</summary>
public static class MatchBoard
{
    /// <summary>How many next-best mentors a proposal keeps.</summary>
    public const int AlternativesKept = 3;

    private static readonly ParticipantStatus[] ActiveMentor =
        [ParticipantStatus.Accepted, ParticipantStatus.InTraining, ParticipantStatus.ReadyToMatch, ParticipantStatus.Matched];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A programme of the caller's organisation, or 404.</summary>
    public static async Task<Programme> FindProgrammeAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        (await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct)).OrNotFound();

    public static Task<MatchingRun?> LatestRunAsync(AppDbContext db, Guid programmeId, CancellationToken ct) =>
        db.MatchingRuns.Where(r => r.ProgrammeId == programmeId).OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    public static async Task<WaitingList> LoadWaitingListAsync(AppDbContext db, Programme programme, CancellationToken ct)
    {
        var people = await db.Participants
            .Where(p => p.ProgrammeId == programme.Id
                && ((p.Role == ParticipantRole.Mentee && p.Status == ParticipantStatus.ReadyToMatch && p.TargetGroup != null)
                    || (p.Role == ParticipantRole.Mentor && ActiveMentor.Contains(p.Status))))
            .ToListAsync(ct);
        var taken = await db.Relationships
            .Where(r => r.ProgrammeId == programme.Id && r.Status == RelationshipStatus.Active)
            .GroupBy(r => r.MentorId)
            .Select(g => new { MentorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.MentorId, x => x.Count, ct);

        // Profiles name a municipality: its centre gives distances between municipalities.
        var country = await db.Organisations.Where(o => o.Id == programme.OrganisationId).Select(o => o.CountryCode).SingleAsync(ct);
        GeoPoint? Centre(Participant p) => AreaCentres.Of(country, p.Profile.Municipality);
        string? Area(Participant p) => AreaCentres.AreaName(country, p.Profile.Municipality);
        var mentees = people.Where(p => p.Role == ParticipantRole.Mentee)
            .Select(p => MenteeProfile.FromParticipant(p, Centre(p)) with { Area = Area(p), LocationIsAreaCentre = true })
            .ToList();
        var mentors = people.Where(p => p.Role == ParticipantRole.Mentor)
            .Select(p => MentorProfile.FromParticipant(p, Math.Max(0, programme.MentorCapacity - taken.GetValueOrDefault(p.Id)), Centre(p))
                with { Area = Area(p), LocationIsAreaCentre = true })
            .ToList();
        // Ids are turned into text here, not in SQL: SQLite keeps GUIDs as upper-case text.
        var inList = people.Select(p => p.Id).ToHashSet();
        var exclusions = (await db.MatchExclusions.Where(x => x.ProgrammeId == programme.Id).ToListAsync(ct))
            .Where(x => inList.Contains(x.MenteeId) && inList.Contains(x.MentorId))
            .Select(x => new Exclusion(x.MenteeId.ToString(), x.MentorId.ToString(), x.Reason))
            .ToList();
        var input = new MatchingInput(mentees, mentors, [programme.MatchingSettings], exclusions);
        return new WaitingList(programme, input, people.ToDictionary(p => p.Id), mentors.Count(m => m.ReadyToMatch && m.Capacity > 0), taken.Values.Sum());
    }

    /// <summary>Runs the engine over the waiting list and records the run (not yet saved).</summary>
    public static async Task<MatchingRun> RunAsync(AppDbContext db, Programme programme, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var list = await LoadWaitingListAsync(db, programme, ct);
        var outcome = new MatchingEngine(list.Input).Run();
        var proposals = outcome.Proposals.Where(p => !p.Approved).Select(p => MatchProposal.Create(
            Guid.Parse(p.MenteeId),
            Guid.Parse(p.MentorId),
            p.Score.Cents,
            Serialize(p.Breakdown, programme.Weights),
            JsonSerializer.Serialize(
                outcome.Alternatives(p.MenteeId, AlternativesKept + 1).Where(a => a.MentorId != p.MentorId).Take(AlternativesKept)
                    .Select(a => new StoredAlternative(Guid.Parse(a.MentorId), a.Score.Cents, Breakdown(a.Breakdown, programme.Weights))),
                Json))).ToList();
        var unmatched = outcome.Unmatched.Select(u => UnmatchedEntry.Create(
            Guid.Parse(u.MenteeId), u.Reason, JsonSerializer.Serialize(u.Facts.ToDictionary(f => f.Key, f => f.Value), Json)));
        var run = MatchingRun.Record(programme.OrganisationId, programme.Id, actor, now, list.MenteesWaiting, list.MentorsAvailable,
            list.AlreadyMatched, (int)clock.ElapsedMilliseconds, proposals, unmatched);
        db.MatchingRuns.Add(run);
        return run;
    }

    /// <summary>
    /// Matches the two of a proposal: the hard rules are checked again on today's data, the
    /// relationship starts (both move to matched) and both are told by email in their language.
    /// </summary>
    public static async Task<MentoringRelationship> ApproveAsync(
        AppDbContext db, Notifier notifier, MatchingRun run, MatchProposal proposal,
        Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        await RequireLatestAsync(db, run, ct);
        if (proposal.Status != ProposalStatus.Proposed)
            throw new DomainException("ProposalDecided", "This proposal has been decided already.");
        Checked pair;
        try
        {
            pair = await CheckTodayAsync(db, run, proposal.MenteeId, proposal.MentorId, ct);
        }
        catch (DomainValidationException e)
        {
            // Approving is not a choice of mentor: a rule that now forbids the pair is a conflict with today's data.
            throw new DomainException(e.Code, e.Message, [.. e.Args]);
        }

        var (programme, mentee, mentor, _) = pair;
        var relationship = MentoringRelationship.Start(mentor, mentee, actor, now);
        db.Relationships.Add(relationship);
        run.Approve(proposal, relationship.Id, actor, now);
        await TellAsync(db, notifier, programme, mentee, mentor, "Match.Approved.Mentee", ct);
        await TellAsync(db, notifier, programme, mentor, mentee, "Match.Approved.Mentor", ct);
        return relationship;
    }

    /// <summary>
    /// Records, and saves, that the pair must never be proposed (a conflict of interest, or a pair
    /// that ended badly), rejecting the latest run's open proposal of that pair. Declaring it twice,
    /// even at the same moment, keeps the first: <c>Created</c> says whether this call made it.
    /// </summary>
    public static async Task<(MatchExclusion Exclusion, bool Created)> ExcludeAsync(
        AppDbContext db, Programme programme, Guid? menteeId, Guid? mentorId, ExclusionReason? reason, string? note, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            var (exclusion, created) = await DeclareExclusionAsync(db, programme, menteeId, mentorId, reason, note, actor, now, ct);
            await db.SaveChangesAsync(ct);
            return (exclusion, created);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Someone declared the same pair a moment earlier: the unique index kept one.
            db.ChangeTracker.Clear();
            var kept = await db.MatchExclusions.AsNoTracking().SingleOrDefaultAsync(x => x.MenteeId == menteeId && x.MentorId == mentorId, ct);
            if (kept is null)
                throw;
            return (kept, false);
        }
    }

    private static async Task<(MatchExclusion Exclusion, bool Created)> DeclareExclusionAsync(
        AppDbContext db, Programme programme, Guid? menteeId, Guid? mentorId, ExclusionReason? reason, string? note, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (reason is null || !Enum.IsDefined(reason.Value))
            throw new DomainValidationException("Reason", "Required", "Choose a reason.");
        var mentee = await db.Participants.SingleOrDefaultAsync(p => p.Id == menteeId && p.ProgrammeId == programme.Id && p.Role == ParticipantRole.Mentee, ct)
            ?? throw new DomainValidationException("MenteeId", "NotInProgramme", "Choose a mentee of this programme.");
        var mentor = await db.Participants.SingleOrDefaultAsync(p => p.Id == mentorId && p.ProgrammeId == programme.Id && p.Role == ParticipantRole.Mentor, ct)
            ?? throw new DomainValidationException("MentorId", "NotInProgramme", "Choose a mentor of this programme.");
        var existing = await db.MatchExclusions.SingleOrDefaultAsync(x => x.MenteeId == mentee.Id && x.MentorId == mentor.Id, ct);
        if (existing is not null)
            return (existing, false);
        var exclusion = MatchExclusion.Declare(mentee, mentor, reason.Value, note, actor, now);
        db.MatchExclusions.Add(exclusion);
        var run = await LatestRunAsync(db, programme.Id, ct);
        if (run?.Proposals.FirstOrDefault(p => p.MenteeId == mentee.Id && p.MentorId == mentor.Id && p.Status == ProposalStatus.Proposed) is { } open)
            run.Reject(open, actor, now);
        return (exclusion, true);
    }

    public static async Task RejectAsync(AppDbContext db, MatchingRun run, MatchProposal proposal, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        await RequireLatestAsync(db, run, ct);
        run.Reject(proposal, actor, now);
    }

    /// <summary>
    /// The manager's own choice of mentor for a mentee of the run: scored like any pair, or
    /// refused with the hard rule it breaks (a 400 on the MentorId field).
    /// </summary>
    public static async Task<MatchProposal> ChooseAsync(
        AppDbContext db, MatchingRun run, Guid menteeId, Guid? mentorId, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (mentorId is null || mentorId == Guid.Empty)
            throw new DomainValidationException("MentorId", "ChooseMentor", "Choose a mentor.");
        if (!run.HasMentee(menteeId))
            throw new DomainValidationException("MenteeId", "NotInRun", "This mentee was not on the waiting list of this run.");
        await RequireLatestAsync(db, run, ct);
        var (programme, _, mentor, pair) = await CheckTodayAsync(db, run, menteeId, mentorId.Value, ct);
        return run.Choose(menteeId, mentor.Id, pair.Score.Cents, Serialize(pair.Breakdown, programme.Weights), actor, now);
    }

    public static IReadOnlyList<StoredCriterion> ReadBreakdown(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<StoredCriterion>>(json, Json) ?? [];

    public static IReadOnlyList<StoredAlternative> ReadAlternatives(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<StoredAlternative>>(json, Json) ?? [];

    public static IReadOnlyDictionary<string, JsonElement> ReadFacts(string json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, JsonElement>() : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json, Json) ?? [];

    private static string Serialize(IReadOnlyList<CriterionScore> breakdown, MatchingWeights weights) =>
        JsonSerializer.Serialize(Breakdown(breakdown, weights), Json);

    private static List<StoredCriterion> Breakdown(IReadOnlyList<CriterionScore> breakdown, MatchingWeights weights) =>
        [.. breakdown.Select(c => new StoredCriterion(
            c.Criterion, c.Points.Cents, weights[c.Criterion].Cents,
            c.Facts.ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value, f.Value.GetType(), Json))))];

    /// <summary>Refuses with 409 a decision on a run that a newer run of the programme replaced.</summary>
    private static async Task RequireLatestAsync(AppDbContext db, MatchingRun run, CancellationToken ct)
    {
        var latest = await db.MatchingRuns.Where(r => r.ProgrammeId == run.ProgrammeId)
            .OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(ct);
        if (latest != Guid.Empty && latest != run.Id)
            throw new DomainException("RunSuperseded", "A newer matching run replaced this one; decide on its proposals.");
    }

    private sealed record Checked(Programme Programme, Participant Mentee, Participant Mentor, ScoredPair Pair);

    /// <summary>The pair as today's waiting list sees it, or the rule that forbids it.</summary>
    private static async Task<Checked> CheckTodayAsync(AppDbContext db, MatchingRun run, Guid menteeId, Guid mentorId, CancellationToken ct)
    {
        var programme = await FindProgrammeAsync(db, run.ProgrammeId, ct);
        var list = await LoadWaitingListAsync(db, programme, ct);
        var (mentee, mentor) = await PairAsync(db, list, menteeId, mentorId, ct);
        return new Checked(programme, mentee, mentor, RequireAllowed(list, mentee, mentor));
    }

    private static async Task<(Participant Mentee, Participant Mentor)> PairAsync(AppDbContext db, WaitingList list, Guid menteeId, Guid mentorId, CancellationToken ct)
    {
        if (!list.People.TryGetValue(menteeId, out var mentee) || mentee.Role != ParticipantRole.Mentee)
            throw new DomainException("NotReadyToMatch", "Only a participant on the waiting list can be matched.");
        if (list.People.TryGetValue(mentorId, out var mentor) && mentor.Role == ParticipantRole.Mentor)
            return (mentee, mentor);

        // Not on this programme's list: name the rule when she is a mentor of this organisation.
        var other = await db.Participants.AsNoTracking().Where(p => p.Id == mentorId && p.Role == ParticipantRole.Mentor)
            .Select(p => new { p.ProgrammeId, p.Status }).SingleOrDefaultAsync(ct);
        BlockReason? rule = other is null ? null
            : other.ProgrammeId != list.Programme.Id ? BlockReason.DifferentProgramme
            : BlockReason.MentorNotReady;
        if (rule is null)
            throw new DomainValidationException("MentorId", "HardRule.MentorNotAvailable", "Choose an active mentor of this programme.");
        throw new DomainValidationException("MentorId", "HardRule." + rule, $"Refused by a hard rule: {rule}.", rule.ToString()!);
    }

    private static ScoredPair RequireAllowed(WaitingList list, Participant mentee, Participant mentor)
    {
        var evaluation = new MatchingEngine(list.Input).Evaluate(mentee.Id.ToString(), mentor.Id.ToString());
        if (evaluation.Block is { } rule)
            throw new DomainValidationException("MentorId", "HardRule." + rule, $"Refused by a hard rule: {rule}.", rule.ToString());
        return evaluation.Pair!;
    }

    /// <summary>Each is told in her own language, her news worded for her side of the pair: who her mentor is, or whom she mentors.</summary>
    private static Task TellAsync(AppDbContext db, Notifier notifier, Programme programme, Participant to, Participant other, string news, CancellationToken ct) =>
        notifier.QueueAsync(db, new Recipient(to.Profile.Email, to.Profile.FullName, to.Profile.PreferredLanguage, programme.OrganisationId),
            "Match.Approved", [programme.Name, to.Profile.FullName, new MailFragment(news, other.Profile.FullName, programme.Name)], ct: ct);
}

/// <summary>One criterion of a stored breakdown: points and the programme's weight, in cents, and the facts behind it.</summary>
public sealed record StoredCriterion(Criterion Criterion, long Points, long Weight, Dictionary<string, JsonElement> Facts);

/// <summary>A next-best mentor kept with a proposal.</summary>
public sealed record StoredAlternative(Guid MentorId, long Score, IReadOnlyList<StoredCriterion> Breakdown);
