using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Common;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Data;
using Ponte.Web.Features.Screening;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Persistence;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Participants;

/// <summary>
/// Participants, their screenings and target group as JSON. Who sees whom is
/// <see cref="ParticipantAccess"/>: an id the caller may not see answers 404, whatever the reason.
/// </summary>
public static class ParticipantsApi
{
    public const int MaxPageSize = 100;

    /// <summary>A screening dated later than this after the server's clock is in the future (clocks drift).</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public static RouteGroupBuilder MapParticipantsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants").WithTags("Participants")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", List)
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The organisation's participants, filtered and paged (staff).");
        group.MapGet("/{id:guid}", Get)
            .WithSummary("A participant: profile, status, target group, version and timeline.");
        group.MapGet("/{id:guid}/assessments", ListAssessments)
            .WithSummary("A mentee's screenings, oldest first, with her progress; sensitive notes only for her organisation's managers.");
        group.MapPost("/{id:guid}/assessments", RecordAssessment)
            .WithSummary("Records a screening of a mentee (staff), or her own self-assessment (the mentee).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/target-group", SetTargetGroup)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("Sets a mentee's target group with one of her screenings as evidence (manager).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<PagedResponse<ParticipantRow>>, ValidationProblem>> List(
        AppDbContext db,
        CurrentUser me,
        IStringLocalizer<SharedResource> t,
        ParticipantRole? role,
        ParticipantStatus? status,
        Guid? programmeId,
        TargetGroup? targetGroup,
        string? q,
        int? page,
        int? pageSize,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (role is { } r && !Enum.IsDefined(r))
            errors["role"] = [t["Error.Invalid"]];
        if (status is { } s && !Enum.IsDefined(s))
            errors["status"] = [t["Error.Invalid"]];
        if (targetGroup is { } g && !Enum.IsDefined(g))
            errors["targetGroup"] = [t["Error.Invalid"]];
        if (page is < 1)
            errors["page"] = [t["Error.Range", 1, int.MaxValue]];
        if (pageSize is < 1 or > MaxPageSize)
            errors["pageSize"] = [t["Error.Range", 1, MaxPageSize]];
        if (q?.Length > 200)
            errors["q"] = [t.Plural("Error.MaxLength", 200)];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: t["Error.Validation"]);

        var size = pageSize ?? 25;
        var query = ParticipantQueries.Search(db, me.OrganisationId, role, status, programmeId, targetGroup, q);
        var total = await query.CountAsync(ct);
        var number = page ?? 1;
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedResponse<ParticipantRow>(items, number, size, total));
    }

    public static async Task<Ok<ParticipantResponse>> Get(Guid id, AppDbContext db, CurrentUser me, WhoDidIt who, CancellationToken ct)
    {
        var access = new ParticipantAccess(db, me);
        var participant = await access.GetAsync(id, ct);
        return TypedResults.Ok(await ResponseAsync(db, who, access, participant, ct));
    }

    public static async Task<Ok<AssessmentsResponse>> ListAssessments(Guid id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var access = new ParticipantAccess(db, me);
        var participant = await access.GetAsync(id, ct);
        var assessments = await db.Assessments.Where(a => a.ParticipantId == id).ToListAsync(ct);
        var views = ScreeningViews.Views(assessments, participant, access, await db.UserNamesAsync(assessments.Select(a => a.AssessedById), ct));
        return TypedResults.Ok(new AssessmentsResponse(views, ScreeningViews.Progress(views)));
    }

    public static async Task<Results<Created<AssessmentView>, ValidationProblem>> RecordAssessment(
        Guid id,
        RecordAssessmentRequest body,
        AppDbContext db,
        CurrentUser me,
        TimeProvider clock,
        IStringLocalizer<SharedResource> t,
        CancellationToken ct)
    {
        var access = new ParticipantAccess(db, me);
        var participant = await access.GetAsync(id, ct);
        if (!access.MayRecordScreening(participant))
            throw new NotFoundException();

        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var mode = AssessmentMode.SelfAssessment;
        if (access.MayChooseMode)
        {
            if (body.Mode is null)
                errors["mode"] = [t["Error.Required"]];
            else if (!Enum.IsDefined(body.Mode.Value))
                errors["mode"] = [t["Error.Invalid"]];
            else
                mode = body.Mode.Value;
        }

        var takenAt = body.TakenAt ?? now;
        if (takenAt > now + ClockTolerance)
            errors["takenAt"] = [t["Error.DateInFuture"]];
        else if (takenAt.Year < 2000)
            errors["takenAt"] = [t["Error.DateFormat"]];

        if (body.Ratings is null)
            errors["ratings"] = [t["Error.Required"]];
        var ratings = (body.Ratings ?? []).Select(r => new RatingInput(r.Indicator, r.Score, r.Note)).ToList();
        if (body.Ratings is not null)
        {
            foreach (var error in ScreeningRules.ValidateRatings(ratings))
                errors.TryAdd(ProblemDetailsExceptionHandler.JsonField(error.Field), [ErrorText.For(t, error)]);
        }

        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: t["Error.Validation"]);

        var assessment = Assessment.Record(participant, mode, ScreeningRules.ForDomain(ratings), me.Actor, takenAt);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/participants/{id}/assessments", ScreeningViews.View(assessment, participant, access, await db.UserNamesAsync([assessment.AssessedById], ct)));
    }

    public static async Task<Results<Ok<ParticipantResponse>, ValidationProblem>> SetTargetGroup(
        Guid id,
        SetTargetGroupRequest body,
        AppDbContext db,
        CurrentUser me,
        TimeProvider clock,
        IStringLocalizer<SharedResource> t,
        IStringLocalizer<ScreeningText> s,
        WhoDidIt who, CancellationToken ct)
    {
        var access = new ParticipantAccess(db, me);
        var participant = await access.GetAsync(id, ct);
        if (!access.MaySetTargetGroup(participant))
            throw new NotFoundException();

        var errors = new Dictionary<string, string[]>();
        if (body.TargetGroup is null)
            errors["targetGroup"] = [t["Error.Required"]];
        else if (!Enum.IsDefined(body.TargetGroup.Value))
            errors["targetGroup"] = [t["Error.Invalid"]];

        Assessment? evidence = null;
        if (!await db.Assessments.AnyAsync(a => a.ParticipantId == id, ct))
            errors["assessmentId"] = [t["Error.ScreeningRequired"]];
        else if (body.AssessmentId is null)
            errors["assessmentId"] = [t["Error.Required"]];
        else if ((evidence = await Evidence.FindAsync(db, participant, body.AssessmentId, ct)) is null)
            errors["assessmentId"] = [s["Error.EvidenceNotFound"]];

        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: t["Error.Validation"]);

        var programme = await db.Programmes.FirstAsync(p => p.Id == participant.ProgrammeId, ct);
        db.ExpectVersion(participant, body.Version);
        participant.SetTargetGroup(body.TargetGroup!.Value, evidence!, programme, me.Actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ResponseAsync(db, who, access, participant, ct));
    }

    private static async Task<ParticipantResponse> ResponseAsync(AppDbContext db, WhoDidIt who, ParticipantAccess access, Participant p, CancellationToken ct)
    {
        await who.LoadAsync(p.Timeline.Select(c => c.ActorUserId), ct);
        var programmeName = await db.Programmes.Where(x => x.Id == p.ProgrammeId).Select(x => x.Name).FirstAsync(ct);
        var relationships = await db.Relationships
            .Where(r => r.Status == RelationshipStatus.Active && (r.MentorId == p.Id || r.MenteeId == p.Id))
            .Select(r => new { r.MentorId, r.MenteeId, r.StartedAt })
            .ToListAsync(ct);
        var otherIds = relationships.Select(r => r.MentorId == p.Id ? r.MenteeId : r.MentorId).ToList();
        var names = await db.Participants.Where(x => otherIds.Contains(x.Id)).Select(x => new { x.Id, x.Profile.FullName, x.Role }).ToListAsync(ct);
        var profile = p.Profile;
        var mayReadDetail = access.MayReadTimelineDetail(p);
        return new ParticipantResponse(
            p.Id,
            p.Role,
            p.Status,
            p.ProgrammeId,
            programmeName,
            p.TargetGroup,
            p.TargetGroupEvidenceId,
            p.Version,
            new ProfileResponse(
                profile.FullName,
                profile.Email,
                profile.Phone,
                profile.PreferredLanguage,
                profile.Gender,
                profile.CountryOfOrigin,
                profile.Municipality,
                profile.Postcode,
                profile.Languages,
                profile.Availability.Slots().Select(x => new AvailabilitySlot(x.Day, x.Part)).ToList(),
                profile.Interests,
                profile.SupportAreas.Each().ToList(),
                profile.Preferences,
                profile.About),
            p.Timeline.OrderBy(c => c.At).ThenBy(c => c.Id).Select(c => new TimelineEntry(
                c.At,
                c.Event,
                c.FromStatus,
                c.ToStatus,
                who.Of(c, p.Profile.FullName),
                // A target group is no secret to whoever sees her; decision and withdrawal reasons are staff information.
                c.Event == "TargetGroupSet" || mayReadDetail ? c.Detail : null)).ToList(),
            names.Select(n => new RelatedParticipant(n.Id, n.FullName, n.Role,
                relationships.First(r => r.MentorId == n.Id || r.MenteeId == n.Id).StartedAt)).ToList());
    }
}

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record ParticipantResponse(
    Guid Id,
    ParticipantRole Role,
    ParticipantStatus Status,
    Guid ProgrammeId,
    string ProgrammeName,
    TargetGroup? TargetGroup,
    Guid? TargetGroupEvidenceId,
    Guid Version,
    ProfileResponse Profile,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<RelatedParticipant> Relationships);

public sealed record ProfileResponse(
    string FullName,
    string Email,
    string? Phone,
    string PreferredLanguage,
    Gender Gender,
    string CountryOfOrigin,
    string Municipality,
    string Postcode,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyList<AvailabilitySlot> Availability,
    IReadOnlyList<string> Interests,
    IReadOnlyList<SupportAreas> SupportAreas,
    MatchingPreferences Preferences,
    string? About);

public sealed record AvailabilitySlot(DayOfWeek Day, DayPart Part);

/// <summary>One line of her timeline: what happened, from which status to which, who did it and when.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Event, string? FromStatus, string ToStatus, string ActorName, string? Detail);

/// <summary>Her mentor (for a mentee) or a mentee (for a mentor) in an active relationship.</summary>
public sealed record RelatedParticipant(Guid Id, string Name, ParticipantRole Role, DateTimeOffset Since);

public sealed record AssessmentsResponse(IReadOnlyList<AssessmentView> Items, IReadOnlyList<ProgressView> Progress);

public sealed record RecordAssessmentRequest(DateTimeOffset? TakenAt, AssessmentMode? Mode, IReadOnlyList<RatingRequest>? Ratings);

public sealed record RatingRequest(Indicator Indicator, int? Score, string? Note);

public sealed record SetTargetGroupRequest(TargetGroup? TargetGroup, Guid? AssessmentId, Guid? Version);
