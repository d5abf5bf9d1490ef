using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Programmes;

public static class ProgrammesApi
{
    public static RouteGroupBuilder MapProgrammesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programmes").WithTags("Programmes");
        group.MapGet("/", List).RequireAuthorization(Policies.Staff).WithSummary("The programmes of the caller's organisation.");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Staff).WithSummary("One programme.");
        group.MapPost("/", Create).RequireAuthorization(Policies.Manager).WithSummary("Creates a programme; omitted settings come from the template.");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Manager).WithSummary("Changes a programme's settings (send the version you read).");
        api.MapGet("/programme-templates", Templates).WithTags("Programmes").WithSummary("The six templates and their default settings.");
        return api;
    }

    public sealed record ProgrammeResponse(
        Guid Id, string Name, string? Description, ProgrammeTemplate Template, MentoringType MentoringType, int GroupSize,
        int DurationWeeks, MeetingRhythm MeetingRhythm, CheckInRhythm CheckInRhythm, decimal RequiredTheoryHours,
        decimal RequiredPracticeHours, IReadOnlyList<TargetGroup> TargetGroups, IReadOnlyList<SupportAreas> SupportAreas,
        bool ApplicationsOpen, bool ManagersReadPrivateNotes, int NoMeetingAlertDays, int SelfAssessmentIntervalWeeks, string PublicKey, string MenteeFormPath, string MentorFormPath, Guid Version)
    {
        public static ProgrammeResponse From(Programme p) => new(
            p.Id, p.Name, p.Description, p.Template, p.MentoringType, p.GroupSize, p.DurationWeeks, p.MeetingRhythm,
            p.CheckInRhythm, p.RequiredTheoryHours, p.RequiredPracticeHours,
            Enum.GetValues<TargetGroup>().Where(g => p.TargetGroups.HasFlag(g.AsSet())).ToList(),
            p.SupportAreas.Each().ToList(), p.ApplicationsOpen, p.ManagersReadPrivateNotes, p.NoMeetingAlertDays, p.SelfAssessmentIntervalWeeks, p.PublicKey,
            $"/apply/{p.PublicKey}/mentee", $"/apply/{p.PublicKey}/mentor", p.Version);
    }

    /// <summary>Every setting is optional: what is left out comes from the template (or stays as it is, on update).</summary>
    public sealed record ProgrammeRequest(
        ProgrammeTemplate? Template, string? Name, string? Description, MentoringType? MentoringType, int? GroupSize,
        int? DurationWeeks, MeetingRhythm? MeetingRhythm, CheckInRhythm? CheckInRhythm, decimal? RequiredTheoryHours,
        decimal? RequiredPracticeHours, List<TargetGroup>? TargetGroups, List<SupportAreas>? SupportAreas,
        bool? ApplicationsOpen, Guid? Version, bool? ManagersReadPrivateNotes = null, int? NoMeetingAlertDays = null, int? SelfAssessmentIntervalWeeks = null)
    {
        public ProgrammeChanges Changes() => new(
            Name, Description, MentoringType, GroupSize, DurationWeeks, MeetingRhythm, CheckInRhythm,
            RequiredTheoryHours, RequiredPracticeHours, TargetGroups, SupportAreas);
    }

    public sealed record TemplateResponse(ProgrammeTemplate Template, ProgrammeSettings Defaults);

    private static async Task<Ok<List<ProgrammeResponse>>> List(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Programmes.OrderBy(p => p.Name).ToListAsync(ct)).Select(ProgrammeResponse.From).ToList());

    private static async Task<Results<Ok<ProgrammeResponse>, NotFound>> Get(Guid id, AppDbContext db, CancellationToken ct) =>
        await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct) is { } p
            ? TypedResults.Ok(ProgrammeResponse.From(p))
            : TypedResults.NotFound();

    private static async Task<Created<ProgrammeResponse>> Create(ProgrammeRequest body, CreateProgramme.Handler create, CancellationToken ct)
    {
        var programme = await create.HandleAsync(new CreateProgramme.Request(body.Template ?? ProgrammeTemplate.Custom, body.Changes(), body.ApplicationsOpen), ct);
        return TypedResults.Created($"/api/programmes/{programme.Id}", ProgrammeResponse.From(programme));
    }

    private static async Task<Ok<ProgrammeResponse>> Update(Guid id, ProgrammeRequest body, EditProgramme.Handler edit, CancellationToken ct) =>
        TypedResults.Ok(ProgrammeResponse.From(await edit.HandleAsync(new EditProgramme.Request(id, body.Version, body.Changes(), body.ApplicationsOpen, body.ManagersReadPrivateNotes, body.NoMeetingAlertDays, body.SelfAssessmentIntervalWeeks), ct)));

    private static Ok<List<TemplateResponse>> Templates() =>
        TypedResults.Ok(Enum.GetValues<ProgrammeTemplate>().Select(t => new TemplateResponse(t, ProgrammeTemplates.Defaults(t))).ToList());
}
