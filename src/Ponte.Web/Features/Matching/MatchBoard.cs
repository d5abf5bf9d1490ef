using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Domain.Relationships;
using Ponte.Data;
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

/// <summary>
/// What the match board's reads and its state changes (<see cref="RunMatching"/>, <see cref="ApproveProposal"/>,
/// <see cref="ChooseMentor"/>, …) share: the waiting list, the latest run, and the rules a decision is checked against.
/// </summary>
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

    /// <summary>A run of the caller's organisation (and of the board's programme, when one is named), or 404.</summary>
    public static async Task<MatchingRun> FindRunAsync(AppDbContext db, Guid runId, Guid? programmeId, CancellationToken ct)
    {
        var run = (await db.MatchingRuns.SingleOrDefaultAsync(r => r.Id == runId, ct)).OrNotFound();
        if (programmeId is { } id && run.ProgrammeId != id)
            throw new NotFoundException();
        return run;
    }

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
            .Select(p => MentorProfile.FromParticipant(p, Math.Max(0, p.CapacityIn(programme) - taken.GetValueOrDefault(p.Id)), Centre(p))
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

    public static IReadOnlyList<StoredCriterion> ReadBreakdown(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<StoredCriterion>>(json, Json) ?? [];

    public static IReadOnlyList<StoredAlternative> ReadAlternatives(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<StoredAlternative>>(json, Json) ?? [];

    public static IReadOnlyDictionary<string, JsonElement> ReadFacts(string json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, JsonElement>() : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json, Json) ?? [];

    /// <summary>A breakdown as a run stores it: points and weights in cents, with the facts behind them.</summary>
    internal static string Serialize(IReadOnlyList<CriterionScore> breakdown, MatchingWeights weights) =>
        ToJson(Breakdown(breakdown, weights));

    internal static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    internal static List<StoredCriterion> Breakdown(IReadOnlyList<CriterionScore> breakdown, MatchingWeights weights) =>
        [.. breakdown.Select(c => new StoredCriterion(
            c.Criterion, c.Points.Cents, weights[c.Criterion].Cents,
            c.Facts.ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value, f.Value.GetType(), Json))))];

    /// <summary>Refuses with 409 a decision on a run that a newer run of the programme replaced.</summary>
    internal static async Task RequireLatestAsync(AppDbContext db, MatchingRun run, CancellationToken ct)
    {
        var latest = await db.MatchingRuns.Where(r => r.ProgrammeId == run.ProgrammeId)
            .OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(ct);
        if (latest != Guid.Empty && latest != run.Id)
            throw new DomainException("RunSuperseded", "A newer matching run replaced this one; decide on its proposals.");
    }

    internal sealed record Checked(Programme Programme, Participant Mentee, Participant Mentor, ScoredPair Pair);

    /// <summary>The pair as today's waiting list sees it, or the rule that forbids it.</summary>
    internal static async Task<Checked> CheckTodayAsync(AppDbContext db, MatchingRun run, Guid menteeId, Guid mentorId, CancellationToken ct)
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
}

/// <summary>One criterion of a stored breakdown: points and the programme's weight, in cents, and the facts behind it.</summary>
public sealed record StoredCriterion(Criterion Criterion, long Points, long Weight, Dictionary<string, JsonElement> Facts);

/// <summary>A next-best mentor kept with a proposal.</summary>
public sealed record StoredAlternative(Guid MentorId, long Score, IReadOnlyList<StoredCriterion> Breakdown);
