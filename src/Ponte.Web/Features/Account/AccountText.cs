namespace Ponte.Web.Features.Account;

/// <summary>Resource marker for the Account area's own texts (its older pages use the shared ones).</summary>
public sealed class AccountText;
