using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Participants;
using Ponte.Data;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentors;

/// <summary>Mentor readiness over JSON: characteristics, safety checks, training hours and "ready to match".</summary>
public static class MentorsApi
{
    public static RouteGroupBuilder MapMentorsApi(this RouteGroupBuilder api)
    {
        var mentors = api.MapGroup("/mentors")
            .WithTags("Mentors")
            .WithMetadata(new ErrorTexts(typeof(MentorsText)));

        mentors.MapGet("/{id:guid}/readiness", GetReadiness)
            .RequireAuthorization(Policies.Staff)
            .WithSummary("A mentor's readiness: characteristics, safety checks, training hours against the programme's, and what is missing.");
        mentors.MapPut("/{id:guid}/characteristics", PutCharacteristics)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("Records the blueprint's mandatory and preferable characteristics the mentor has (by name), and her experience with vulnerable groups.");
        mentors.MapPut("/{id:guid}/safety-checks", PutSafetyChecks)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("Records when the criminal-record certificate was seen and the references checked (yyyy-MM-dd; null withdraws the check). Readiness is re-evaluated.");
        mentors.MapPost("/{id:guid}/ready", PostReady)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("Marks the mentor ready to match; refused with 409 and the missing items (extension \"gaps\") unless checks and training hours are complete.");
        return api;
    }

    public static async Task<Ok<ReadinessResponse>> GetReadiness(Guid id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var participant = await MentorQueries.FindParticipantAsync(db, id, ct);
        var snapshot = await MentorReadiness.LoadAsync(db, participant, clock.GetUtcNow(), ct);
        return TypedResults.Ok(ReadinessResponse.From(snapshot));
    }

    public static async Task<Ok<ReadinessResponse>> PutCharacteristics(
        Guid id, CharacteristicsRequest body, RecordCharacteristics.Handler record, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var mentor = await record.HandleAsync(new RecordCharacteristics.Request(id, body.Version, body.Characteristics, body.ExperiencedWithVulnerableGroups), ct);
        return TypedResults.Ok(ReadinessResponse.From(await MentorReadiness.LoadAsync(db, mentor, clock.GetUtcNow(), ct)));
    }

    public static async Task<Ok<ReadinessResponse>> PutSafetyChecks(
        Guid id, SafetyChecksRequest body, RecordSafetyChecks.Handler record, CancellationToken ct)
    {
        var snapshot = await record.HandleAsync(new RecordSafetyChecks.Request(id, body.Version, body.CriminalRecordCertificateSeenOn, body.ReferencesCheckedOn), ct);
        return TypedResults.Ok(ReadinessResponse.From(snapshot));
    }

    public static async Task<Results<Ok<ReadinessResponse>, ProblemHttpResult>> PostReady(
        Guid id, [FromBody] ReadyRequest? body, MarkReadyToMatch.Handler mark,
        IStringLocalizer<MentorsText> text, IStringLocalizer<SharedResource> shared, CancellationToken ct)
    {
        var (snapshot, marked) = await mark.HandleAsync(new MarkReadyToMatch.Request(id, body?.Version), ct);
        if (marked)
            return TypedResults.Ok(ReadinessResponse.From(snapshot));

        // The one error shape, with what is missing named (extension "gaps") and described.
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = new FirstFoundLocalizer(text, shared)["Error." + MarkReadyToMatch.NotReady],
            Detail = string.Join(" ", snapshot.Gaps.Select(g => ReadinessDisplay.Describe(text, g, snapshot))),
            Type = "https://ponte.example/problems/" + MarkReadyToMatch.NotReady,
            Extensions = { ["code"] = MarkReadyToMatch.NotReady, ["gaps"] = snapshot.Gaps },
        });
    }
}

public sealed record CharacteristicsRequest(IReadOnlyList<string?>? Characteristics, bool ExperiencedWithVulnerableGroups, Guid? Version);

public sealed record SafetyChecksRequest(string? CriminalRecordCertificateSeenOn, string? ReferencesCheckedOn, Guid? Version);

public sealed record ReadyRequest(Guid? Version);

public sealed record ReadinessResponse(
    Guid MentorId,
    Guid ProgrammeId,
    ParticipantStatus Status,
    IReadOnlyList<MentorCharacteristics> Characteristics,
    bool ExperiencedWithVulnerableGroups,
    DateOnly? CriminalRecordCertificateSeenOn,
    DateOnly? ReferencesCheckedOn,
    decimal TheoryHoursAttended,
    decimal TheoryHoursRequired,
    decimal PracticeHoursAttended,
    decimal PracticeHoursRequired,
    IReadOnlyList<string> Gaps,
    bool Ready,
    Guid Version)
{
    public static ReadinessResponse From(ReadinessSnapshot s) => new(
        s.Mentor.Id,
        s.Mentor.ProgrammeId,
        s.Mentor.Status,
        ReadinessDisplay.TraitsOf(s.Mentor.Characteristics).ToList(),
        s.Mentor.ExperiencedWithVulnerableGroups,
        s.Mentor.CriminalRecordCertificateSeenOn,
        s.Mentor.ReferencesCheckedOn,
        s.Attended.Theory,
        s.Programme.RequiredTheoryHours,
        s.Attended.Practice,
        s.Programme.RequiredPracticeHours,
        s.Gaps,
        s.Ready,
        s.Mentor.Version);
}
