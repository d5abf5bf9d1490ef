namespace Ponte.Web.Infrastructure.Security;

public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Manager = nameof(Manager);
    public const string Coordinator = nameof(Coordinator);

    /// <summary>The figures: managers (their organisation's) and the network coordinator (the network's).</summary>
    public const string Reports = nameof(Reports);
}
