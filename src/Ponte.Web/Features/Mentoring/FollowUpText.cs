namespace Ponte.Web.Features.Mentoring;

/// <summary>Marker of the follow-up texts (Resources/Features/Mentoring/FollowUpText.*.resx).</summary>
public sealed class FollowUpText;
