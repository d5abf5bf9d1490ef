namespace Ponte.Web.Features.Mentoring;

/// <summary>Marker of the check-in and needs-attention texts (Resources/Features/Mentoring/CheckInText.*.resx).</summary>
public sealed class CheckInText;
