using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Data;
using Ponte.Domain.Mentoring;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Mentoring;

/// <summary>
/// /Mentoring: a manager's list of her organisation's processes, filtered by state, programme,
/// mentor and start date and searched by name; a participant's list of her own.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, ProcessAccess access) : PontePageModel
{
    [BindProperty(SupportsGet = true)]
    public ProcessStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? MentorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? StartedFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? StartedTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public bool IsManager => access.IsManager;

    public Paged<ProcessRow> Results { get; private set; } = null!;

    public IReadOnlyList<Option> Programmes { get; private set; } = [];

    public IReadOnlyList<Option> Mentors { get; private set; } = [];

    public bool Filtered => Status is not null || ProgrammeId is not null || MentorId is not null || StartedFrom is not null || StartedTo is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A filter value that is not one of the options (a hand-edited link) is ignored, not an error.
        if (Status is { } s && !Enum.IsDefined(s))
            Status = null;
        if (!ModelState.IsValid)
        {
            foreach (var key in ModelState.Keys.Where(k => ModelState[k]!.Errors.Count > 0).ToList())
                ModelState.Remove(key);
        }

        if (StartedFrom is { } from && StartedTo is { } to && to < from)
            (StartedFrom, StartedTo) = (to, from);
        if (Q is { Length: > 200 })
            Q = Q[..200];

        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var local = LocalTime.ForRequest(HttpContext.RequestServices);
        var filter = new ProcessFilter(Status, ProgrammeId, MentorId,
            StartedFrom is { } f ? local.Instant(f, TimeOnly.MinValue) : null,
            StartedTo is { } t ? local.Instant(t.AddDays(1), TimeOnly.MinValue) : null, Q);
        Results = await ProcessViews.ListAsync(db, access, filter, page, ct);
        if (IsManager)
        {
            Programmes = await db.Programmes.OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync(ct);
            var mentorIds = db.MentoringProcesses.SelectMany(p => EF.Property<List<ProcessMember>>(p, "_members"))
                .Where(m => m.Role == ProcessRole.Mentor).Select(m => m.ParticipantId);
            Mentors = await db.Participants.Where(p => mentorIds.Contains(p.Id)).OrderBy(p => p.Profile.FullName)
                .Select(p => new Option(p.Id, p.Profile.FullName)).ToListAsync(ct);
        }
    }

    public sealed record Option(Guid Id, string Name);
}
