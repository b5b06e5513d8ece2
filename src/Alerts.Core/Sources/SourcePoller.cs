using System.Collections.Concurrent;
using Alerts.Core.Items;
using Alerts.Core.Sources.Health;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Sources;

/// <summary>Selects due sources and polls one: read, record new or edited items, update health.</summary>
public sealed partial class SourcePoller(
    ISourceStore sources,
    IItemStore items,
    IEnumerable<ISourceReader> readers,
    IOperatorAlerts operatorAlerts,
    IOptions<PollingOptions> options,
    TimeProvider time,
    ILogger<SourcePoller> logger)
{
    private readonly Dictionary<SourceKind, ISourceReader> _readers = readers.ToDictionary(r => r.Kind);

    /// <summary>Ids of the enabled sources whose next poll is due.</summary>
    public async Task<IReadOnlyList<string>> SelectDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var states = (await sources.ListStatesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.SourceId);
        var all = await sources.ListAsync(cancellationToken).ConfigureAwait(false);
        return all
            .Where(s => s.Enabled)
            .Where(s => !states.TryGetValue(s.Id, out var st) || st.NextPollAt is null || st.NextPollAt <= now)
            .Select(s => s.Id)
            .ToList();
    }

    /// <summary>
    /// Polls many sources, <see cref="PollingOptions.MaxConcurrency"/> at a time (one process
    /// polling everything: the local runner, benchmarks); returns every new or edited item.
    /// </summary>
    public async Task<IReadOnlyList<ItemRef>> PollManyAsync(IEnumerable<string> sourceIds, CancellationToken cancellationToken)
    {
        var changed = new ConcurrentBag<ItemRef>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(sourceIds, parallel, async (id, ct) =>
        {
            foreach (var item in await PollAsync(id, ct).ConfigureAwait(false))
            {
                changed.Add(item);
            }
        }).ConfigureAwait(false);
        return [.. changed];
    }

    /// <summary>Polls one source; returns the items that are new or edited and must be processed.</summary>
    public async Task<IReadOnlyList<ItemRef>> PollAsync(string sourceId, CancellationToken cancellationToken)
    {
        var source = await sources.GetAsync(sourceId, cancellationToken).ConfigureAwait(false);
        if (source is null || !source.Enabled)
        {
            LogSkipped(logger, sourceId);
            return [];
        }

        var state = await sources.GetStateAsync(sourceId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (!_readers.TryGetValue(source.Kind, out var reader))
        {
            await SaveFailureAsync(source, state, $"no reader for kind {source.Kind}", null, now, cancellationToken).ConfigureAwait(false);
            return [];
        }

        SourceReadResult result;
        try
        {
            result = await reader.ReadAsync(source, state, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogReadFailed(logger, sourceId, ex.Message);
            await SaveFailureAsync(source, state, ex.Message, (ex as SourceReadException)?.RetryAfter, now, cancellationToken).ConfigureAwait(false);
            return [];
        }

        var changed = new List<ItemRef>();
        foreach (var item in result.Items)
        {
            var change = await items.RecordAsync(item, cancellationToken).ConfigureAwait(false);
            if (change != ItemChange.Unchanged)
            {
                changed.Add(new ItemRef(item.SourceId, item.Id));
            }
        }

        var healthy = state with
        {
            ETag = result.ETag,
            LastModified = result.LastModified,
            Cursor = result.Cursor ?? state.Cursor,
            LastPolledAt = now,
            LastSuccessAt = now,
            LastError = null,
            ConsecutiveFailures = 0,
            FailingSince = null,
            OperatorAlerted = false,
            NextPollAt = now + WithJitter(Interval(source)),
        };
        var saved = await sources.TrySaveStateAsync(healthy, cancellationToken).ConfigureAwait(false);
        if (saved && state.OperatorAlerted)
        {
            await operatorAlerts.SourceRecoveredAsync(Health(source, healthy, now), cancellationToken).ConfigureAwait(false);
        }

        LogPolled(logger, sourceId, result.Items.Count, changed.Count, result.NotModified);
        return changed;
    }

    private async Task SaveFailureAsync(
        Source source, SourceState state, string error, TimeSpan? retryAfter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failures = state.ConsecutiveFailures + 1;
        var backoff = Interval(source) * Math.Pow(2, Math.Min(failures - 1, 16));
        var wait = backoff > options.Value.MaxBackoff ? options.Value.MaxBackoff : backoff;
        if (retryAfter is { } ra && ra > wait)
        {
            wait = ra;
        }

        var failingSince = state.FailingSince ?? now;
        var alert = !state.OperatorAlerted && now - failingSince >= options.Value.BrokenAlertAfter;
        var failing = state with
        {
            LastPolledAt = now,
            LastError = error,
            ConsecutiveFailures = failures,
            FailingSince = failingSince,
            NextPollAt = now + wait,
            OperatorAlerted = state.OperatorAlerted || alert,
        };

        // Saved first: only the poll whose save wins raises the alert, so it is raised once per failure run.
        if (await sources.TrySaveStateAsync(failing, cancellationToken).ConfigureAwait(false) && alert)
        {
            await operatorAlerts.SourceBrokenAsync(Health(source, failing, now), cancellationToken).ConfigureAwait(false);
        }
    }

    private SourceHealth Health(Source source, SourceState state, DateTimeOffset now) =>
        SourceHealth.Of(source, state, now, options.Value.BrokenAlertAfter);

    private TimeSpan Interval(Source source) => source.Interval ?? options.Value.DefaultInterval;

    private TimeSpan WithJitter(TimeSpan interval) =>
        interval + (interval * (options.Value.Jitter * Random.Shared.NextDouble()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {SourceId}: {ItemCount} items, {ChangedCount} new or edited (not modified: {NotModified})")]
    private static partial void LogPolled(ILogger logger, string sourceId, int itemCount, int changedCount, bool notModified);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading {SourceId} failed: {Error}")]
    private static partial void LogReadFailed(ILogger logger, string sourceId, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceId} is unknown or disabled; skipped")]
    private static partial void LogSkipped(ILogger logger, string sourceId);
}
