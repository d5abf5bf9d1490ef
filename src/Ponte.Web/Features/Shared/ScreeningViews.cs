using Ponte.Data;
using Ponte.Domain.Participants;
using Ponte.Domain.Screening;

namespace Ponte.Web.Features.Shared;

/// <summary>
/// One rating as the caller may see it. A sensitive note the caller may not read is never sent:
/// <see cref="Note"/> is null and <see cref="NoteHidden"/> is true — for every sensitive rating,
/// whether or not a note exists, so that not even the existence of a health note leaks.
/// </summary>
public sealed record RatingView(Indicator Indicator, Viewpoint Viewpoint, int Score, string? Note, bool NoteHidden, bool Sensitive);

public sealed record AssessmentView(Guid Id, DateTimeOffset TakenAt, AssessmentMode Mode, string AssessedBy, IReadOnlyList<RatingView> Ratings);

/// <summary>The change of one indicator from the first screening to the latest: her progress.</summary>
public sealed record ProgressView(Indicator Indicator, Viewpoint Viewpoint, int First, int Latest, int Change);

public static class ScreeningViews
{
    /// <param name="names">The names of the staff who assessed (<see cref="UserNamesQuery.UserNamesAsync"/>); her own screening shows her name.</param>
    public static AssessmentView View(Assessment assessment, Participant participant, ParticipantAccess access, UserNames names) => new(
        assessment.Id,
        assessment.TakenAt,
        assessment.Mode,
        assessment.AssessedById is null ? participant.Profile.FullName : names[assessment.AssessedById] ?? string.Empty,
        assessment.Ratings.OrderBy(r => r.Indicator).Select(r =>
        {
            var readable = access.MayReadNote(participant, assessment, r);
            return new RatingView(r.Indicator, Indicators.ViewpointOf(r.Indicator), r.Score, readable ? r.Note : null, !readable, r.IsSensitive);
        }).ToList());

    /// <summary>Screenings oldest first, as charts and progress read them.</summary>
    public static IReadOnlyList<AssessmentView> Views(IEnumerable<Assessment> assessments, Participant participant, ParticipantAccess access, UserNames names) =>
        assessments.OrderBy(a => a.TakenAt).ThenBy(a => a.CreatedAt).Select(a => View(a, participant, access, names)).ToList();

    /// <summary>Per indicator, the first and latest score; empty until there is a screening.</summary>
    public static IReadOnlyList<ProgressView> Progress(IReadOnlyList<AssessmentView> oldestFirst)
    {
        if (oldestFirst.Count == 0)
            return [];
        var first = oldestFirst[0];
        var latest = oldestFirst[^1];
        return Indicators.All.Select(i =>
        {
            var a = first.Ratings.First(r => r.Indicator == i).Score;
            var b = latest.Ratings.First(r => r.Indicator == i).Score;
            return new ProgressView(i, Indicators.ViewpointOf(i), a, b, b - a);
        }).ToList();
    }
}
