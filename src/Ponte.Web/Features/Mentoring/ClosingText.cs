namespace Ponte.Web.Features.Mentoring;

/// <summary>Marker of the texts of ending, evaluating and renewing a process (Resources/Features/Mentoring/ClosingText.*.resx).</summary>
public sealed class ClosingText;
