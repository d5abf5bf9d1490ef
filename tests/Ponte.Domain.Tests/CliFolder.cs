using System.Text;
using Ponte.Cli;

namespace Ponte.Domain.Tests;

/// <summary>A temporary folder for a command's input files, and the command run in-process with its exit code, stdout and stderr.</summary>
public abstract class CliFolder : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory("ponte-cli-").FullName;

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected string File(string name, string content)
    {
        var path = Path.Combine(Dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    protected static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
