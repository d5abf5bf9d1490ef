using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Training;
using Ponte.Data;

namespace Ponte.Web.Features.Training;

/// <summary>A programme of the caller's organisation, as a choice in a form or filter.</summary>
public sealed record ProgrammeOption(Guid Id, string Name);

/// <summary>
/// Reading what people type in the training pages' forms. Each refusal names the domain field,
/// so the page puts it next to the input.
/// </summary>
public static class TrainingInput
{
    public static Task<List<ProgrammeOption>> ProgrammesAsync(AppDbContext db, CancellationToken ct) =>
        db.Programmes.OrderBy(p => p.Name).Select(p => new ProgrammeOption(p.Id, p.Name)).ToListAsync(ct);

    /// <summary>Hours as typed in a form: "1.5" or "1,5".</summary>
    public static decimal Hours(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainValidationException(nameof(TrainingSession.Hours), "Required", "Enter the hours.");
        var normalised = value.Trim();
        if (!normalised.Contains('.', StringComparison.Ordinal))
            normalised = normalised.Replace(',', '.');
        if (!decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours))
            throw new DomainValidationException(nameof(TrainingSession.Hours), "Number", "Enter a number.");
        return hours;
    }
}
