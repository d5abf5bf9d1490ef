namespace Ponte.Web.Features.Public;

/// <summary>Marker for the public application form's resources (Resources/Features/Public/PublicText*.resx).</summary>
public sealed class PublicText;
