using System.Globalization;
using System.Text.Json.Nodes;

namespace Alerts.Cli.Run;

/// <summary>Reads the settings of host.json the runner honours, with the Functions host's defaults.</summary>
internal static class HostJson
{
    public static QueueSettings QueueSettings(string path)
    {
        var defaults = new QueueSettings();
        var queues = Load(path)?["extensions"]?["queues"];
        return queues is null ? defaults : new QueueSettings
        {
            BatchSize = (int?)queues["batchSize"] ?? defaults.BatchSize,
            MaxDequeueCount = (int?)queues["maxDequeueCount"] ?? defaults.MaxDequeueCount,
            VisibilityTimeout = Time(queues["visibilityTimeout"]) ?? defaults.VisibilityTimeout,
            MaxPollingInterval = Time(queues["maxPollingInterval"]) ?? defaults.MaxPollingInterval,
        };
    }

    /// <summary>extensions.http.routePrefix; "api" when absent, as in the Functions host.</summary>
    public static string RoutePrefix(string path) =>
        ((string?)Load(path)?["extensions"]?["http"]?["routePrefix"] ?? "api").Trim('/');

    private static JsonNode? Load(string path) => File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;

    private static TimeSpan? Time(JsonNode? node) =>
        node is null ? null : TimeSpan.Parse((string)node!, CultureInfo.InvariantCulture);
}
