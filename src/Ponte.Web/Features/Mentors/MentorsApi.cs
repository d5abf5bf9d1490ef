using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Data;
using Ponte.Web.Features.Training;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Persistence;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Mentors;

/// <summary>Mentor readiness over JSON: characteristics, safety checks, training hours and "ready to match".</summary>
public static class MentorsApi
{
    public static RouteGroupBuilder MapMentorsApi(this RouteGroupBuilder api)
    {
        var mentors = api.MapGroup("/mentors")
            .WithTags("Mentors")
            .AddEndpointFilter<ReadinessErrorsFilter>();

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

        api.MapTrainingApi();
        return api;
    }

    public static async Task<Ok<ReadinessResponse>> GetReadiness(Guid id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var participant = await MentorReadiness.FindParticipantAsync(db, id, ct);
        var snapshot = await MentorReadiness.LoadAsync(db, participant, clock.GetUtcNow(), ct);
        return TypedResults.Ok(ReadinessResponse.From(snapshot));
    }

    public static async Task<Ok<ReadinessResponse>> PutCharacteristics(
        Guid id, CharacteristicsRequest body, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var participant = await MentorReadiness.FindParticipantAsync(db, id, ct);
        if (body.Characteristics is null)
            throw new DomainValidationException(nameof(CharacteristicsRequest.Characteristics), "Required", "List the characteristics (an empty list for none).");
        var chosen = MentorCharacteristics.None;
        foreach (var name in body.Characteristics)
        {
            if (name is null || !name.All(char.IsLetter) || !Enum.TryParse<MentorCharacteristics>(name, ignoreCase: true, out var flag) || !IndexModel.IsSingleTrait(flag))
                throw new DomainValidationException(nameof(CharacteristicsRequest.Characteristics), "Invalid", $"Unknown characteristic: {name}.");
            chosen |= flag;
        }

        db.ExpectVersion(participant, body.Version);
        participant.RecordCharacteristics(chosen, body.ExperiencedWithVulnerableGroups);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ReadinessResponse.From(await MentorReadiness.LoadAsync(db, participant, clock.GetUtcNow(), ct)));
    }

    public static async Task<Ok<ReadinessResponse>> PutSafetyChecks(
        Guid id, SafetyChecksRequest body, AppDbContext db, TimeProvider clock, CurrentUser me, CancellationToken ct)
    {
        var participant = await MentorReadiness.FindParticipantAsync(db, id, ct);
        var criminalRecord = Date(body.CriminalRecordCertificateSeenOn, nameof(SafetyChecksRequest.CriminalRecordCertificateSeenOn));
        var references = Date(body.ReferencesCheckedOn, nameof(SafetyChecksRequest.ReferencesCheckedOn));
        var now = clock.GetUtcNow();

        db.ExpectVersion(participant, body.Version);
        participant.RecordSafetyChecks(criminalRecord, references, me.Actor, now);
        var snapshot = await MentorReadiness.ReevaluateAsync(db, participant, me.Actor, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ReadinessResponse.From(snapshot));
    }

    public static async Task<Results<Ok<ReadinessResponse>, ProblemHttpResult>> PostReady(
        Guid id, [FromBody] ReadyRequest? body, AppDbContext db, TimeProvider clock, CurrentUser me,
        IStringLocalizer<MentorsText> text, IStringLocalizer<SharedResource> shared, CancellationToken ct)
    {
        var participant = await MentorReadiness.FindParticipantAsync(db, id, ct);
        var now = clock.GetUtcNow();
        var snapshot = await MentorReadiness.LoadAsync(db, participant, now, ct);
        db.ExpectVersion(participant, body?.Version);
        try
        {
            participant.MarkReadyToMatch(snapshot.Programme, snapshot.Attended, me.Actor, now);
        }
        catch (DomainException e) when (e.Code == "NotReadyToMatch")
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = shared["Error.NotReadyToMatch"],
                Detail = string.Join(" ", snapshot.Gaps.Select(g => MentorReadiness.Describe(text, g, snapshot))),
                Type = "https://ponte.example/problems/NotReadyToMatch",
                Extensions = { ["code"] = e.Code, ["gaps"] = snapshot.Gaps },
            });
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ReadinessResponse.From(snapshot));
    }

    private static DateOnly? Date(string? value, string field)
    {
        if (value is null)
            return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new DomainValidationException(field, "DateFormat", "Enter a date as yyyy-MM-dd.");
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
        IndexModel.TraitsOf(s.Mentor.Characteristics).ToList(),
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

/// <summary>
/// Words this slice's refusals from its own texts first (e.g. "SessionNotStarted"), then the
/// shared ones, in the same ProblemDetails shape as the global handler.
/// </summary>
public sealed class ReadinessErrorsFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException e)
        {
            var problem = ProblemDetailsExceptionHandler.Map(e, ReadinessTexts.For(context.HttpContext.RequestServices))!;
            return TypedResults.Problem(problem);
        }
    }
}
