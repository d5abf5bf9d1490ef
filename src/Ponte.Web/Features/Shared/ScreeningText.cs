namespace Ponte.Web.Features.Shared;

/// <summary>
/// Marker for the screening strings (Resources/Features/Shared/ScreeningText*.resx), read by the
/// screening pages and by the screening section and target-group form of the participant page.
/// </summary>
public sealed class ScreeningText;
