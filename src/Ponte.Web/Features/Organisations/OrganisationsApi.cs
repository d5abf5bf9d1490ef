using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Organisations;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations").RequireAuthorization(Policies.Coordinator);
        group.MapGet("/", List).WithSummary("The partner organisations of the network (coordinator).");
        group.MapGet("/{id:guid}", Get).WithSummary("One organisation (coordinator).");
        group.MapPost("/", Create).WithSummary("Adds a partner organisation (coordinator).");
        group.MapPut("/{id:guid}", Update).WithSummary("Changes an organisation (send the version you read).");
        return api;
    }

    /// <param name="TimeZone">An IANA zone ("Europe/Helsinki"); left out, a new organisation gets its country's and a changed one keeps its own.</param>
    public sealed record OrganisationRequest(string? Name, string? CountryCode, string? City, List<string>? StaffLanguages, Guid? Version, string? TimeZone = null);

    public sealed record OrganisationResponse(Guid Id, string Name, string CountryCode, string City, IReadOnlyList<string> StaffLanguages, string TimeZone, Guid Version)
    {
        public static OrganisationResponse From(Organisation o) => new(o.Id, o.Name, o.CountryCode, o.City, o.StaffLanguages, o.TimeZone, o.Version);
    }

    private static async Task<Ok<List<OrganisationResponse>>> List(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Organisations.OrderBy(o => o.Name).ToListAsync(ct)).Select(OrganisationResponse.From).ToList());

    private static async Task<Results<Ok<OrganisationResponse>, NotFound>> Get(Guid id, AppDbContext db, CancellationToken ct) =>
        await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct) is { } o ? TypedResults.Ok(OrganisationResponse.From(o)) : TypedResults.NotFound();

    private static async Task<Created<OrganisationResponse>> Create(OrganisationRequest body, CreateOrganisation.Handler create, CancellationToken ct)
    {
        var o = await create.HandleAsync(new CreateOrganisation.Request(body.Name, body.CountryCode, body.City, body.StaffLanguages ?? [], body.TimeZone), ct);
        return TypedResults.Created($"/api/organisations/{o.Id}", OrganisationResponse.From(o));
    }

    private static async Task<Ok<OrganisationResponse>> Update(Guid id, OrganisationRequest body, EditOrganisation.Handler edit, CancellationToken ct) =>
        TypedResults.Ok(OrganisationResponse.From(await edit.HandleAsync(
            new EditOrganisation.Request(id, body.Version, body.Name, body.CountryCode, body.City, body.StaffLanguages, body.TimeZone), ct)));
}
