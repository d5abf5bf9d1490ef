using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Domain.Relationships;
using Ponte.Domain.Screening;
using Ponte.Data;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
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

    public static RouteGroupBuilder MapParticipantsApi(this RouteGroupBuilder api)
    {
        // Refusals are thrown and answered by the one exception handler; the evidence ones are worded in ScreeningText.
        var group = api.MapGroup("/participants").WithTags("Participants")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new ErrorTexts(typeof(ScreeningText)));

        group.MapGet("/", List)
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The organisation's participants, filtered and paged (staff).");
        group.MapGet("/{id:guid}", Get)
            .WithSummary("A participant: profile, status, target group, version and timeline.");
        group.MapGet("/{id:guid}/assessments", ListAssessments)
            .WithSummary("A mentee's screenings, oldest first, with her progress; sensitive notes only for her organisation's managers.");
        group.MapGet("/{id:guid}/self-assessment", SelfAssessmentAsync)
            .WithSummary("A mentee's SMILE progress (first and latest rating per indicator, scores only) for whoever may see her; her latest self-assessment request (Sent, Silent or Answered) and when the next is asked only for herself and her organisation's managers.");
        group.MapPost("/{id:guid}/assessments", RecordAssessmentAsync)
            .WithSummary("Records a screening of a mentee (staff), or her own self-assessment (the mentee).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/target-group", SetTargetGroupAsync)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("Sets a mentee's target group with one of her screenings as evidence (manager).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/facts", GetFactsAsync)
            .RequireAuthorization(Policies.Staff)
            .WithSummary("A participant's facts at entry for the funder's indicators (staff). Disability and housing only for her organisation's managers (else null, sensitiveHidden true).");
        group.MapPut("/{id:guid}/facts", PutFactsAsync)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("A manager records her facts at entry: birthDate, situation (Employed, SelfEmployed, Unemployed, LongTermUnemployed, Inactive), education (Isced0–Isced8), citizenship (ISO 3166-1 alpha-2 or \"stateless\"), foreignBackground, disability, homeless (Yes, No), hostLanguageLevel (None, A1–C2), declined (the questions she preferred not to answer: BirthDate, Situation, Education, Citizenship, ForeignBackground, Disability, Homeless, HostLanguage), version.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Ok<EntryFactsView>> GetFactsAsync(Guid id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var access = new ParticipantAccess(db, me);
        var participant = await access.GetAsync(id, ct);
        if (!access.IsStaff)
            throw new NotFoundException();
        return TypedResults.Ok(EntryFactsView.Of(participant, access.IsManager));
    }

    public static async Task<Ok<EntryFactsView>> PutFactsAsync(Guid id, EntryFactsBody body, RecordEntryFacts.Handler record, CancellationToken ct)
    {
        var participant = await record.HandleAsync(new RecordEntryFacts.Request(id, body.ToInput(), body.Version), ct);
        return TypedResults.Ok(EntryFactsView.Of(participant, mayReadSensitive: true));
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

    public static async Task<Ok<SelfAssessmentTrend>> SelfAssessmentAsync(Guid id, AppDbContext db, CurrentUser me, CancellationToken ct) =>
        TypedResults.Ok((await SelfAssessmentTrends.ReadAsync(db, new ParticipantAccess(db, me), id, ct)).OrNotFound());

    public static async Task<Created<AssessmentView>> RecordAssessmentAsync(
        Guid id, RecordAssessmentRequest body, RecordScreening.Handler record, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var ratings = body.Ratings?.Select(r => new RatingInput(r.Indicator, r.Score, r.Note)).ToList();
        var recorded = await record.HandleAsync(new RecordScreening.Request(id, body.Mode, body.TakenAt, ratings), ct);
        return TypedResults.Created($"/api/participants/{id}/assessments", ScreeningViews.View(recorded.Assessment, recorded.Participant, new ParticipantAccess(db, me), await db.UserNamesAsync([recorded.Assessment.AssessedById], ct)));
    }

    public static async Task<Ok<ParticipantResponse>> SetTargetGroupAsync(
        Guid id, SetTargetGroupRequest body, SetTargetGroup.Handler set, AppDbContext db, CurrentUser me, WhoDidIt who, CancellationToken ct)
    {
        var participant = await set.HandleAsync(new SetTargetGroup.Request(id, body.Version, body.TargetGroup, body.AssessmentId), ct);
        return TypedResults.Ok(await ResponseAsync(db, who, new ParticipantAccess(db, me), participant, ct));
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
