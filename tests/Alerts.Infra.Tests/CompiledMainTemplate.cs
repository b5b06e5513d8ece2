using System.Text.Json.Nodes;

namespace Alerts.Infra.Tests;

/// <summary>infra/main.bicep compiled once for all the tests in <see cref="InfraCollection"/>.</summary>
public sealed class CompiledMainTemplate
{
    internal ArmTemplate Main { get; } =
        ArmTemplate.Parse(BicepCompiler.Build(RepositoryFiles.PathOf("infra", "main.bicep")));

    internal ArmTemplate FunctionApp => Main.Module("api");

    internal ArmTemplate Storage => Main.Module("storage");

    internal JsonObject Site => FunctionApp.OfType("Microsoft.Web/sites").Single();

    /// <summary>The function app's app settings: names and (ARM expression) values.</summary>
    internal IReadOnlyDictionary<string, string> AppSettings =>
        FunctionApp.OfType("Microsoft.Web/sites/config")
            .Single(c => ((string?)c["name"])?.Contains("'appsettings'", StringComparison.Ordinal) == true)["properties"]!
            .AsObject()
            .ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "");
}

[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<CompiledMainTemplate>
{
    public const string Name = "infra/main.bicep";
}
