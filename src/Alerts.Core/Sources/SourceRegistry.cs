using System.Reflection;
using System.Text.Json;

namespace Alerts.Core.Sources;

/// <summary>The default set of sources shipped with the service (embedded default-sources.json).</summary>
public static class SourceRegistry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<Source> Defaults()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Alerts.Core.Sources.default-sources.json")
            ?? throw new InvalidOperationException("default-sources.json is not embedded");
        return JsonSerializer.Deserialize<List<Source>>(stream, Json) ?? [];
    }
}
