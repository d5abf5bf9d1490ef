using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Applications;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Data;


using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

using Ponte.Web.Infrastructure.Email;

namespace Ponte.Web.Features.Applications;

/// <summary>
/// The staff inbox as JSON. Managers and trainers read applications, schedule interviews and
/// record notes; only managers decide.
/// </summary>
public static class ApplicationsApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/applications")
            .RequireAuthorization(Policies.Staff)
            .WithTags("Applications")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem()
            .WithRequestFields(Fields);

        group.MapGet("/", ListAsync)
            .WithSummary("The organisation's applications, newest first, filtered by programme, role, status and a name or email search; possibleDuplicates lists the ids of applications with the same phone, name or email.");
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One application with its profile, interview, decision, history and version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/interview", ScheduleInterviewAsync)
            .WithSummary("Schedules (or moves) the interview: a time (UTC), and a place and/or an online link.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/interview-notes", RecordInterviewAsync)
            .WithSummary("Records the interview notes: qualifications, motivation and expectations (at least one).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/decision", DecideAsync)
            .RequireAuthorization(Policies.Manager)
            .WithSummary("Accepts, wait-lists or declines (a reason is required to decline). Accepting creates the participant and invites her.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<PagedResponse<ApplicationSummary>>, ValidationProblem>> ListAsync(
        AppDbContext db,
        IStringLocalizer<SharedResource> text,
        Guid? programmeId,
        string? role,
        string? status,
        string? q,
        int? page,
        int? pageSize,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var parsedRole = InboxFilter.ParseRole(role);
        if (!string.IsNullOrEmpty(role) && parsedRole is null)
            errors["role"] = [text["Error.Invalid"]];
        var parsedStatus = InboxFilter.ParseStatus(status);
        if (!string.IsNullOrEmpty(status) && parsedStatus is null)
            errors["status"] = [text["Error.Invalid"]];
        if (q?.Length > InboxFilter.SearchMax)
            errors["q"] = [text.Plural("Error.MaxLength", InboxFilter.SearchMax)];
        if (page < 1)
            errors["page"] = [text["Error.Range", 1, int.MaxValue]];
        if (pageSize is < 1 or > MaxPageSize)
            errors["pageSize"] = [text["Error.Range", 1, MaxPageSize]];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: text["Error.Validation"]);

        var filter = new InboxFilter(programmeId, parsedRole, parsedStatus, q);
        var paged = await Paged<InboxRow>.Of(InboxQuery.Rows(filter.Apply(db.Applications)), page ?? 1, pageSize ?? 25, ct);
        var ids = paged.Items.Select(i => i.ProgrammeId).Distinct().ToList();
        var names = await db.Programmes.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var duplicates = await PossibleDuplicates.FindAsync(db, paged.Items.Select(i => i.Keys).ToList(), ct);
        var items = paged.Items.Select(i => new ApplicationSummary(
            i.Id, i.ProgrammeId, names.GetValueOrDefault(i.ProgrammeId, string.Empty), i.Role, i.Status, i.FullName, i.Email, i.SubmittedAt, i.InterviewAt, i.Version,
            DuplicateIds(duplicates.GetValueOrDefault(i.Id)))).ToList();
        return TypedResults.Ok(new PagedResponse<ApplicationSummary>(items, paged.Page, paged.PageSize, paged.Total));
    }

    public static async Task<Ok<ApplicationDetail>> GetAsync(Guid id, AppDbContext db, WhoDidIt who, CancellationToken ct)
    {
        return TypedResults.Ok(await DetailAsync(db, who, id, ct));
    }

    public static async Task<Ok<ApplicationDetail>> ScheduleInterviewAsync(
        Guid id, ScheduleInterviewRequest body, ScheduleInterview.Handler schedule, AppDbContext db, WhoDidIt who, CancellationToken ct)
    {
        if (body.At is not { } at)
            throw new DomainValidationException(nameof(Application.InterviewAt), "Required", "The interview's time is required.");
        await schedule.HandleAsync(new ScheduleInterview.Request(id, body.Version, at, body.Location, body.OnlineLink), ct);
        return TypedResults.Ok(await DetailAsync(db, who, id, ct));
    }

    public static async Task<Ok<ApplicationDetail>> RecordInterviewAsync(
        Guid id, InterviewNotesRequest body, RecordInterviewNotes.Handler record, AppDbContext db, WhoDidIt who, CancellationToken ct)
    {
        await record.HandleAsync(new RecordInterviewNotes.Request(id, body.Version, body.Qualifications, body.Motivation, body.Expectations), ct);
        return TypedResults.Ok(await DetailAsync(db, who, id, ct));
    }

    public static async Task<Ok<ApplicationDetail>> DecideAsync(
        Guid id, DecisionRequest body, Decide.Handler decide, AppDbContext db, WhoDidIt who, CancellationToken ct)
    {
        var outcome = await decide.HandleAsync(new Decide.Request(id, body.Version, body.Decision, body.Reason, body.Message), ct);
        return TypedResults.Ok(await DetailAsync(db, who, id, ct) with { Account = outcome.Account == AccountOutcome.None ? null : outcome.Account });
    }

    /// <summary>The request's own names for the domain's fields, so an error points at what the caller sent.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        [nameof(Application.InterviewAt)] = "at",
        [nameof(Application.InterviewLocation)] = "location",
        [nameof(Application.InterviewOnlineLink)] = "onlineLink",
        [nameof(Application.InterviewQualifications)] = "qualifications",
        [nameof(Application.InterviewMotivation)] = "motivation",
        [nameof(Application.InterviewExpectations)] = "expectations",
        [nameof(Application.DecisionReason)] = "reason",
        [ApplicationMessages.MessageField] = "message",
        [nameof(Decision)] = "decision",
    };

    private static ValidationProblem Invalid(IStringLocalizer text, string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: text["Error.Validation"]);

    private static async Task<T> OrNotFoundAsync<T>(this Task<T?> find)
        where T : class => (await find).OrNotFound();

    private static IReadOnlyList<Guid> DuplicateIds(IReadOnlyList<PossibleDuplicate>? duplicates) =>
        duplicates?.Select(d => d.Id).ToList() ?? [];

    private static async Task<ApplicationDetail> DetailAsync(AppDbContext db, WhoDidIt who, Guid id, CancellationToken ct)
    {
        var a = await ApplicationMessages.FindAsync(db, id, ct).OrNotFoundAsync();
        await who.LoadAsync(a.History.Select(h => h.ActorUserId), ct);
        var programme = await db.Programmes.Where(p => p.Id == a.ProgrammeId).Select(p => p.Name).SingleAsync(ct);
        var p = a.Profile;
        var duplicates = await PossibleDuplicates.OfAsync(db, new ApplicantKeys(a.Id, p.FullName, p.Email, p.Phone), ct);
        return new ApplicationDetail(
            a.Id,
            a.Version,
            a.ProgrammeId,
            programme,
            a.Role,
            a.Status,
            a.ConsentGivenAt,
            new ApplicantProfile(
                p.FullName, p.Email, p.Phone, p.PreferredLanguage, p.Gender, p.CountryOfOrigin, p.Municipality, p.Postcode,
                p.Languages.Select(l => new LanguageResponse(l.Code, l.Level)).ToList(),
                p.Availability.Slots().Select(s => new SlotResponse(s.Day, s.Part)).ToList(),
                p.Interests,
                p.SupportAreas.Each().ToList(),
                new PreferencesResponse(p.WomanMentorOnly, p.SameCountryOfOrigin, p.SameGender),
                p.About),
            a.ReferralSource,
            a.ReferralDetail,
            a.PrivacyNoticeVersion,
            new InterviewResponse(a.InterviewAt, a.InterviewLocation, a.InterviewOnlineLink, a.InterviewQualifications, a.InterviewMotivation, a.InterviewExpectations),
            a.DecisionReason,
            a.DecidedAt,
            a.ParticipantId,
            a.History.OrderBy(h => h.At).Select(h => new HistoryEntry(h.At, who.Of(h, p.FullName), h.Event, h.FromStatus, h.ToStatus, h.Detail)).ToList(),
            DuplicateIds(duplicates),
            null);
    }
}

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record ApplicationSummary(
    Guid Id,
    Guid ProgrammeId,
    string ProgrammeName,
    ParticipantRole Role,
    ApplicationStatus Status,
    string FullName,
    string Email,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? InterviewAt,
    Guid Version,
    IReadOnlyList<Guid> PossibleDuplicates);

public sealed record ApplicationDetail(
    Guid Id,
    Guid Version,
    Guid ProgrammeId,
    string ProgrammeName,
    ParticipantRole Role,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    ApplicantProfile Profile,
    ReferralSource ReferralSource,
    string? ReferralDetail,
    string PrivacyNoticeVersion,
    InterviewResponse Interview,
    string? DecisionReason,
    DateTimeOffset? DecidedAt,
    Guid? ParticipantId,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<Guid> PossibleDuplicates,
    AccountOutcome? Account);

public sealed record ApplicantProfile(
    string FullName,
    string Email,
    string? Phone,
    string PreferredLanguage,
    Gender Gender,
    string CountryOfOrigin,
    string Municipality,
    string Postcode,
    IReadOnlyList<LanguageResponse> Languages,
    IReadOnlyList<SlotResponse> Availability,
    IReadOnlyList<string> Interests,
    IReadOnlyList<SupportAreas> SupportAreas,
    PreferencesResponse Preferences,
    string? About);

public sealed record LanguageResponse(string Code, LanguageLevel Level);

public sealed record SlotResponse(DayOfWeek Day, DayPart Part);

public sealed record PreferencesResponse(bool WomanMentorOnly, bool SameCountryOfOrigin, bool SameGender);

public sealed record InterviewResponse(
    DateTimeOffset? At,
    string? Location,
    string? OnlineLink,
    string? Qualifications,
    string? Motivation,
    string? Expectations);

public sealed record HistoryEntry(DateTimeOffset At, string Actor, string Event, string? FromStatus, string ToStatus, string? Detail);

/// <summary>Schedules the interview. <c>at</c> is an instant (ISO 8601 with offset); version is the one the caller saw.</summary>
public sealed record ScheduleInterviewRequest(DateTimeOffset? At, string? Location, string? OnlineLink, Guid? Version);

public sealed record InterviewNotesRequest(string? Qualifications, string? Motivation, string? Expectations, Guid? Version);

/// <summary><c>decision</c>: "Accept", "WaitList" or "Decline"; a reason is required to decline.</summary>
/// <summary>A decision; <c>message</c> is what the applicant is told with it (optional), <c>reason</c> the staff's own record.</summary>
public sealed record DecisionRequest(string? Decision, string? Reason, Guid? Version, string? Message = null);
