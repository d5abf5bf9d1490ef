namespace Ponte.Web.Features.Mentoring;

/// <summary>Marker of the support plan's texts (Resources/Features/Mentoring/PlanText.*.resx), its enum labels and refusals included.</summary>
public sealed class PlanText;
