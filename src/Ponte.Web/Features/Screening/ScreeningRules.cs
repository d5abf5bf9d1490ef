using Ponte.Domain.Common;
using Ponte.Domain.Screening;
using Ponte.Web.Infrastructure.Localization;

namespace Ponte.Web.Features.Screening;

/// <summary>One rating as typed into the form or sent to the API, before the domain sees it.</summary>
public sealed record RatingInput(Indicator Indicator, int? Score, string? Note);

/// <summary>
/// Checks a whole screening at once, so that the form can show every mistake next to its field
/// (the domain stops at the first). Field names follow the domain's: <c>Ratings[HardSkills]</c>,
/// <c>Ratings[HardSkills].Note</c>, <c>TakenAt</c>.
/// </summary>
public static class ScreeningRules
{
    public static List<DomainValidationException> ValidateRatings(IReadOnlyCollection<RatingInput> ratings)
    {
        var errors = new List<DomainValidationException>();
        if (ratings.Any(r => !Enum.IsDefined(r.Indicator)))
            errors.Add(new DomainValidationException("Ratings", "Invalid", "An indicator has an unknown value."));

        foreach (var indicator in Indicators.All)
        {
            var given = ratings.Where(r => r.Indicator == indicator).ToList();
            var field = $"Ratings[{indicator}]";
            if (given.Count > 1)
            {
                errors.Add(new DomainValidationException(field, "DuplicateIndicator", "Each indicator is rated once."));
                continue;
            }

            var rating = given.FirstOrDefault();
            if (rating?.Score is not (>= 1 and <= 5))
                errors.Add(new DomainValidationException(field, "ScoreRange", "Choose a rating from 1 to 5.", 1, 5));
            if (rating?.Note?.Trim().Length > Rating.NoteMax)
                errors.Add(new DomainValidationException(field + ".Note", "MaxLength", $"Use at most {Rating.NoteMax} characters.", Rating.NoteMax));
        }

        return errors;
    }

    /// <summary>The ratings the domain takes, once <see cref="ValidateRatings"/> found nothing.</summary>
    public static IEnumerable<(Indicator Indicator, int Score, string? Note)> ForDomain(IEnumerable<RatingInput> ratings) =>
        ratings.Select(r => (r.Indicator, r.Score ?? 0, r.Note));

    /// <summary>
    /// The moment a screening typed as a date was taken: now, for today before noon; else noon of
    /// that day in her local time, so the day reads the same wherever the page shows it.
    /// </summary>
    public static DateTimeOffset TakenAt(DateOnly date, DateTimeOffset now, LocalTime local)
    {
        var noon = local.Instant(date, new TimeOnly(12, 0));
        return noon < now ? noon : now;
    }
}
