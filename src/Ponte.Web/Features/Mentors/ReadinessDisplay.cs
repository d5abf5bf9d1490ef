using Ponte.Domain.Participants;

namespace Ponte.Web.Features.Mentors;

/// <summary>How readiness and training pages mark statuses (times: <see cref="Infrastructure.Localization.LocalTime"/>).</summary>
public static class ReadinessDisplay
{
    public static string StatusClass(ParticipantStatus status) => status switch
    {
        ParticipantStatus.ReadyToMatch or ParticipantStatus.Matched => "ok",
        ParticipantStatus.Withdrawn => "bad",
        ParticipantStatus.Accepted or ParticipantStatus.InTraining => "warn",
        _ => string.Empty,
    };
}
