namespace Ponte.Web.Features.Screening;

/// <summary>Marker for the screening strings (Resources/Features/Screening/ScreeningText*.resx).</summary>
public sealed class ScreeningText;
