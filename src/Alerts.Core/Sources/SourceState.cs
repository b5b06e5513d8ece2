namespace Alerts.Core.Sources;

/// <summary>Polling state and health of one source.</summary>
public sealed record SourceState
{
    public required string SourceId { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Reader-specific position, e.g. the last Telegram post id seen.</summary>
    public string? Cursor { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public string? LastError { get; init; }

    public int ConsecutiveFailures { get; init; }

    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>When the current run of failures began; null while healthy.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>Whether the operator has been told about the current failure run.</summary>
    public bool OperatorAlerted { get; init; }

    /// <summary>Optimistic-concurrency tag of the stored row; null for a new state.</summary>
    public string? Version { get; init; }
}
