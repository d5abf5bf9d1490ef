namespace Ponte.Web.Infrastructure.Security;

public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Manager = nameof(Manager);
    public const string Coordinator = nameof(Coordinator);
}
