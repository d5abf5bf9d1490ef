using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Matching;
using Ponte.Data;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Matching;

/// <summary>The match board over JSON: runs, proposals and the manager's decisions, and a programme's matching settings.</summary>
public static class MatchingApi
{
    public static RouteGroupBuilder MapMatchingApi(this RouteGroupBuilder api)
    {
        var programmes = api.MapGroup("/programmes/{id:guid}")
            .WithTags("Matching")
            .RequireAuthorization(Policies.Manager)
            .WithMetadata(new ErrorTexts(typeof(MatchingText)));
        programmes.MapPost("/matching-runs", PostRun)
            .WithSummary("Runs matching over the programme's waiting list and returns the run: proposals with score, per-criterion breakdown and alternatives, and the unmatched mentees with the reason.");
        programmes.MapGet("/matching-runs/latest", GetLatest)
            .WithSummary("The programme's latest matching run (404 before the first).");
        programmes.MapGet("/matching-settings", GetSettings)
            .WithSummary("The weights of the matching criteria, the interpreter languages and the largest distance that scores.");
        programmes.MapPut("/matching-settings", PutSettings)
            .WithSummary("Sets the weights (0–1000 points, two decimals), interpreter languages (ISO 639 codes) and the largest distance in km (1–1000).");

        programmes.MapGet("/exclusions", GetExclusions)
            .WithSummary("Pairs that are never proposed: declared conflicts of interest and pairs that ended badly.");
        programmes.MapPost("/exclusions", PostExclusion)
            .WithSummary("Declares that a mentee and a mentor of the programme must never be proposed (reason DeclaredConflict or EndedBadly); the latest run's open proposal of the pair is rejected. 201 when declared now, 200 with the existing one when the pair was already excluded.");
        programmes.MapDelete("/exclusions/{exclusionId:guid}", DeleteExclusion)
            .WithSummary("Withdraws an exclusion; the pair may be proposed again from the next run.");

        var runs = api.MapGroup("/matching-runs/{runId:guid}")
            .WithTags("Matching")
            .RequireAuthorization(Policies.Manager)
            .WithMetadata(new ErrorTexts(typeof(MatchingText)));
        runs.MapGet("/", GetRun).WithSummary("One matching run.");
        runs.MapPost("/proposals/{proposalId:guid}/approve", PostApprove)
            .WithSummary("Approves a proposal: the hard rules are checked again, the relationship starts, both move to matched and both are notified. 409 if a rule now forbids it or the run was replaced.");
        runs.MapPost("/proposals/{proposalId:guid}/reject", PostReject)
            .WithSummary("Rejects a proposal; the mentee stays on the waiting list.");
        runs.MapPost("/choices", PostChoice)
            .WithSummary("The manager's own choice of mentor for a mentee of the run: scored and explained, or refused (400 on mentorId) with the hard rule it breaks.");
        return api;
    }

    public static async Task<Created<RunResponse>> PostRun(Guid id, RunMatching.Handler run, AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        var ran = await run.HandleAsync(new RunMatching.Request(id), ct);
        return TypedResults.Created($"/api/matching-runs/{ran.Id}", await RunResponse.FromAsync(db, ran, MatchExplainer.For(services), ct));
    }

    public static async Task<Ok<RunResponse>> GetLatest(Guid id, AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        var programme = await MatchBoard.FindProgrammeAsync(db, id, ct);
        var run = (await MatchBoard.LatestRunAsync(db, programme.Id, ct)).OrNotFound();
        return TypedResults.Ok(await RunResponse.FromAsync(db, run, MatchExplainer.For(services), ct));
    }

    public static async Task<Ok<RunResponse>> GetRun(Guid runId, AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        var run = await MatchBoard.FindRunAsync(db, runId, null, ct);
        return TypedResults.Ok(await RunResponse.FromAsync(db, run, MatchExplainer.For(services), ct));
    }

    public static async Task<Ok<ProposalResponse>> PostApprove(
        Guid runId, Guid proposalId, ApproveProposal.Handler approve, AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        var proposal = await approve.HandleAsync(new ApproveProposal.Request(runId, proposalId), ct);
        return TypedResults.Ok(await ProposalAsync(db, proposal, services, ct));
    }

    public static async Task<Ok<ProposalResponse>> PostReject(
        Guid runId, Guid proposalId, RejectProposal.Handler reject, AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        var proposal = await reject.HandleAsync(new RejectProposal.Request(runId, proposalId), ct);
        return TypedResults.Ok(await ProposalAsync(db, proposal, services, ct));
    }

    public static async Task<Ok<ProposalResponse>> PostChoice(
        Guid runId, ChoiceRequest body, ChooseMentor.Handler choose, AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        var proposal = await choose.HandleAsync(new ChooseMentor.Request(runId, body.MenteeId, body.MentorId), ct);
        return TypedResults.Ok(await ProposalAsync(db, proposal, services, ct));
    }

    public static async Task<Ok<MatchingSettingsResponse>> GetSettings(Guid id, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(MatchingSettingsResponse.From(await MatchBoard.FindProgrammeAsync(db, id, ct)));

    public static async Task<Ok<MatchingSettingsResponse>> PutSettings(Guid id, MatchingSettingsRequest body, ChangeMatchingSettings.Handler change, CancellationToken ct)
    {
        var programme = await change.HandleAsync(
            new ChangeMatchingSettings.Request(id, body.Version, body.Weights, body.InterpreterLanguages, body.MaxDistanceKm), ct);
        return TypedResults.Ok(MatchingSettingsResponse.From(programme));
    }

    public static async Task<Ok<IReadOnlyList<ExclusionResponse>>> GetExclusions(Guid id, AppDbContext db, CancellationToken ct)
    {
        var programme = await MatchBoard.FindProgrammeAsync(db, id, ct);
        return TypedResults.Ok(await ExclusionResponse.ListAsync(db, programme.Id, ct));
    }

    public static async Task<Results<Created<ExclusionResponse>, Ok<ExclusionResponse>>> PostExclusion(
        Guid id, ExclusionRequest body, DeclareExclusion.Handler declare, AppDbContext db, CancellationToken ct)
    {
        var (exclusion, created) = await declare.HandleAsync(new DeclareExclusion.Request(id, body.MenteeId, body.MentorId, body.Reason, body.Note), ct);
        var response = (await ExclusionResponse.ListAsync(db, id, ct)).Single(x => x.Id == exclusion.Id);
        return created
            ? TypedResults.Created($"/api/programmes/{id}/exclusions/{exclusion.Id}", response)
            : TypedResults.Ok(response);
    }

    public static async Task<NoContent> DeleteExclusion(Guid id, Guid exclusionId, RemoveExclusion.Handler remove, CancellationToken ct)
    {
        await remove.HandleAsync(new RemoveExclusion.Request(id, exclusionId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<ProposalResponse> ProposalAsync(AppDbContext db, MatchProposal proposal, IServiceProvider services, CancellationToken ct)
    {
        var alternatives = MatchBoard.ReadAlternatives(proposal.Alternatives);
        var names = await Names.LoadAsync(db, [proposal.MenteeId, proposal.MentorId, .. alternatives.Select(a => a.MentorId)], ct);
        return ProposalResponse.From(proposal, names, MatchExplainer.For(services));
    }
}

/// <summary>Participants' names by id, for showing a run.</summary>
public static class Names
{
    public static async Task<IReadOnlyDictionary<Guid, string>> LoadAsync(AppDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Participants.Where(p => wanted.Contains(p.Id)).Select(p => new { p.Id, p.Profile.FullName })
            .ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
    }

    /// <summary>Everyone a run shows: its mentees, their mentors and the alternatives.</summary>
    public static Task<IReadOnlyDictionary<Guid, string>> ForRunAsync(AppDbContext db, MatchingRun run, CancellationToken ct) =>
        LoadAsync(db, run.Proposals
            .SelectMany(p => MatchBoard.ReadAlternatives(p.Alternatives).Select(a => a.MentorId).Append(p.MenteeId).Append(p.MentorId))
            .Concat(run.Unmatched.Select(u => u.MenteeId)), ct);

    public static string Of(IReadOnlyDictionary<Guid, string> names, Guid id) => names.TryGetValue(id, out var n) ? n : string.Empty;

    /// <summary>Who acted when no account did (a scheduled run): the product's name, the same in every language.</summary>
    public const string Ponte = "Ponte";
}

public sealed record ExclusionRequest(Guid? MenteeId, Guid? MentorId, string? Reason, string? Note);

public sealed record ExclusionResponse(
    Guid Id, Guid MenteeId, string MenteeName, Guid MentorId, string MentorName, ExclusionReason Reason, string? Note, DateTimeOffset DeclaredAt, string DeclaredBy)
{
    public static async Task<IReadOnlyList<ExclusionResponse>> ListAsync(AppDbContext db, Guid programmeId, CancellationToken ct)
    {
        var list = await db.MatchExclusions.Where(x => x.ProgrammeId == programmeId).OrderByDescending(x => x.DeclaredAt).ToListAsync(ct);
        var names = await Names.LoadAsync(db, list.SelectMany(x => new[] { x.MenteeId, x.MentorId }), ct);
        var by = await db.UserNamesAsync(list.Select(x => x.DeclaredById), ct);
        return [.. list.Select(x => new ExclusionResponse(
            x.Id, x.MenteeId, Names.Of(names, x.MenteeId), x.MentorId, Names.Of(names, x.MentorId), x.Reason, x.Note, x.DeclaredAt, by[x.DeclaredById] ?? Names.Ponte))];
    }
}

public sealed record ChoiceRequest(Guid? MenteeId, Guid? MentorId);

public sealed record WeightsBody(
    decimal Language, decimal Proximity, decimal Availability, decimal Interests, decimal ComplementaryNeeds, decimal Identity, decimal SupportIntensity)
{
    /// <summary>The domain weights; a refusal names the field as <paramref name="fieldPrefix"/> + criterion.</summary>
    public MatchingWeights ToDomain(string fieldPrefix = "Weights.")
    {
        Points P(decimal value, string field)
        {
            if (value < 0 || value > MatchingWeights.MaxWeight.Value)
                throw new DomainValidationException(fieldPrefix + field, "WeightRange", "A weight is between 0 and 1000 points.");
            if (value * 100 != decimal.Truncate(value * 100))
                throw new DomainValidationException(fieldPrefix + field, "WeightDecimals", "A weight has at most two decimals.");
            return Points.Of(value);
        }

        return new MatchingWeights(
            P(Language, nameof(Language)), P(Proximity, nameof(Proximity)), P(Availability, nameof(Availability)), P(Interests, nameof(Interests)),
            P(ComplementaryNeeds, nameof(ComplementaryNeeds)), P(Identity, nameof(Identity)), P(SupportIntensity, nameof(SupportIntensity)));
    }

    public static WeightsBody From(MatchingWeights w) => new(
        w.Language.Value, w.Proximity.Value, w.Availability.Value, w.Interests.Value, w.ComplementaryNeeds.Value, w.Identity.Value, w.SupportIntensity.Value);
}

public sealed record MatchingSettingsRequest(WeightsBody? Weights, IReadOnlyList<string?>? InterpreterLanguages, int? MaxDistanceKm, Guid? Version);

public sealed record MatchingSettingsResponse(Guid ProgrammeId, WeightsBody Weights, IReadOnlyList<string> InterpreterLanguages, int MaxDistanceKm, Guid Version)
{
    public static MatchingSettingsResponse From(Domain.Programmes.Programme p) =>
        new(p.Id, WeightsBody.From(p.Weights), p.InterpreterLanguages, p.MaxDistanceKm, p.Version);
}

public sealed record CriterionResponse(Criterion Criterion, string Name, decimal Points, decimal Weight, string Text, IReadOnlyDictionary<string, JsonElement> Facts)
{
    public static IReadOnlyList<CriterionResponse> From(IEnumerable<StoredCriterion> breakdown, MatchExplainer explain) =>
        [.. breakdown.Select(c => new CriterionResponse(c.Criterion, explain.Criterion(c.Criterion), c.Points / 100m, c.Weight / 100m, explain.Describe(c), c.Facts))];
}

public sealed record AlternativeResponse(Guid MentorId, string MentorName, decimal Score, IReadOnlyList<CriterionResponse> Breakdown);

public sealed record ProposalResponse(
    Guid Id,
    Guid MenteeId,
    string MenteeName,
    Guid MentorId,
    string MentorName,
    decimal Score,
    ProposalStatus Status,
    bool ChosenByHand,
    Guid? RelationshipId,
    IReadOnlyList<CriterionResponse> Breakdown,
    IReadOnlyList<AlternativeResponse> Alternatives)
{
    public static ProposalResponse From(MatchProposal p, IReadOnlyDictionary<Guid, string> names, MatchExplainer explain) => new(
        p.Id, p.MenteeId, Names.Of(names, p.MenteeId), p.MentorId, Names.Of(names, p.MentorId), p.ScoreCents / 100m, p.Status, p.ChosenByHand,
        p.RelationshipId, CriterionResponse.From(MatchBoard.ReadBreakdown(p.Explanation), explain),
        [.. MatchBoard.ReadAlternatives(p.Alternatives).Select(a => new AlternativeResponse(
            a.MentorId, Names.Of(names, a.MentorId), a.Score / 100m, CriterionResponse.From(a.Breakdown, explain)))]);
}

public sealed record UnmatchedResponse(Guid MenteeId, string MenteeName, UnmatchedReason Reason, string Text, IReadOnlyDictionary<string, JsonElement> Facts);

public sealed record RunResponse(
    Guid Id,
    Guid ProgrammeId,
    DateTimeOffset RanAt,
    string RanBy,
    int MenteesWaiting,
    int MentorsAvailable,
    int AlreadyMatched,
    int Proposed,
    decimal TotalScore,
    int ElapsedMilliseconds,
    IReadOnlyList<ProposalResponse> Proposals,
    IReadOnlyList<UnmatchedResponse> Unmatched)
{
    public static async Task<RunResponse> FromAsync(AppDbContext db, MatchingRun run, MatchExplainer explain, CancellationToken ct)
    {
        var names = await Names.ForRunAsync(db, run, ct);
        var by = await db.UserNamesAsync([run.RanById], ct);
        return new RunResponse(
            run.Id, run.ProgrammeId, run.RanAt, by[run.RanById] ?? Names.Ponte, run.MenteesWaiting, run.MentorsAvailable, run.AlreadyMatched,
            run.Proposals.Count(p => p.Status != ProposalStatus.Rejected), run.TotalScoreCents / 100m, run.ElapsedMilliseconds,
            [.. run.Proposals.OrderBy(p => Names.Of(names, p.MenteeId), StringComparer.CurrentCulture).ThenBy(p => p.MenteeId)
                .Select(p => ProposalResponse.From(p, names, explain))],
            [.. run.Unmatched.OrderBy(u => Names.Of(names, u.MenteeId), StringComparer.CurrentCulture).ThenBy(u => u.MenteeId)
                .Select(u =>
                {
                    var facts = MatchBoard.ReadFacts(u.Facts);
                    return new UnmatchedResponse(u.MenteeId, Names.Of(names, u.MenteeId), u.Reason, explain.Unmatched(u.Reason, facts), facts);
                })]);
    }
}
