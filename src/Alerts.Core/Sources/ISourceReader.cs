using Alerts.Core.Items;

namespace Alerts.Core.Sources;

/// <summary>Reads one kind of source. The seam between polling and the network.</summary>
public interface ISourceReader
{
    SourceKind Kind { get; }

    Task<SourceReadResult> ReadAsync(Source source, SourceState state, CancellationToken cancellationToken);
}

/// <summary>What one read of a source produced.</summary>
public sealed record SourceReadResult
{
    public IReadOnlyList<SourceItem> Items { get; init; } = [];

    /// <summary>The server answered 304: nothing changed since the last read.</summary>
    public bool NotModified { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public string? Cursor { get; init; }

    public static SourceReadResult Unchanged(SourceState state) =>
        new() { NotModified = true, ETag = state.ETag, LastModified = state.LastModified, Cursor = state.Cursor };
}

/// <summary>A read failed in a way worth retrying later (network, 5xx, 429).</summary>
public sealed class SourceReadException(string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The server's Retry-After, when it gave one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
