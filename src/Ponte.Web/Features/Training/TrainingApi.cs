using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Training;
using Ponte.Data;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Training;

/// <summary>Mentor training sessions over JSON: list, plan, read, and record attendance.</summary>
public static class TrainingApi
{
    public const int PageSize = 25;

    public static RouteGroupBuilder MapTrainingApi(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/training-sessions")
            .WithTags("Training")
            .RequireAuthorization(Policies.Staff)
            .WithMetadata(new ErrorTexts(typeof(TrainingText)));

        sessions.MapGet("/", List)
            .WithSummary("Training sessions of the organisation's programmes, newest first; filter by programme and by when (upcoming | past).");
        sessions.MapPost("/", Create)
            .WithSummary("Plans a training session of one of the organisation's programmes. startsAt is an instant (ISO 8601); kind is Theory or Practice.");
        sessions.MapGet("/{id:guid}", Get)
            .WithSummary("A training session with its attendance list.");
        sessions.MapPut("/{id:guid}/attendance", PutAttendance)
            .WithSummary("Records who attended (only once the session has started); every listed mentor's readiness is re-evaluated.");
        return api;
    }

    public static async Task<Ok<TrainingSessionPage>> List(
        AppDbContext db, TimeProvider clock, Guid? programmeId, string? when, int? page, CancellationToken ct)
    {
        if (programmeId is { } pid && !await db.Programmes.AnyAsync(p => p.Id == pid, ct))
            throw new NotFoundException();
        if (when is not (null or "upcoming" or "past"))
            throw new DomainValidationException("When", "Invalid", "Use upcoming or past.");
        if (page is < 1)
            throw new DomainValidationException("Page", "Range", "The page is a number from 1.", 1, int.MaxValue);

        var now = clock.GetUtcNow();
        var query = db.TrainingSessions.AsQueryable();
        if (programmeId is { } id)
            query = query.Where(s => s.ProgrammeId == id);
        query = when switch
        {
            "upcoming" => query.Where(s => s.StartsAt > now).OrderBy(s => s.StartsAt),
            "past" => query.Where(s => s.StartsAt <= now).OrderByDescending(s => s.StartsAt),
            _ => query.OrderByDescending(s => s.StartsAt),
        };
        var rows = query.Select(s => new TrainingSessionSummary(
            s.Id, s.ProgrammeId, s.Title, s.StartsAt, s.Kind, s.Hours, s.Location, s.Trainer,
            s.StartsAt <= now, EF.Property<List<Attendance>>(s, "_attendance").Count(a => a.Attended)));
        var paged = await Paged<TrainingSessionSummary>.Of(rows, page ?? 1, PageSize, ct);
        return TypedResults.Ok(new TrainingSessionPage(paged.Items, paged.Page, paged.PageSize, paged.Total, paged.Pages));
    }

    public static async Task<Created<TrainingSessionResponse>> Create(
        TrainingSessionRequest body, PlanSession.Handler plan, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var session = await plan.HandleAsync(
            new PlanSession.Request(body.ProgrammeId, body.Title, body.StartsAt, body.Kind, body.Hours, body.Location, body.Trainer), ct);
        return TypedResults.Created($"/api/training-sessions/{session.Id}", await ResponseAsync(db, session, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<TrainingSessionResponse>> Get(Guid id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var session = (await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == id, ct)).OrNotFound();
        return TypedResults.Ok(await ResponseAsync(db, session, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<TrainingSessionResponse>> PutAttendance(
        Guid id, AttendanceRequest body, RecordAttendance.Handler record, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var items = body.Attendance?.Select(i => i is null ? null : new RecordAttendance.Item(i.MentorId, i.Attended)).ToList();
        var (session, _) = await record.HandleAsync(new RecordAttendance.Request(id, body.Version, items), ct);
        return TypedResults.Ok(await ResponseAsync(db, session, clock.GetUtcNow(), ct));
    }

    private static async Task<TrainingSessionResponse> ResponseAsync(AppDbContext db, TrainingSession s, DateTimeOffset now, CancellationToken ct)
    {
        var ids = s.Attendance.Select(a => a.ParticipantId).ToList();
        var people = await db.Participants.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Profile.FullName, p.Status }).ToDictionaryAsync(p => p.Id, ct);
        var attendance = s.Attendance
            .Where(a => people.ContainsKey(a.ParticipantId))
            .Select(a => new AttendanceResponse(a.ParticipantId, people[a.ParticipantId].FullName, a.Attended, people[a.ParticipantId].Status))
            .OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
        return new TrainingSessionResponse(s.Id, s.ProgrammeId, s.Title, s.StartsAt, s.Kind, s.Hours, s.Location, s.Trainer, s.HasStarted(now), attendance, s.Version);
    }
}

public sealed record TrainingSessionRequest(Guid? ProgrammeId, string? Title, DateTimeOffset? StartsAt, string? Kind, decimal? Hours, string? Location, string? Trainer);

public sealed record TrainingSessionSummary(
    Guid Id, Guid ProgrammeId, string Title, DateTimeOffset StartsAt, TrainingKind Kind, decimal Hours, string? Location, string? Trainer, bool Started, int AttendedCount);

public sealed record TrainingSessionPage(IReadOnlyList<TrainingSessionSummary> Items, int Page, int PageSize, int Total, int Pages);

public sealed record TrainingSessionResponse(
    Guid Id, Guid ProgrammeId, string Title, DateTimeOffset StartsAt, TrainingKind Kind, decimal Hours, string? Location, string? Trainer,
    bool Started, IReadOnlyList<AttendanceResponse> Attendance, Guid Version);

public sealed record AttendanceResponse(Guid MentorId, string Name, bool Attended, ParticipantStatus Status);

public sealed record AttendanceRequest(IReadOnlyList<AttendanceItem?>? Attendance, Guid? Version);

public sealed record AttendanceItem(Guid MentorId, bool Attended);
