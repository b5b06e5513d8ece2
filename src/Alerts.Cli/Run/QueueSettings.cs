using System.Text.Json.Nodes;

namespace Alerts.Cli.Run;

/// <summary>host.json's extensions.queues settings, with the Functions host's defaults.</summary>
internal sealed record QueueSettings
{
    public int BatchSize { get; init; } = 16;

    public int MaxDequeueCount { get; init; } = 5;

    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a message stays hidden while a function works on it.</summary>
    public TimeSpan ProcessingLease { get; init; } = TimeSpan.FromMinutes(10);

    public static QueueSettings FromHostJson(string path)
    {
        var defaults = new QueueSettings();
        if (!File.Exists(path))
        {
            return defaults;
        }

        var queues = JsonNode.Parse(File.ReadAllText(path))?["extensions"]?["queues"];
        if (queues is null)
        {
            return defaults;
        }

        return new QueueSettings
        {
            BatchSize = (int?)queues["batchSize"] ?? defaults.BatchSize,
            MaxDequeueCount = (int?)queues["maxDequeueCount"] ?? defaults.MaxDequeueCount,
            VisibilityTimeout = Time(queues["visibilityTimeout"]) ?? defaults.VisibilityTimeout,
            MaxPollingInterval = Time(queues["maxPollingInterval"]) ?? defaults.MaxPollingInterval,
        };
    }

    private static TimeSpan? Time(JsonNode? node) =>
        node is null ? null : TimeSpan.Parse((string)node!, System.Globalization.CultureInfo.InvariantCulture);
}
