using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Safeguarding concerns over JSON: a mentor or mentee raises her own; only the organisation's
/// managers read them and act on them (anyone else: 404).
/// </summary>
public static class ConcernsApi
{
    public static RouteGroupBuilder MapConcernsApi(this RouteGroupBuilder api)
    {
        var concerns = api.MapGroup("/concerns")
            .WithTags("Safeguarding")
            .WithMetadata(new ErrorTexts(typeof(ConcernText), typeof(MentoringText)));

        concerns.MapPost("/", Raise)
            .WithSummary("A mentor or mentee raises a concern with her own account: processId (one of her processes, or none for a concern in general), topic Safety, Relationship, PaidServicesOrExploitation or Other, text (at most 4000 characters), wantsContact and, if so, contactWay Email, Phone or InPersonAtOrganisation. The organisation's managers are emailed that a concern exists (no details); she is told it arrived. She cannot read it back.");
        concerns.MapGet("/", List)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager's list of her organisation's concerns, open first, then in progress, then resolved, newest first within each; status filters (Open, InProgress, Resolved); page (25 a page).");
        concerns.MapGet("/{id:guid}", Get)
            .WithSummary("One concern, for a manager of its organisation only (anyone else: 404): who raised it and how to reach her, its topic and text, whether and how she wants to be contacted, the process it is about (its state, whether its contacts are hidden, the other side and who of them is excluded from her on the match board) and its log.");
        var note = new Dictionary<string, string> { ["Note"] = "note" };
        concerns.MapPost("/{id:guid}/state", PostState)
            .WithRequestFields(note)
            .WithSummary("A manager moves the concern: status InProgress takes an open one up (note optional) or reopens a resolved one (note required: why); Resolved resolves it (note required: how). version, if sent, must be the concern's current one.");
        concerns.MapPost("/{id:guid}/actions", PostAction)
            .WithRequestFields(new Dictionary<string, string> { ["Action"] = "text" })
            .WithSummary("A manager records what she did (text, at most 2000 characters) on the concern's log; an open concern is in progress from then on.");
        concerns.MapPost("/{id:guid}/protect", PostProtect)
            .WithSummary("A manager pauses the concern's process (reason Other; the participants are told it is paused, not why) and hides its contact details from everyone until a manager shows them again (POST /api/processes/{id}/contacts/show).");
        concerns.MapPost("/{id:guid}/never-match-again", PostNeverMatchAgain)
            .WithSummary("A manager adds the person who raised the concern and participantId (someone on the other side of its process; may be left out when there is only one) to the match board's exclusions. 201 when the exclusion is new, 200 when the pair was excluded already.");
        return api;
    }

    public static async Task<Ok<Paged<ConcernRow>>> List(ConcernStatus? status, int? page, AppDbContext db, ConcernAccess access, CancellationToken ct) =>
        TypedResults.Ok(await ConcernViews.ListAsync(db, access, status, page ?? 1, ct));

    public static async Task<Ok<ConcernView>> Get(Guid id, AppDbContext db, ConcernAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        TypedResults.Ok(await ConcernViews.ViewAsync(db, await access.GetAsync(id, ct), text, ct));

    public static async Task<Ok<ConcernView>> PostState(
        Guid id, ConcernStateRequest body, ChangeConcernState.Handler change, AppDbContext db, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        TypedResults.Ok(await ConcernViews.ViewAsync(db, await change.HandleAsync(new ChangeConcernState.Request(id, body.Status, body.Note, body.Version), ct), text, ct));

    public static async Task<Ok<ConcernView>> PostAction(
        Guid id, ConcernActionRequest body, RecordConcernAction.Handler record, AppDbContext db, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        TypedResults.Ok(await ConcernViews.ViewAsync(db, await record.HandleAsync(new RecordConcernAction.Request(id, body.Text, body.Version), ct), text, ct));

    public static async Task<Ok<ConcernView>> PostProtect(
        Guid id, VersionRequest? body, PauseForConcern.Handler protect, AppDbContext db, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (concern, _) = await protect.HandleAsync(new PauseForConcern.Request(id, body?.Version), ct);
        return TypedResults.Ok(await ConcernViews.ViewAsync(db, concern, text, ct));
    }

    public static async Task<Results<Created<ConcernView>, Ok<ConcernView>>> PostNeverMatchAgain(
        Guid id, NeverMatchAgainRequest? body, NeverMatchAgain.Handler exclude, AppDbContext db, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var outcome = await exclude.HandleAsync(new NeverMatchAgain.Request(id, body?.ParticipantId, body?.Version), ct);
        var view = await ConcernViews.ViewAsync(db, outcome.Concern, text, ct);
        return outcome.Created ? TypedResults.Created($"/api/concerns/{id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Created<ConcernReceipt>> Raise(RaiseRequest body, RaiseConcern.Handler raise, CancellationToken ct)
    {
        var concern = await raise.HandleAsync(new RaiseConcern.Request(body.ProcessId, body.Topic, body.Text, body.WantsContact, body.ContactWay), ct);
        return TypedResults.Created($"/api/concerns/{concern.Id}", new ConcernReceipt(concern.Id, concern.RaisedAt));
    }
}

public sealed record RaiseRequest(Guid? ProcessId, ConcernTopic? Topic, string? Text, bool? WantsContact, ConcernContactWay? ContactWay);

public sealed record ConcernStateRequest(ConcernStatus? Status, string? Note, Guid? Version);

public sealed record ConcernActionRequest(string? Text, Guid? Version);

public sealed record NeverMatchAgainRequest(Guid? ParticipantId, Guid? Version);

/// <summary>What the person who raised a concern gets back: that it arrived, and when.</summary>
public sealed record ConcernReceipt(Guid Id, DateTimeOffset RaisedAt);
