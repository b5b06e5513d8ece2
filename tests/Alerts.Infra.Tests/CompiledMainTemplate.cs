using System.Text.Json.Nodes;

namespace Alerts.Infra.Tests;

/// <summary>infra/main.bicep compiled once for all the tests in <see cref="InfraCollection"/>.</summary>
public sealed class CompiledMainTemplate
{
    public CompiledMainTemplate()
    {
        Main = ArmTemplate.Parse(BicepCompiler.Build(RepositoryFiles.PathOf("infra", "main.bicep")));
        AppSettings = FunctionApp.OfType("Microsoft.Web/sites/config")
            .Single(c => ((string?)c["name"])?.Contains("'appsettings'", StringComparison.Ordinal) == true)["properties"]!
            .AsObject()
            .ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "");
    }

    internal ArmTemplate Main { get; }

    /// <summary>The function app's app settings: names and (ARM expression) values.</summary>
    internal IReadOnlyDictionary<string, string> AppSettings { get; }

    internal ArmTemplate FunctionApp => Main.Module("api");

    internal ArmTemplate Storage => Main.Module("storage");

    internal JsonObject Site => FunctionApp.OfType("Microsoft.Web/sites").Single();
}

[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<CompiledMainTemplate>
{
    public const string Name = "infra/main.bicep";
}
