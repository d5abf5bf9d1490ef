using Microsoft.AspNetCore.Http.HttpResults;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Ending a process over JSON: closing it with each mentee's situation on leaving, requests to
/// end and their answers, the three final forms, and renewals.
/// </summary>
public static class ClosingApi
{
    public static RouteGroupBuilder MapClosingApi(this RouteGroupBuilder api)
    {
        var processes = api.MapGroup("/processes/{id:guid}")
            .WithTags("Mentoring")
            .WithMetadata(new ErrorTexts(typeof(ClosingText), typeof(MentoringText)));

        processes.MapGet("/closing", Get)
            .WithSummary("How the process ended and its requests to end (a participant sees only her own; reasons and the manager's note are for managers), the situations on leaving (managers) and its renewals both ways.");
        processes.MapPost("/close", Close)
            .WithRequestFields(new Dictionary<string, string> { ["Outcome"] = "outcome", ["Reason"] = "reason", ["Note"] = "note", ["Situations"] = "situations" })
            .WithSummary("A manager closes the process: outcome Completed (once it has been active) or EndedEarly with a reason (FoundWorkElsewhere, MovedAway, NotAGoodFit, NoTime, Health, NoContact, Other — Other needs a note), and situations: one per mentee {menteeId, situation (Employed, SelfEmployed, JobSearching, InEducation, InTraining, Inactive), qualification, languageLevel (None, A1–C2), trainings}. The mentor's places are freed; everyone is invited to her final form.");
        processes.MapPost("/close-requests", PostRequest)
            .WithRequestFields(new Dictionary<string, string> { ["Reason"] = "reason", ["Note"] = "text", ["WantsNewMentor"] = "wantsNewMentor" })
            .WithSummary("A participant asks to end the process: outcome (default EndedEarly), reason, text; a mentee may ask for a new mentor. The managers are told a request waits; the other side is not told.");
        processes.MapPost("/close-requests/{requestId:guid}/decline", Decline)
            .WithRequestFields(new Dictionary<string, string> { ["DecisionNote"] = "note" })
            .WithSummary("A manager declines an open request to end, with a note the person who asked reads. To grant it, close the process.");
        processes.MapPut("/leaving-situations/{menteeId:guid}", PutSituation)
            .WithRequestFields(new Dictionary<string, string> { ["Situation"] = "situation", ["LanguageLevel"] = "languageLevel", ["Qualification"] = "qualification", ["Trainings"] = "trainings" })
            .WithSummary("A manager corrects a mentee's situation on leaving of a closed process.");

        processes.MapGet("/evaluations", ListForms)
            .WithSummary("The final forms of the process the caller may read: her own individual form (managers: all of them) and the joint forms she is part of.");
        processes.MapGet("/evaluations/{participantId:guid}", GetForm)
            .WithSummary("One individual final form: only its author and the organisation's managers read it; for anyone else, and before it is filled in, 404.");
        processes.MapPut("/evaluations/{participantId:guid}", PutForm)
            .WithRequestFields(new Dictionary<string, string> { ["Experience"] = "experience", ["Satisfaction"] = "satisfaction", ["WhatChanged"] = "whatChanged" })
            .WithSummary("A participant of a closed process fills in her own final form: experience (text), satisfaction 1–5, whatChanged; version when changing it. participantId is her own.");
        processes.MapGet("/joint-evaluations/{menteeId:guid}", GetJoint)
            .WithSummary("The joint final form of a mentee's plan: the mentee, the mentors and the managers read it.");
        processes.MapPut("/joint-evaluations/{menteeId:guid}", PutJoint)
            .WithRequestFields(new Dictionary<string, string> { ["Ratings"] = "ratings", ["Summary"] = "summary" })
            .WithSummary("The mentee or a mentor saves the joint form: ratings [{goalId, achievement (Achieved, Partly, NotAchieved), evidence}], one for every goal of her plan, and a summary.");
        processes.MapPost("/renewals", PostRenewal)
            .WithRequestFields(new Dictionary<string, string> { ["GoalIds"] = "goalIds", ["Mentor"] = "mentor" })
            .WithSummary("A manager carries a mentee's unmet goals (goalIds of her plan: not started, in progress or dropped) from this closed process into a new one: mentor SameMentor (a new process at matched, the goals in her new plan) or MatchBoard (she is ready to match; the goals go into the process her next match starts). Answers the closing view with the renewal.");
        return api;
    }

    public static async Task<Ok<ClosingView>> Get(Guid id, AppDbContext db, ProcessAccess access, CancellationToken ct) =>
        TypedResults.Ok(await ClosingViews.ViewAsync(db, await access.GetAsync(id, ct), access, ct));

    public static async Task<Ok<ClosingView>> Close(Guid id, CloseBody body, CloseProcess.Handler close, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var situations = body.Situations?.Select(s => s.ToInput()).ToList();
        var process = await close.HandleAsync(new CloseProcess.Request(id, body.Outcome, body.Reason, body.Note, situations, body.Version), ct);
        return TypedResults.Ok(await ClosingViews.ViewAsync(db, process, access, ct));
    }

    public static async Task<Created<ClosingView>> PostRequest(Guid id, CloseRequestBody body, RequestClose.Handler ask, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var request = await ask.HandleAsync(new RequestClose.Request(id, body.Outcome, body.Reason, body.Text, body.WantsNewMentor ?? false), ct);
        return TypedResults.Created($"/api/processes/{id}/closing#{request.Id}", await ClosingViews.ViewAsync(db, await access.GetAsync(id, ct), access, ct));
    }

    public static async Task<Ok<ClosingView>> Decline(Guid id, Guid requestId, DeclineBody? body, DeclineCloseRequest.Handler decline, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var process = await decline.HandleAsync(new DeclineCloseRequest.Request(id, requestId, body?.Note, body?.Version), ct);
        return TypedResults.Ok(await ClosingViews.ViewAsync(db, process, access, ct));
    }

    public static async Task<Ok<EvaluationsView>> ListForms(Guid id, AppDbContext db, ProcessAccess access, CancellationToken ct) =>
        TypedResults.Ok(await EvaluationViews.ListAsync(db, await access.GetAsync(id, ct), access, ct));

    public static async Task<Ok<IndividualEvaluationView>> GetForm(Guid id, Guid participantId, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var process = await access.GetAsync(id, ct);
        if (!EvaluationAccess.MayReadIndividual(access, process, participantId))
            throw new NotFoundException();
        var form = (await EvaluationAccess.IndividualAsync(db, id, participantId, ct)).OrNotFound();
        return TypedResults.Ok(await EvaluationViews.IndividualAsync(db, process, form, ct));
    }

    public static async Task<Ok<IndividualEvaluationView>> PutForm(Guid id, Guid participantId, FormBody body, SubmitEvaluation.Handler submit, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var process = await access.GetAsync(id, ct);
        if (!EvaluationAccess.MayReadIndividual(access, process, participantId))
            throw new NotFoundException();
        if (access.Me(process)?.ParticipantId != participantId)
            throw ProcessAccess.ManagersOnly();
        var form = await submit.HandleAsync(new SubmitEvaluation.Request(id, body.Experience, body.Satisfaction, body.WhatChanged, body.Version), ct);
        return TypedResults.Ok(await EvaluationViews.IndividualAsync(db, process, form, ct));
    }

    public static async Task<Ok<JointEvaluationView>> GetJoint(Guid id, Guid menteeId, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var process = await access.GetAsync(id, ct);
        EvaluationAccess.RequireJoint(access, process, menteeId);
        var form = (await EvaluationAccess.JointAsync(db, id, menteeId, ct)).OrNotFound();
        return TypedResults.Ok(await EvaluationViews.JointAsync(db, process, form, ct));
    }

    public static async Task<Ok<JointEvaluationView>> PutJoint(Guid id, Guid menteeId, JointBody body, SubmitJointEvaluation.Handler submit, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var ratings = body.Ratings?.Select(r => new GoalRatingInput(r.GoalId, r.Achievement, r.Evidence)).ToList();
        var form = await submit.HandleAsync(new SubmitJointEvaluation.Request(id, menteeId, ratings, body.Summary, body.Version), ct);
        return TypedResults.Ok(await EvaluationViews.JointAsync(db, await access.GetAsync(id, ct), form, ct));
    }

    public static async Task<Created<ClosingView>> PostRenewal(Guid id, RenewalBody body, RenewProcess.Handler renew, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var renewal = await renew.HandleAsync(new RenewProcess.Request(id, body.MenteeId ?? Guid.Empty, body.GoalIds, body.Mentor), ct);
        var location = renewal.ToProcessId is { } to ? $"/api/processes/{to}" : $"/api/processes/{id}/closing";
        return TypedResults.Created(location, await ClosingViews.ViewAsync(db, await access.GetAsync(id, ct), access, ct));
    }

    public static async Task<Ok<ClosingView>> PutSituation(Guid id, Guid menteeId, SituationBody body, RecordLeavingSituation.Handler record, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var (process, _) = await record.HandleAsync(new RecordLeavingSituation.Request(id, (body with { MenteeId = menteeId }).ToInput(), body.Version), ct);
        return TypedResults.Ok(await ClosingViews.ViewAsync(db, process, access, ct));
    }
}

public sealed record SituationBody(Guid MenteeId, LabourMarketSituation? Situation, string? Qualification, CefrLevel? LanguageLevel, IReadOnlyList<string>? Trainings, Guid? Version = null)
{
    public LeavingSituationInput ToInput() => new(MenteeId, Situation, Qualification, LanguageLevel, Trainings);
}

public sealed record CloseBody(ClosingOutcome? Outcome, EndReason? Reason, string? Note, IReadOnlyList<SituationBody>? Situations, Guid? Version);

public sealed record CloseRequestBody(ClosingOutcome? Outcome, EndReason? Reason, string? Text, bool? WantsNewMentor);

public sealed record DeclineBody(string? Note, Guid? Version);

public sealed record RenewalBody(Guid? MenteeId, IReadOnlyList<Guid>? GoalIds, RenewalMentor? Mentor);

public sealed record FormBody(string? Experience, int? Satisfaction, string? WhatChanged, Guid? Version);

public sealed record RatingBody(Guid GoalId, GoalAchievement? Achievement, string? Evidence);

public sealed record JointBody(IReadOnlyList<RatingBody>? Ratings, string? Summary, Guid? Version);
