using Microsoft.AspNetCore.Http.HttpResults;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>The follow-ups after leaving over JSON: "what is your situation now?" four weeks and six months on.</summary>
public static class FollowUpsApi
{
    public sealed record AnswerBody(LabourMarketSituation? Situation, string? Qualification, CefrLevel? LanguageLevel, Guid? Version);

    public static RouteGroupBuilder MapFollowUpsApi(this RouteGroupBuilder api)
    {
        var followUps = api.MapGroup("/processes/{id:guid}/follow-ups")
            .WithTags("Mentoring")
            .WithMetadata(new ErrorTexts(typeof(FollowUpText), typeof(ClosingText)));
        followUps.MapGet("/", List)
            .WithSummary("The follow-ups of a closed process, 28 and 182 days after the local date it closed: the managers see every mentee's two (status Due, Asked, Reminded, Silent, Answered or NotAsked, with the answer); a mentee sees her own asked ones; anyone else an empty list.");
        followUps.MapPost("/{followUpId:guid}/answer", Answer)
            .WithRequestFields(new Dictionary<string, string> { ["Situation"] = "situation", ["Qualification"] = "qualification", ["LanguageLevel"] = "languageLevel" })
            .WithSummary("Answers a follow-up once: situation (Employed, SelfEmployed, JobSearching, InEducation, InTraining, Inactive), qualification gained since leaving (optional, at most 200 characters), languageLevel in the host country's language (None, A1–C2, optional). The mentee herself, or a manager recording her answer for her (the record says so).");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<FollowUpView>>> List(Guid id, AppDbContext db, ProcessAccess access, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await FollowUpViews.ListAsync(db, await access.GetAsync(id, ct), access, clock.GetUtcNow(), ct));

    public static async Task<Ok<FollowUpView>> Answer(
        Guid id, Guid followUpId, AnswerBody body, AnswerFollowUp.Handler answer, AppDbContext db, ProcessAccess access, TimeProvider clock, CancellationToken ct)
    {
        var followUp = await answer.HandleAsync(new AnswerFollowUp.Request(followUpId, id, body.Situation, body.Qualification, body.LanguageLevel, body.Version), ct);
        var list = await FollowUpViews.ListAsync(db, await access.GetAsync(id, ct), access, clock.GetUtcNow(), ct);
        return TypedResults.Ok(list.Single(f => f.Id == followUp.Id));
    }
}
