using System.Text.Json.Nodes;

namespace Alerts.Infra.Tests;

/// <summary>
/// A compiled ARM template (what <c>bicep build</c> writes), with the nested templates of its
/// modules. Reads both layouts: resources as an array, or keyed by symbolic name (languageVersion 2.0).
/// </summary>
internal sealed class ArmTemplate(JsonObject root)
{
    public static ArmTemplate Parse(string json) =>
        new(JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("The compiled template is empty."));

    public IEnumerable<JsonObject> Resources => root["resources"] switch
    {
        JsonArray list => list.OfType<JsonObject>(),
        JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    public string? Schema => (string?)root["$schema"];

    public JsonObject Parameters => root["parameters"]?.AsObject() ?? [];

    public JsonObject Variables => root["variables"]?.AsObject() ?? [];

    /// <summary>Every module's deployment resource (its nested template under properties.template).</summary>
    public IEnumerable<JsonObject> ModuleDeployments => OfType("Microsoft.Resources/deployments");

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The non-existing resources of a type, in this template and every module under it.</summary>
    public IEnumerable<JsonObject> DeclaredEverywhere(string type) =>
        OfType(type).Where(r => r["existing"]?.GetValue<bool>() != true)
            .Concat(Modules.SelectMany(m => m.DeclaredEverywhere(type)));

    public IEnumerable<ArmTemplate> Modules =>
        ModuleDeployments.Select(d => new ArmTemplate(d["properties"]!["template"]!.AsObject()));

    /// <summary>The module deployed under this deployment name, e.g. "api".</summary>
    public ArmTemplate Module(string deploymentName) =>
        new(ModuleDeployments.Single(d => (string?)d["name"] == deploymentName)["properties"]!["template"]!.AsObject());

    public IReadOnlyList<string> StringArrayVariable(string name) =>
        Variables[name]?.AsArray().Select(n => (string)n!).ToList()
        ?? throw new KeyNotFoundException($"The template has no variable '{name}'.");

    public override string ToString() => root.ToJsonString();
}
