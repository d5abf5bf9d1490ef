namespace Ponte.Web.Features.Applications;

/// <summary>Marker for the staff inbox's resources (Resources/Features/Applications/ApplicationsText*.resx).</summary>
public sealed class ApplicationsText;
