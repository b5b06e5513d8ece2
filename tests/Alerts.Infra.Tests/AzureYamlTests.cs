using System.Text.RegularExpressions;

namespace Alerts.Infra.Tests;

/// <summary>azure.yaml (what `azd up` reads) points at the Functions project and the Bicep template.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class AzureYamlTests(CompiledMainTemplate template)
{
    private static readonly string Yaml = File.ReadAllText(RepositoryFiles.PathOf("azure.yaml"));

    [Fact]
    public void ApiService_IsTheFunctionsProject_HostedAsAFunction()
    {
        var project = Value("project");

        Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, project, "Alerts.Functions.csproj")), $"{project} has no Alerts.Functions.csproj");
        Assert.Equal("function", Value("host"));
        Assert.Equal("dotnet", Value("language"));
    }

    [Fact]
    public void Service_IsTheOneTheSiteIsTaggedWith()
    {
        // azd deploys a service to the resource tagged azd-service-name = the service's key.
        var service = Regex.Match(Yaml, @"(?m)^services:\s*\n\s+(?<name>[\w-]+):\s*$");

        Assert.True(service.Success, "azure.yaml declares no service");
        Assert.Contains($"'azd-service-name', '{service.Groups["name"].Value}'", template.Site["tags"]?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Infra_IsTheBicepMainModule()
    {
        Assert.Equal("bicep", Value("provider"));
        Assert.Equal("infra", Value("path"));
        Assert.Equal("main", Value("module"));
        Assert.True(File.Exists(RepositoryFiles.PathOf("infra", "main.bicep")));
    }

    private static string Value(string key)
    {
        var match = Regex.Match(Yaml, $@"(?m)^\s+{key}:\s*(?<value>\S+)\s*$");
        Assert.True(match.Success, $"azure.yaml has no '{key}:'");
        return match.Groups["value"].Value;
    }
}
