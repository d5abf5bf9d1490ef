using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Applications;
using Ponte.Domain.Profiles;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Applications;

/// <summary>The staff inbox: every application of the organisation, filtered, searched and paged.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db) : PontePageModel
{
    [BindProperty(SupportsGet = true, Name = "programme")]
    public Guid? ProgrammeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }


    public InboxFilter Filter { get; private set; } = new(null, null, null, null);

    public Paged<InboxRow> Results { get; private set; } = new([], 1, 25, 0);

    public IReadOnlyList<ProgrammeLink> Programmes { get; private set; } = [];

    /// <summary>For the rows shown: the other applications that may be the same person's.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<PossibleDuplicate>> Duplicates { get; private set; } = new Dictionary<Guid, IReadOnlyList<PossibleDuplicate>>();

    /// <summary>How many applications each status has under the other filters.</summary>
    public IReadOnlyDictionary<ApplicationStatus, int> StatusCounts { get; private set; } = new Dictionary<ApplicationStatus, int>();

    /// <summary>Whether the organisation has any application at all (an empty inbox reads differently from an empty search).</summary>
    public bool AnyApplications { get; private set; }

    public string ProgrammeName(Guid id) => Programmes.FirstOrDefault(p => p.Id == id)?.Name ?? string.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A filter value that is not one of the options (an old link, a typo) is ignored rather than refused.
        var search = Search?.Trim();
        if (search?.Length > InboxFilter.SearchMax)
            search = search[..InboxFilter.SearchMax];
        Filter = new InboxFilter(ProgrammeId, InboxFilter.ParseRole(Role), InboxFilter.ParseStatus(Status), search);

        Programmes = await db.Programmes.OrderBy(p => p.Name)
            .Select(p => new ProgrammeLink(p.Id, p.Name, p.PublicKey, p.ApplicationsOpen)).ToListAsync(ct);
        AnyApplications = await db.Applications.AnyAsync(ct);

        var counts = await Filter.Apply(db.Applications, withStatus: false)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        StatusCounts = counts.ToDictionary(c => c.Key, c => c.Count);

        // Read by hand: "page" is also the route value that names the Razor Page, and would win a binding.
        var pageNumber = int.TryParse(Request.Query["page"], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
        Results = await Paged<InboxRow>.Of(InboxQuery.Rows(Filter.Apply(db.Applications)), pageNumber, 25, ct);
        Duplicates = await PossibleDuplicates.FindAsync(db, Results.Items.Select(r => r.Keys).ToList(), ct);
    }

    public sealed record ProgrammeLink(Guid Id, string Name, string PublicKey, bool Open)
    {
        public string FormPath(ParticipantRole role) => Public.ApplicationForm.Path(PublicKey, role);
    }
}
