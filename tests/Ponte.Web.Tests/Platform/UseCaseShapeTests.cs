using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Ponte.Web.Features.Shared;
using Ponte.Web.Tests.Infrastructure;
using Xunit;

namespace Ponte.Web.Tests.Platform;

/// <summary>
/// The shape of the site's code (docs/decisions/0017-one-handler-per-state-change.md): a state
/// change is a handler the page and the API both call, pages and endpoints never save, and an
/// area uses only its own folder and Features/Shared.
/// </summary>
public sealed partial class UseCaseShapeTests
{
    private static readonly string Features = Path.Combine(LocalizationTests.RepoRoot(), "src", "Ponte.Web", "Features");

    private static IEnumerable<(string Area, string File)> AreaFiles() =>
        Directory.EnumerateDirectories(Features)
            .Select(Path.GetFileName)
            .Where(area => area is not "Shared")
            .SelectMany(area => Directory.EnumerateFiles(Path.Combine(Features, area!), "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                .Select(f => (area!, f)));

    [GeneratedRegex(@"Ponte\.Web\.Features\.(?<area>[A-Z][A-Za-z]*)|/Features/(?<area>[A-Z][A-Za-z]*)/")]
    private static partial Regex AreaReference();

    [Fact]
    public void No_area_reaches_into_another_areas_folder()
    {
        var areas = Directory.EnumerateDirectories(Features).Select(Path.GetFileName).ToHashSet();
        var reaches = AreaFiles()
            .SelectMany(x => AreaReference().Matches(File.ReadAllText(x.File))
                .Select(m => m.Groups["area"].Value)
                .Where(other => other != x.Area && other != "Shared" && areas.Contains(other))
                .Select(other => $"{Path.GetRelativePath(Features, x.File)} -> {other}"))
            .Distinct()
            .ToList();

        Assert.True(reaches.Count == 0, "Move what two areas share to Features/Shared:\n" + string.Join('\n', reaches));
    }

    [Fact]
    public void Pages_and_endpoints_leave_saving_to_the_handlers()
    {
        var saving = AreaFiles()
            .Where(x => x.File.EndsWith(".cshtml.cs", StringComparison.Ordinal) || x.File.EndsWith("Api.cs", StringComparison.Ordinal))
            .Where(x => File.ReadAllText(x.File).Contains("SaveChanges", StringComparison.Ordinal))
            .Select(x => Path.GetRelativePath(Features, x.File))
            .ToList();

        Assert.True(saving.Count == 0, "A state change belongs in a handler (IHandler) of its area:\n" + string.Join('\n', saving));
    }

    [Fact]
    public void Handlers_are_found_and_each_is_named_after_its_state_change()
    {
        var handlers = UseCases.Handlers().ToList();

        Assert.Contains(typeof(Ponte.Web.Features.Applications.Accept.Handler), handlers);
        Assert.All(handlers, h =>
        {
            Assert.Equal("Handler", h.Name);
            Assert.NotNull(h.DeclaringType);
            var area = h.Namespace!.Split('.')[^1];
            Assert.True(File.Exists(Path.Combine(Features, area, h.DeclaringType!.Name + ".cs")),
                $"{h.FullName} lives in Features/{area}/{h.DeclaringType.Name}.cs");
        });
    }
}

/// <summary>Every handler can be built from the site's services: nothing is looked up at run time.</summary>
public abstract class HandlerRegistrationTests(PonteFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public void Every_handler_is_registered_and_resolves_in_a_request_scope()
    {
        using var scope = Factory.Services.CreateScope();
        var handlers = UseCases.Handlers().ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.NotNull(scope.ServiceProvider.GetRequiredService(h)));
    }
}

public sealed class SqliteHandlerRegistrationTests(SqliteFactory f) : HandlerRegistrationTests(f), IClassFixture<SqliteFactory>;
