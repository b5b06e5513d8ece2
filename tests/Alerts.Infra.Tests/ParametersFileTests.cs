using System.Text.Json.Nodes;

namespace Alerts.Infra.Tests;

/// <summary>infra/main.parameters.json (what azd fills in) against main.bicep's parameters.</summary>
[Collection(InfraCollection.Name)]
public sealed class ParametersFileTests(CompiledMainTemplate template)
{
    private static readonly JsonObject File = JsonNode.Parse(
        System.IO.File.ReadAllText(RepositoryFiles.PathOf("infra", "main.parameters.json")))!["parameters"]!.AsObject();

    [Fact]
    public void ParametersFile_NamesOnlyDeclaredParameters()
    {
        var unknown = File.Select(p => p.Key).Where(name => !template.Main.Parameters.ContainsKey(name)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void ParametersFile_CoversEveryParameterWithoutDefault()
    {
        var uncovered = template.Main.Parameters
            .Where(p => p.Value?["defaultValue"] is null && !File.ContainsKey(p.Key))
            .Select(p => p.Key)
            .ToList();

        Assert.Empty(uncovered);
    }
}
