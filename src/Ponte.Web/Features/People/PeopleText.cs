namespace Ponte.Web.Features.People;

/// <summary>Resource marker for the People (staff and invitations) area.</summary>
public sealed class PeopleText;
