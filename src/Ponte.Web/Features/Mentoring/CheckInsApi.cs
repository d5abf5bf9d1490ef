using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentoring;

/// <summary>Check-ins, fit checks and the needs-attention list over JSON.</summary>
public static class CheckInsApi
{
    public const int MaxList = 500;

    public sealed record CheckInView(
        Guid Id, Guid ProcessId, Guid ParticipantId, CheckInKind Kind, int Round, CheckInState State,
        DateTimeOffset SentAt, DateTimeOffset? RemindedAt, DateTimeOffset? AnsweredAt,
        int? Score, bool? MeetingsHappened, FitAnswer? Fit, string? ForOrganisation, Guid Version)
    {
        public static CheckInView From(CheckIn c) => new(
            c.Id, c.ProcessId, c.ParticipantId, c.Kind, c.Round, c.State, c.SentAt, c.RemindedAt, c.AnsweredAt,
            c.Score, c.MeetingsHappened, c.Fit, c.ForOrganisation, c.Version);
    }

    public sealed record AnswerRequest(int? Score, bool? MeetingsHappened, FitAnswer? Fit, string? ForOrganisation, Guid? Version);

    public static RouteGroupBuilder MapCheckInsApi(this RouteGroupBuilder api)
    {
        var checkIns = api.MapGroup("/check-ins")
            .WithTags("Mentoring")
            .WithMetadata(new ErrorTexts(typeof(CheckInText)));
        checkIns.MapGet("/", List)
            .WithSummary("Check-ins the caller may read, newest first (at most 500): a participant her own; a manager those of her organisation's processes. Filters processId, state.");
        checkIns.MapGet("/{id:guid}", Get)
            .WithSummary("One check-in: its own participant and the organisation's managers read it; the other side of the process gets 404.");
        checkIns.MapPost("/{id:guid}/answer", Answer)
            .WithRequestFields(new Dictionary<string, string> { ["Score"] = "score", ["MeetingsHappened"] = "meetingsHappened", ["Fit"] = "fit", ["ForOrganisation"] = "forOrganisation" })
            .WithSummary("The participant asked answers: a periodic check-in with score 1–5 and meetingsHappened; a fit check with fit GoodFit, StillDeciding or NotAGoodFit (which alerts the managers); forOrganisation optional (at most 1000 characters).");
        api.MapGet("/needs-attention", Attention)
            .WithTags("Mentoring")
            .RequireAuthorization(Policies.Manager)
            .WithSummary("The managers' needs-attention list: every open process of her organisation with a reason, newest reason first; filter programmeId.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<CheckInView>>> List(Guid? processId, CheckInState? state, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var visible = access.Visible().Select(p => p.Id);
        var query = db.CheckIns.AsNoTracking().Where(c => visible.Contains(c.ProcessId));
        if (!access.IsManager)
        {
            var mine = await access.Visible().AsNoTracking().ToListAsync(ct);
            var self = mine.Select(access.Me).Where(m => m is not null).Select(m => m!.ParticipantId).Distinct().ToList();
            query = query.Where(c => self.Contains(c.ParticipantId));
        }

        if (processId is { } p)
            query = query.Where(c => c.ProcessId == p);
        if (state is { } s)
            query = query.Where(c => c.State == s);
        var list = await query.OrderByDescending(c => c.SentAt).ThenBy(c => c.Id).Take(MaxList).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<CheckInView>>([.. list.Select(CheckInView.From)]);
    }

    public static async Task<Ok<CheckInView>> Get(Guid id, AppDbContext db, ProcessAccess access, CancellationToken ct)
    {
        var (checkIn, _) = await CheckInAccess.LoadAsync(db, access, id, ct);
        return TypedResults.Ok(CheckInView.From(checkIn));
    }

    public static async Task<Ok<CheckInView>> Answer(Guid id, AnswerRequest body, AnswerCheckIn.Handler answer, CancellationToken ct) =>
        TypedResults.Ok(CheckInView.From(await answer.HandleAsync(new AnswerCheckIn.Request(id, body.Score, body.MeetingsHappened, body.Fit, body.ForOrganisation, body.Version), ct)));

    public static async Task<Ok<IReadOnlyList<AttentionView>>> Attention(
        Guid? programmeId, AppDbContext db, ProcessAccess access, LocalTime local, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await AttentionViews.ListAsync(db, access, local, clock.GetUtcNow(), programmeId, ct));
}
