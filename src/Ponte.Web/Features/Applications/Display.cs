using System.Globalization;
using Microsoft.Extensions.Localization;
using Ponte.Domain.Applications;

namespace Ponte.Web.Features.Applications;

/// <summary>How the inbox shows statuses and times.</summary>
public static class Display
{
    /// <summary>
    /// Interview times are typed and shown in UTC (labelled as such): the organisation's own time
    /// zone is not recorded yet, and a time that says what it is beats one that guesses.
    /// </summary>
    public static string When(DateTimeOffset at, IStringLocalizer text) =>
        text["Time.Utc", Day(at), at.UtcDateTime.ToString("t", CultureInfo.CurrentCulture)];

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The value a datetime-local input shows for a time.</summary>
    public static string LocalInput(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string BadgeClass(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Accepted => "badge ok",
        ApplicationStatus.Declined => "badge bad",
        ApplicationStatus.WaitListed or ApplicationStatus.InterviewScheduled => "badge warn",
        _ => "badge",
    };
}
