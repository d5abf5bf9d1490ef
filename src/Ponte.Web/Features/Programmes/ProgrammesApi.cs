using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Profiles;
using Ponte.Domain.Programmes;
using Ponte.Data;
using Ponte.Web.Infrastructure.Persistence;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

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
        bool ApplicationsOpen, string PublicKey, string MenteeFormPath, string MentorFormPath, Guid Version)
    {
        public static ProgrammeResponse From(Programme p) => new(
            p.Id, p.Name, p.Description, p.Template, p.MentoringType, p.GroupSize, p.DurationWeeks, p.MeetingRhythm,
            p.CheckInRhythm, p.RequiredTheoryHours, p.RequiredPracticeHours,
            Enum.GetValues<TargetGroup>().Where(g => p.TargetGroups.HasFlag(g.AsSet())).ToList(),
            p.SupportAreas.Each().ToList(), p.ApplicationsOpen, p.PublicKey,
            $"/apply/{p.PublicKey}/mentee", $"/apply/{p.PublicKey}/mentor", p.Version);
    }

    /// <summary>Every setting is optional: what is left out comes from the template (or stays as it is, on update).</summary>
    public sealed record ProgrammeRequest(
        ProgrammeTemplate? Template, string? Name, string? Description, MentoringType? MentoringType, int? GroupSize,
        int? DurationWeeks, MeetingRhythm? MeetingRhythm, CheckInRhythm? CheckInRhythm, decimal? RequiredTheoryHours,
        decimal? RequiredPracticeHours, List<TargetGroup>? TargetGroups, List<SupportAreas>? SupportAreas,
        bool? ApplicationsOpen, Guid? Version)
    {
        public ProgrammeSettings Over(ProgrammeSettings s) => new(
            Name ?? s.Name, MentoringType ?? s.MentoringType, GroupSize ?? s.GroupSize, DurationWeeks ?? s.DurationWeeks,
            MeetingRhythm ?? s.MeetingRhythm, CheckInRhythm ?? s.CheckInRhythm, RequiredTheoryHours ?? s.RequiredTheoryHours,
            RequiredPracticeHours ?? s.RequiredPracticeHours,
            TargetGroups is null ? s.TargetGroups : TargetGroups.Aggregate(Domain.Profiles.TargetGroups.None, (all, g) => all | g.AsSet()),
            SupportAreas is null ? s.SupportAreas : SupportAreas.Aggregate(Domain.Profiles.SupportAreas.None, (all, a) => all | a),
            Description ?? s.Description);
    }

    public sealed record TemplateResponse(ProgrammeTemplate Template, ProgrammeSettings Defaults);

    private static async Task<Ok<List<ProgrammeResponse>>> List(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Programmes.OrderBy(p => p.Name).ToListAsync(ct)).Select(ProgrammeResponse.From).ToList());

    private static async Task<Results<Ok<ProgrammeResponse>, NotFound>> Get(Guid id, AppDbContext db, CancellationToken ct) =>
        await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct) is { } p
            ? TypedResults.Ok(ProgrammeResponse.From(p))
            : TypedResults.NotFound();

    private static async Task<Created<ProgrammeResponse>> Create(ProgrammeRequest body, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var template = body.Template ?? ProgrammeTemplate.Custom;
        Guard(template);
        var organisationId = me.OrganisationId ?? throw new DomainException("NoOrganisation", "Only an organisation's manager can create programmes.");
        var programme = Programme.Create(organisationId, template, body.Over(ProgrammeTemplates.Defaults(template)));
        if (body.ApplicationsOpen == false)
            programme.CloseApplications();
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/programmes/{programme.Id}", ProgrammeResponse.From(programme));
    }

    private static async Task<Results<Ok<ProgrammeResponse>, NotFound>> Update(Guid id, ProgrammeRequest body, AppDbContext db, CancellationToken ct)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null)
            return TypedResults.NotFound();
        db.ExpectVersion(programme, body.Version);
        programme.Update(body.Over(programme.Settings));
        if (body.ApplicationsOpen is { } open)
        {
            if (open)
                programme.OpenApplications();
            else
                programme.CloseApplications();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProgrammeResponse.From(programme));
    }

    private static Ok<List<TemplateResponse>> Templates() =>
        TypedResults.Ok(Enum.GetValues<ProgrammeTemplate>().Select(t => new TemplateResponse(t, ProgrammeTemplates.Defaults(t))).ToList());

    private static void Guard(ProgrammeTemplate template)
    {
        if (!Enum.IsDefined(template))
            throw new DomainValidationException("Template", "Invalid", "Choose one of the templates.");
    }
}
