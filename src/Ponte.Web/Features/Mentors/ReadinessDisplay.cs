using System.Globalization;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Participants;

namespace Ponte.Web.Features.Mentors;

/// <summary>
/// How readiness and training pages write dates and times. Times are shown (and typed) in UTC,
/// marked as such, until organisations carry a time zone.
/// </summary>
public static class ReadinessDisplay
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"23 Nov 2026, 17:00 UTC" in the page's language; the localizer has the "Time.Utc" pattern.</summary>
    public static string When(DateTimeOffset at, IStringLocalizer text) =>
        text["Time.Utc", at.UtcDateTime.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture)];

    public static string StatusClass(ParticipantStatus status) => status switch
    {
        ParticipantStatus.ReadyToMatch or ParticipantStatus.Matched => "ok",
        ParticipantStatus.Withdrawn => "bad",
        ParticipantStatus.Accepted or ParticipantStatus.InTraining => "warn",
        _ => string.Empty,
    };
}
