using Ponte.Domain.Applications;

namespace Ponte.Web.Features.Applications;

/// <summary>How the inbox shows statuses (times: <see cref="Infrastructure.Localization.LocalTime"/>).</summary>
public static class Display
{
    public static string BadgeClass(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Accepted => "badge ok",
        ApplicationStatus.Declined => "badge bad",
        ApplicationStatus.WaitListed or ApplicationStatus.InterviewScheduled => "badge warn",
        _ => "badge",
    };
}
