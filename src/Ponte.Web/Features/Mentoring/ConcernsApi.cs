using Microsoft.AspNetCore.Http.HttpResults;
using Ponte.Domain.Safeguarding;
using Ponte.Web.Infrastructure.Localization;

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
        return api;
    }

    public static async Task<Created<ConcernReceipt>> Raise(RaiseRequest body, RaiseConcern.Handler raise, CancellationToken ct)
    {
        var concern = await raise.HandleAsync(new RaiseConcern.Request(body.ProcessId, body.Topic, body.Text, body.WantsContact, body.ContactWay), ct);
        return TypedResults.Created($"/api/concerns/{concern.Id}", new ConcernReceipt(concern.Id, concern.RaisedAt));
    }
}

public sealed record RaiseRequest(Guid? ProcessId, ConcernTopic? Topic, string? Text, bool? WantsContact, ConcernContactWay? ContactWay);

/// <summary>What the person who raised a concern gets back: that it arrived, and when.</summary>
public sealed record ConcernReceipt(Guid Id, DateTimeOffset RaisedAt);
