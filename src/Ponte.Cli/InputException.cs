namespace Ponte.Cli;

/// <summary>Malformed input: becomes exit code 2 and one line on stderr, "FILE:LINE: problem".</summary>
public sealed class InputException(string file, int line, string problem) : Exception(problem)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;

    public string Describe() => Line > 0 ? $"{File}:{Line}: {Problem}" : $"{File}: {Problem}";
}
