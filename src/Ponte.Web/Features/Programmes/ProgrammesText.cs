namespace Ponte.Web.Features.Programmes;

/// <summary>Resource marker for the Programmes area.</summary>
public sealed class ProgrammesText;
