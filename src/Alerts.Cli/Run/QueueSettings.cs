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
}
