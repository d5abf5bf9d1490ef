namespace Ponte.Web.Features.Mentoring;

/// <summary>Marker of the mentoring texts (Resources/Features/Mentoring/MentoringText.*.resx).</summary>
public sealed class MentoringText;
