using Microsoft.Extensions.Logging;

namespace Alerts.Core.Sources.Health;

/// <summary>Operator alerts as structured log entries: an error when a source breaks, information when it recovers.</summary>
public sealed partial class LoggingOperatorAlerts(ILogger<LoggingOperatorAlerts> logger) : IOperatorAlerts
{
    public Task SourceBrokenAsync(SourceHealth health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(health);
        LogBroken(logger, health.SourceId, health.FailingSince, health.ConsecutiveFailures, health.LastError);
        return Task.CompletedTask;
    }

    public Task SourceRecoveredAsync(SourceHealth health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(health);
        LogRecovered(logger, health.SourceId);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Error, Message = "OPERATOR ALERT: source {SourceId} is broken since {FailingSince} ({Failures} failures in a row); last error: {LastError}")]
    private static partial void LogBroken(ILogger logger, string sourceId, DateTimeOffset? failingSince, int failures, string? lastError);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Operator alert cleared: source {SourceId} has recovered")]
    private static partial void LogRecovered(ILogger logger, string sourceId);
}
