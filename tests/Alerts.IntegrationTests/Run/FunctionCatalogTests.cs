using System.Reflection;
using System.Text.Json.Nodes;
using Alerts.Cli.Run;
using Alerts.Functions;

namespace Alerts.IntegrationTests.Run;

/// <summary>
/// The local runner and the Functions host must not drift: every function the Functions SDK
/// generated metadata for (what Azure runs) is one the runner discovers, with the same trigger,
/// and one it can run.
/// </summary>
public sealed class FunctionCatalogTests
{
    private static readonly IReadOnlyList<FunctionDescriptor> Functions = FunctionCatalog.Discover(typeof(FunctionServices).Assembly);

    [Fact]
    public void Discover_FunctionsApp_EveryFunctionIsRunnableLocally()
    {
        Assert.NotEmpty(Functions);
        Assert.All(Functions, f => Assert.Null(FunctionCatalog.Unsupported(f)));
    }

    [Fact]
    public void Discover_FunctionsApp_MatchesTheSdkGeneratedFunctionsMetadata()
    {
        var metadata = JsonNode.Parse(File.ReadAllText(MetadataPath()))!.AsArray();

        Assert.Equal(
            metadata.Select(f => (string)f!["name"]!).Order(),
            Functions.Select(f => f.Name).Order());
        foreach (var function in metadata)
        {
            var local = Functions.Single(f => f.Name == (string)function!["name"]!);
            var trigger = function!["bindings"]!.AsArray().Single(b => ((string)b!["type"]!).EndsWith("Trigger", StringComparison.Ordinal))!;
            var output = function["bindings"]!.AsArray().SingleOrDefault(b => (string)b!["type"]! == "queue");
            Assert.Equal((string)trigger["type"]!, local.Kind switch
            {
                TriggerKind.Timer => "timerTrigger",
                TriggerKind.Queue => "queueTrigger",
                TriggerKind.Http => "httpTrigger",
                _ => "unknown",
            });
            Assert.Equal((string?)trigger["queueName"], local.TriggerQueue);
            Assert.Equal((string?)output?["queueName"], local.OutputQueue);
        }
    }

    [Fact]
    public void Unsupported_FunctionWithUnknownParameter_SaysWhy()
    {
        var function = FunctionCatalog.Discover(typeof(FunctionCatalogTests).Assembly).Single(f => f.Name == nameof(UnrunnableFunction));

        Assert.Contains("context", FunctionCatalog.Unsupported(function), StringComparison.Ordinal);
    }

    private static string MetadataPath()
    {
        var configuration = typeof(FunctionCatalogTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "Alerts.Functions", "bin", configuration, "net10.0", "functions.metadata");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("functions.metadata of the Functions build was not found; build src/Alerts.Functions first");
    }

    /// <summary>A function the runner cannot run (FunctionContext has no local binding).</summary>
    public sealed class UnrunnableFunction
    {
        [Microsoft.Azure.Functions.Worker.Function(nameof(UnrunnableFunction))]
        public static void Run([Microsoft.Azure.Functions.Worker.QueueTrigger("q")] string message, Microsoft.Azure.Functions.Worker.FunctionContext context)
        {
        }
    }
}
