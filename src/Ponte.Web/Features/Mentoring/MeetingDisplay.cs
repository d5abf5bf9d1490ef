using Ponte.Domain.Mentoring;

namespace Ponte.Web.Features.Mentoring;

public static class MeetingDisplay
{
    public static string BadgeClass(MeetingStatus status) => status switch
    {
        MeetingStatus.Logged => "badge ok",
        MeetingStatus.Cancelled => "badge bad",
        _ => "badge",
    };
}
