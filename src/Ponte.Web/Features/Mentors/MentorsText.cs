namespace Ponte.Web.Features.Mentors;

/// <summary>Marker of the mentor-readiness texts (Resources/Features/Mentors/MentorsText.*.resx).</summary>
public sealed class MentorsText;
