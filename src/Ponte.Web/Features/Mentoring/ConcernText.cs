namespace Ponte.Web.Features.Mentoring;

/// <summary>Marker of the safeguarding concern texts (Resources/Features/Mentoring/ConcernText.*.resx).</summary>
public sealed class ConcernText;
