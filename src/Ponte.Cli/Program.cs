using System.Diagnostics;
using Ponte.Domain.Matching;

namespace Ponte.Cli;

/// <summary>
/// <c>ponte match --candidates C.csv --mentors M.csv [--approved A.csv]</c> or
/// <c>ponte match --profiles P.json</c>: prints one JSON object on stdout. Malformed input or a
/// wrong command line exits with 2 and one line on stderr. <c>ponte indicators</c> computes the
/// funder's indicators from facts as CSV (<see cref="IndicatorsCommand"/>); <c>ponte migrate</c>
/// brings a database to the current schema (<see cref="MigrateCommand"/>).
/// </summary>
public static class Program
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    private const string Usage =
        "usage: ponte match --candidates C.csv --mentors M.csv [--approved A.csv] [--solver auto|paths|dense] [--stats]"
        + " | ponte match --profiles P.json [--solver ...] [--export DIR] [--stats]"
        + " | " + IndicatorsCommand.Usage
        + " | " + ReportCommand.Usage
        + " | " + MigrateCommand.Usage;

    public static int Main(string[] args)
    {
        using var stdout = Console.OpenStandardOutput();
        return Run(args, stdout, Console.Error);
    }

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Length > 0 && args[0] == MigrateCommand.Name)
                return MigrateCommand.Run(args, stdout, stderr);
            if (args.Length > 0 && args[0] == IndicatorsCommand.Name)
                return IndicatorsCommand.Run(args, stdout, stderr);
            if (args.Length > 0 && args[0] == ReportCommand.Name)
                return ReportCommand.Run(args, stdout, stderr);
            var options = Options.Parse(args);
            var clock = Stopwatch.StartNew();
            string stats;
            if (options.Profiles is not null)
            {
                stats = ProfilesCommand.Run(options, stdout);
            }
            else
            {
                stats = CsvCommand.Run(options, stdout);
            }

            if (options.Stats)
            {
                using var self = Process.GetCurrentProcess();
                stderr.WriteLine($"{stats} total_ms={clock.Elapsed.TotalMilliseconds:F1} process_ms={(DateTime.Now - self.StartTime).TotalMilliseconds:F0} cpu_ms={self.TotalProcessorTime.TotalMilliseconds:F0} gc_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} gcs={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} jit_ms={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} jitted={System.Runtime.JitInfo.GetCompiledMethodCount()}");
            }
            return Ok;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"ponte: {e.Message}; {Usage}");
            return BadInput;
        }
        catch (InputException e)
        {
            stderr.WriteLine(OneLine(e.Describe()));
            return BadInput;
        }
        catch (MatchingInputException e)
        {
            stderr.WriteLine(OneLine("ponte: " + e.Message));
            return BadInput;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

internal sealed class UsageException(string message) : Exception(message)
{
    /// <summary>The value after option <c>args[k]</c>, moving <paramref name="k"/> onto it; a missing value is a usage error.</summary>
    public static string ValueOf(string[] args, ref int k)
    {
        if (k + 1 >= args.Length || args[k + 1].StartsWith("--", StringComparison.Ordinal))
            throw new UsageException($"{args[k]} needs a value");
        return args[++k];
    }

    /// <summary>The options after the command: each of <paramref name="valued"/> with its value, each of <paramref name="flags"/> as "true"; anything else is a usage error.</summary>
    public static Dictionary<string, string> Options(string[] args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 1; k < args.Length; k++)
        {
            var name = args[k];
            if (valued.Contains(name))
                found[name] = ValueOf(args, ref k);
            else if (flags.Contains(name))
                found[name] = "true";
            else
                throw new UsageException($"unknown option \"{name}\"");
        }

        return found;
    }
}

internal sealed record Options(
    string? Candidates, string? Mentors, string? Approved, string? Profiles, SolverKind Solver, bool Stats, string? Export)
{
    public static Options Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "match")
            throw new UsageException(args.Length == 0 ? "no command" : $"unknown command \"{args[0]}\"");
        string? candidates = null, mentors = null, approved = null, profiles = null, export = null;
        var solver = SolverKind.Auto;
        var stats = false;
        for (var k = 1; k < args.Length; k++)
        {
            switch (args[k])
            {
                case "--candidates":
                    candidates = UsageException.ValueOf(args, ref k);
                    break;
                case "--mentors":
                    mentors = UsageException.ValueOf(args, ref k);
                    break;
                case "--approved":
                    approved = UsageException.ValueOf(args, ref k);
                    break;
                case "--profiles":
                    profiles = UsageException.ValueOf(args, ref k);
                    break;
                case "--solver":
                    solver = UsageException.ValueOf(args, ref k) switch
                    {
                        "auto" => SolverKind.Auto,
                        "paths" => SolverKind.ShortestPaths,
                        "dense" => SolverKind.DenseAssignment,
                        var other => throw new UsageException($"unknown solver \"{other}\""),
                    };
                    break;
                case "--export":
                    export = UsageException.ValueOf(args, ref k);
                    break;
                case "--stats":
                    stats = true;
                    break;
                default:
                    throw new UsageException($"unknown option \"{args[k]}\"");
            }
        }

        if (profiles is not null && (candidates ?? mentors ?? approved) is not null)
            throw new UsageException("--profiles does not go with --candidates, --mentors or --approved");
        if (profiles is null && (candidates is null || mentors is null))
            throw new UsageException("match needs --candidates and --mentors, or --profiles");
        if (export is not null && profiles is null)
            throw new UsageException("--export goes with --profiles");
        return new Options(candidates, mentors, approved, profiles, solver, stats, export);

    }
}
