namespace Ponte.Web.Features.Organisations;

/// <summary>Resource marker for the Organisations area.</summary>
public sealed class OrganisationsText;
