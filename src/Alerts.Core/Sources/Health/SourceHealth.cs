using System.Text.Json.Serialization;

namespace Alerts.Core.Sources.Health;

/// <summary>How a source is doing, in one word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceStatus>))]
public enum SourceStatus
{
    /// <summary>The last poll succeeded.</summary>
    Ok,

    /// <summary>Enabled but not polled yet.</summary>
    NeverPolled,

    /// <summary>Failing, for less than <see cref="PollingOptions.BrokenAlertAfter"/>.</summary>
    Failing,

    /// <summary>Failing for longer than <see cref="PollingOptions.BrokenAlertAfter"/>: the operator is told.</summary>
    Broken,

    /// <summary>Not polled.</summary>
    Disabled,
}

/// <summary>A source's health as the CLI and the HTTP API show it.</summary>
public sealed record SourceHealth
{
    public required string SourceId { get; init; }

    public string Name { get; init; } = "";

    public required SourceKind Kind { get; init; }

    public required string Url { get; init; }

    public bool Enabled { get; init; }

    public required SourceStatus Status { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    public string? LastError { get; init; }

    public int ConsecutiveFailures { get; init; }

    public DateTimeOffset? FailingSince { get; init; }

    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>Whether the operator has been told that this source is broken.</summary>
    public bool OperatorAlerted { get; init; }

    public static SourceHealth Of(Source source, SourceState? state, DateTimeOffset now, TimeSpan brokenAfter)
    {
        ArgumentNullException.ThrowIfNull(source);
        var status = !source.Enabled ? SourceStatus.Disabled
            : state?.LastPolledAt is null ? SourceStatus.NeverPolled
            : state.FailingSince is { } since && now - since >= brokenAfter ? SourceStatus.Broken
            : state.ConsecutiveFailures > 0 ? SourceStatus.Failing
            : SourceStatus.Ok;
        return new SourceHealth
        {
            SourceId = source.Id,
            Name = source.Name,
            Kind = source.Kind,
            Url = source.Url,
            Enabled = source.Enabled,
            Status = status,
            LastSuccessAt = state?.LastSuccessAt,
            LastPolledAt = state?.LastPolledAt,
            LastError = state?.LastError,
            ConsecutiveFailures = state?.ConsecutiveFailures ?? 0,
            FailingSince = state?.FailingSince,
            NextPollAt = state?.NextPollAt,
            OperatorAlerted = state?.OperatorAlerted ?? false,
        };
    }

    /// <summary>The health of every source in the store, sorted by id.</summary>
    public static async Task<IReadOnlyList<SourceHealth>> ListAsync(
        ISourceStore store, DateTimeOffset now, TimeSpan brokenAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var states = (await store.ListStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var sources = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return sources
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => Of(s, states.GetValueOrDefault(s.Id), now, brokenAfter))
            .ToList();
    }
}
