namespace Ponte.Web.Features.Reports;

/// <summary>Marker of the texts of the outcome indicators, targets and reports (Resources/Features/Reports/ReportsText.*.resx).</summary>
public sealed class ReportsText;
