using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Participants;
using Ponte.Domain.Profiles;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;
using Ponte.Web.Infrastructure.Tenancy;

namespace Ponte.Web.Features.Participants;

/// <summary>The organisation's mentors and mentees, filtered by the links on the home page or by hand.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CurrentUser me) : PontePageModel
{
    [BindProperty(SupportsGet = true)]
    public ParticipantRole? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public ParticipantStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public TargetGroup? TargetGroup { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Read from the query by hand: "page" is also the route value naming the Razor Page.</summary>
    public new int PageNumber { get; private set; } = 1;

    public Paged<ParticipantRow> Results { get; private set; } = null!;

    public IReadOnlyList<ProgrammeOption> Programmes { get; private set; } = [];

    public bool Filtered => Role is not null || Status is not null || ProgrammeId is not null || TargetGroup is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A filter value that is not one of the options (a hand-edited link) is ignored, not an error.
        if (Role is { } r && !Enum.IsDefined(r))
            Role = null;
        if (Status is { } s && !Enum.IsDefined(s))
            Status = null;
        if (TargetGroup is { } g && !Enum.IsDefined(g))
            TargetGroup = null;

        if (int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            PageNumber = page;

        Programmes = await db.Programmes.OrderBy(p => p.Name).Select(p => new ProgrammeOption(p.Id, p.Name)).ToListAsync(ct);
        var query = ParticipantQueries.Search(db, me.OrganisationId, Role, Status, ProgrammeId, TargetGroup, Q);
        Results = await Paged<ParticipantRow>.Of(query, PageNumber, 25, ct);
    }

    public sealed record ProgrammeOption(Guid Id, string Name);
}
