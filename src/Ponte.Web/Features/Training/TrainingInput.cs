using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ponte.Domain.Common;
using Ponte.Domain.Training;
using Ponte.Data;

namespace Ponte.Web.Features.Training;

/// <summary>Marker of the training texts (Resources/Features/Training/TrainingText.*.resx).</summary>
public sealed class TrainingText;

/// <summary>A programme of the caller's organisation, as a choice in a form or filter.</summary>
public sealed record ProgrammeOption(Guid Id, string Name);

/// <summary>
/// Reading what people type for a training session. Each refusal names the domain field, so
/// pages put it next to the input and the API in its ProblemDetails.
/// </summary>
public static class TrainingInput
{
    public static Task<List<ProgrammeOption>> ProgrammesAsync(AppDbContext db, CancellationToken ct) =>
        db.Programmes.OrderBy(p => p.Name).Select(p => new ProgrammeOption(p.Id, p.Name)).ToListAsync(ct);

    /// <summary>A kind by its name ("Theory", "practice"); numbers and unknown names are refused.</summary>
    public static TrainingKind Kind(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainValidationException(nameof(TrainingSession.Kind), "Required", "Choose theory or practice.");
        var trimmed = value.Trim();
        if (!trimmed.All(char.IsLetter) || !Enum.TryParse<TrainingKind>(trimmed, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            throw new DomainValidationException(nameof(TrainingSession.Kind), "Invalid", "Choose theory or practice.");
        return kind;
    }

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
