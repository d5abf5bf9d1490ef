using Microsoft.EntityFrameworkCore;
using Ponte.Data;

namespace Ponte.Web.Features.Events;

/// <summary>When, how long and where, as the event forms post them (the time as typed in her zone).</summary>
public class EventSlotInput
{
    public string? StartsAt { get; set; }

    public int? Minutes { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }
}

/// <summary>A programme event's form: its slot, what it is and for whom.</summary>
public sealed class ProgrammeEventInput : EventSlotInput
{
    public string? ProgrammeId { get; set; }

    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public int? Capacity { get; set; }

    public string? HoursKind { get; set; }
}

/// <summary>A network event's form: its slot, what it is and the organisations taking part.</summary>
public sealed class NetworkEventInput : EventSlotInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public List<Guid> OrganisationIds { get; set; } = [];
}

/// <summary>A choice in a form: a programme, an organisation, a person.</summary>
public sealed record EventOption(Guid Id, string Name, string? Detail = null);

public static class EventOptions
{
    public static Task<List<EventOption>> ProgrammesAsync(AppDbContext db, CancellationToken ct) =>
        db.Programmes.OrderBy(p => p.Name).Select(p => new EventOption(p.Id, p.Name, null)).ToListAsync(ct);

    public static Task<List<EventOption>> OrganisationsAsync(AppDbContext db, CancellationToken ct) =>
        db.Organisations.OrderBy(o => o.CountryCode).ThenBy(o => o.Name).Select(o => new EventOption(o.Id, o.Name, o.CountryCode)).ToListAsync(ct);
}
