using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ponte.Data;
using Ponte.Domain.Common;
using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;
using Ponte.Web.Infrastructure.Errors;
using Ponte.Web.Infrastructure.Localization;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// Mentoring processes over JSON: the list (managers: the organisation's; participants: their
/// own), one process, its agreement and acceptances, pausing, contact sharing, and the
/// programme's agreement templates.
/// </summary>
public static class MentoringApi
{
    public static RouteGroupBuilder MapMentoringApi(this RouteGroupBuilder api)
    {
        var processes = api.MapGroup("/processes")
            .WithTags("Mentoring")
            .WithMetadata(new ErrorTexts(typeof(MentoringText)));

        processes.MapGet("/", List)
            .WithSummary("Mentoring processes the caller may see, newest first: a manager's organisation's, a participant's own. Filters: status, programmeId, mentorId, startedFrom and startedTo (yyyy-MM-dd, in the caller's time zone, inclusive), q (a participant's name).");
        processes.MapGet("/{id:guid}", Get)
            .WithSummary("One process: its members (contacts only once it is active, as each shares them), agreement, acceptances, who still has to accept, and timeline.");
        var agreementFields = new Dictionary<string, string> { ["PairGoals"] = "goals" };
        processes.MapPost("/{id:guid}/agreement", PostAgreement)
            .WithRequestFields(agreementFields)
            .WithSummary("A manager drafts the agreement from the programme's template in a language (matched → agreed); everyone is emailed to accept it.");
        processes.MapPut("/{id:guid}/agreement", PutAgreement)
            .WithRequestFields(agreementFields)
            .WithSummary("A manager changes the pair's goals, meeting rhythm or duration; after any acceptance this is a new version everyone accepts again.");
        processes.MapPost("/{id:guid}/agreement/refresh", PostRefresh)
            .WithSummary("A manager takes the programme template's current text into the agreement (a new version if anyone had accepted).");
        processes.MapPost("/{id:guid}/agreement/acceptances", PostAcceptance)
            .WithSummary("Accepts the agreement's current version: role Mentee, Mentor or CoMentor for the participant herself, Organisation for a manager. agreementVersion, if sent, must be the current version. When all have accepted the process is active.");
        processes.MapPost("/{id:guid}/pause", PostPause)
            .WithRequestFields(new Dictionary<string, string> { ["PauseReason"] = "reason", ["PauseNote"] = "note" })
            .WithSummary("A manager pauses the process: reason Holidays, Illness or Other, an optional note for staff.");
        processes.MapPost("/{id:guid}/resume", PostResume)
            .WithSummary("A manager resumes a paused process: it returns to the state it was paused from.");
        processes.MapPut("/{id:guid}/contact-sharing", PutSharing)
            .WithSummary("A participant chooses which of her contact details the others see once the process is active: None, Email, Phone or Both.");
        processes.MapPost("/{id:guid}/contacts/show", PostShowContacts)
            .WithSummary("A manager lets the participants see each other's shared contact details again after a safeguarding step hid them (POST /api/concerns/{id}/protect).");

        var templates = api.MapGroup("/programmes/{programmeId:guid}/agreement-templates")
            .WithTags("Mentoring")
            .RequireAuthorization(Policies.Manager)
            .WithMetadata(new ErrorTexts(typeof(MentoringText)));
        templates.MapGet("/", ListTemplates)
            .WithSummary("The programme's commitment agreement in each language it is written in.");
        templates.MapPut("/{language}", PutTemplate)
            .WithSummary("Writes or revises the programme's agreement in one language (an ISO 639 code); each change of the text raises its textVersion.");
        return api;
    }

    public static async Task<Ok<ProcessPage>> List(
        AppDbContext db, ProcessAccess access, IServiceProvider services,
        ProcessStatus? status, Guid? programmeId, Guid? mentorId, DateOnly? startedFrom, DateOnly? startedTo, string? q, int? page, CancellationToken ct)
    {
        if (page is < 1)
            throw new DomainValidationException("Page", "Range", "The page is a number from 1.", 1, int.MaxValue);
        if (startedFrom is { } f && startedTo is { } t && t < f)
            throw new DomainValidationException("StartedTo", "DateRange", "The end of the range is before its start.");
        if (q is { Length: > 200 })
            throw new DomainValidationException("Q", "MaxLength", "Search with at most 200 characters.", 200);
        var local = LocalTime.ForRequest(services);
        var filter = new ProcessFilter(status, programmeId, mentorId,
            startedFrom is { } from ? local.Instant(from, TimeOnly.MinValue) : null,
            startedTo is { } to ? local.Instant(to.AddDays(1), TimeOnly.MinValue) : null, q);
        var paged = await ProcessViews.ListAsync(db, access, filter, page ?? 1, ct);
        return TypedResults.Ok(new ProcessPage(paged.Items, paged.Page, paged.PageSize, paged.Total, paged.Pages));
    }

    public static async Task<Ok<ProcessView>> Get(Guid id, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        TypedResults.Ok(await ProcessViews.ViewAsync(db, await access.GetAsync(id, ct), access, text, ct));

    public static async Task<Ok<ProcessView>> PostAgreement(
        Guid id, AgreementRequest body, DraftAgreement.Handler draft, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var process = await draft.HandleAsync(new DraftAgreement.Request(id, body.Language, body.Goals, body.MeetingRhythm, body.DurationMonths, body.Version), ct);
        return TypedResults.Ok(await ProcessViews.ViewAsync(db, process, access, text, ct));
    }

    public static async Task<Ok<ProcessView>> PutAgreement(
        Guid id, AgreementRequest body, ChangeAgreement.Handler change, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (process, _) = await change.HandleAsync(new ChangeAgreement.Request(id, body.Goals, body.MeetingRhythm, body.DurationMonths, body.Version), ct);
        return TypedResults.Ok(await ProcessViews.ViewAsync(db, process, access, text, ct));
    }

    public static async Task<Ok<ProcessView>> PostRefresh(
        Guid id, VersionRequest? body, RefreshAgreementText.Handler refresh, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var (process, _) = await refresh.HandleAsync(new RefreshAgreementText.Request(id, body?.Version), ct);
        return TypedResults.Ok(await ProcessViews.ViewAsync(db, process, access, text, ct));
    }

    public static async Task<Ok<ProcessView>> PostAcceptance(
        Guid id, AcceptanceRequest body, AcceptAgreement.Handler accept, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var process = await accept.HandleAsync(new AcceptAgreement.Request(id, body.Role, body.AgreementVersion), ct);
        return TypedResults.Ok(await ProcessViews.ViewAsync(db, process, access, text, ct));
    }

    public static async Task<Ok<ProcessView>> PostPause(
        Guid id, PauseRequest body, PauseProcess.Handler pause, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var process = await pause.HandleAsync(new PauseProcess.Request(id, body.Reason, body.Note, body.Version), ct);
        return TypedResults.Ok(await ProcessViews.ViewAsync(db, process, access, text, ct));
    }

    public static async Task<Ok<ProcessView>> PostResume(
        Guid id, ResumeRequest? body, ResumeProcess.Handler resume, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var process = await resume.HandleAsync(new ResumeProcess.Request(id, body?.Note, body?.Version), ct);
        return TypedResults.Ok(await ProcessViews.ViewAsync(db, process, access, text, ct));
    }

    public static async Task<Ok<ProcessView>> PutSharing(
        Guid id, SharingRequest body, ShareContact.Handler share, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var process = await share.HandleAsync(new ShareContact.Request(id, body.Sharing), ct);
        return TypedResults.Ok(await ProcessViews.ViewAsync(db, process, access, text, ct));
    }

    public static async Task<Ok<ProcessView>> PostShowContacts(
        Guid id, VersionRequest? body, ShowContacts.Handler show, AppDbContext db, ProcessAccess access, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var process = await show.HandleAsync(new ShowContacts.Request(id, body?.Version), ct);
        return TypedResults.Ok(await ProcessViews.ViewAsync(db, process, access, text, ct));
    }

    public static async Task<Ok<IReadOnlyList<TemplateResponse>>> ListTemplates(Guid programmeId, AppDbContext db, CancellationToken ct)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, ct))
            throw new NotFoundException();
        var templates = await db.AgreementTemplates.Where(t => t.ProgrammeId == programmeId).OrderBy(t => t.Language).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<TemplateResponse>>(templates.Select(TemplateResponse.From).ToList());
    }

    public static async Task<Results<Ok<TemplateResponse>, Created<TemplateResponse>>> PutTemplate(
        Guid programmeId, string language, TemplateRequest body, SaveAgreementTemplate.Handler save, CancellationToken ct)
    {
        var (template, created) = await save.HandleAsync(new SaveAgreementTemplate.Request(
            programmeId, language, body.Goals, body.MeetingRhythm, body.Duration, body.Roles, body.Confidentiality, body.EndingEarly, body.Version), ct);
        var response = TemplateResponse.From(template);
        return created
            ? TypedResults.Created($"/api/programmes/{programmeId}/agreement-templates/{template.Language}", response)
            : TypedResults.Ok(response);
    }
}

public sealed record ProcessPage(IReadOnlyList<ProcessRow> Items, int Page, int PageSize, int Total, int Pages);

public sealed record AgreementRequest(string? Language, string? Goals, MeetingRhythm? MeetingRhythm, int? DurationMonths, Guid? Version);

public sealed record AcceptanceRequest(AgreementRole? Role, int? AgreementVersion);

public sealed record PauseRequest(PauseReason? Reason, string? Note, Guid? Version);

public sealed record ResumeRequest(string? Note, Guid? Version);

public sealed record VersionRequest(Guid? Version);

public sealed record SharingRequest(ContactSharing? Sharing);

public sealed record TemplateRequest(string? Goals, string? MeetingRhythm, string? Duration, string? Roles, string? Confidentiality, string? EndingEarly, Guid? Version);

public sealed record TemplateResponse(Guid Id, Guid ProgrammeId, string Language, AgreementSections Sections, int TextVersion, DateTimeOffset RevisedAt, Guid Version)
{
    public static TemplateResponse From(AgreementTemplate t) => new(t.Id, t.ProgrammeId, t.Language, t.Sections, t.TextVersion, t.RevisedAt, t.Version);
}
