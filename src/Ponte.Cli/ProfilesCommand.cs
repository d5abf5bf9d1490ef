namespace Ponte.Cli;

internal static class ProfilesCommand
{
    public static string Run(Options options, Stream stdout) => throw new InputException(options.Profiles!, 0, "not yet supported");
}
