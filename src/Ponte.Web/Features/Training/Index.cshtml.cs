using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Training;
using Ponte.Data;
using Ponte.Web.Infrastructure.Security;

namespace Ponte.Web.Features.Training;

/// <summary>/Training: the mentor training sessions of the organisation's programmes.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PontePageModel
{
    public const string Upcoming = "upcoming";
    public const string Past = "past";

    [BindProperty(SupportsGet = true)]
    public Guid? Programme { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? When { get; set; }

    public IReadOnlyList<ProgrammeOption> Programmes { get; private set; } = [];

    public Paged<SessionRow> Sessions { get; private set; } = null!;

    public bool Filtered => Programme is not null || When is not null;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Programmes = await TrainingInput.ProgrammesAsync(db, ct);
        if (Programme is { } p && Programmes.All(o => o.Id != p))
            Programme = null;
        if (When is not (Upcoming or Past))
            When = null;

        var query = from s in db.TrainingSessions
                    join prog in db.Programmes on s.ProgrammeId equals prog.Id
                    select new { s, prog.Name };
        if (Programme is { } programmeId)
            query = query.Where(x => x.s.ProgrammeId == programmeId);
        var now = Now;
        query = When switch
        {
            Upcoming => query.Where(x => x.s.StartsAt > now).OrderBy(x => x.s.StartsAt),
            Past => query.Where(x => x.s.StartsAt <= now).OrderByDescending(x => x.s.StartsAt),
            _ => query.OrderByDescending(x => x.s.StartsAt),
        };
        var rows = query.Select(x => new SessionRow(
            x.s.Id, x.s.Title, x.Name, x.s.StartsAt, x.s.Kind, x.s.Hours, x.s.Location, x.s.Trainer,
            EF.Property<List<Attendance>>(x.s, "_attendance").Count(a => a.Attended)));
        Sessions = await Paged<SessionRow>.Of(rows, page ?? 1, 25, ct);
    }

    public sealed record SessionRow(Guid Id, string Title, string Programme, DateTimeOffset StartsAt, TrainingKind Kind, decimal Hours, string? Location, string? Trainer, int Attended);
}
