using System.Collections.Concurrent;
using Alerts.Core.Items;
using Alerts.Core.Sources;

namespace Alerts.Benchmarks.Sources;

/// <summary>Sources table in memory, so the steady-state benchmark measures polling, not storage.</summary>
internal sealed class InMemorySourceStore : ISourceStore
{
    private readonly ConcurrentDictionary<string, Source> _sources = new();
    private readonly ConcurrentDictionary<string, SourceState> _states = new();

    public Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Source>>([.. _sources.Values]);

    public Task<Source?> GetAsync(string sourceId, CancellationToken cancellationToken) => Task.FromResult(_sources.GetValueOrDefault(sourceId));

    public Task UpsertAsync(Source source, CancellationToken cancellationToken)
    {
        _sources[source.Id] = source;
        return Task.CompletedTask;
    }

    public Task<SourceState> GetStateAsync(string sourceId, CancellationToken cancellationToken) =>
        Task.FromResult(_states.GetValueOrDefault(sourceId) ?? new SourceState { SourceId = sourceId });

    public Task<IReadOnlyList<SourceState>> ListStatesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SourceState>>([.. _states.Values]);

    public Task<bool> TrySaveStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        _states[state.SourceId] = state;
        return Task.FromResult(true);
    }
}

/// <summary>Items table in memory (new / edited / unchanged by content hash).</summary>
internal sealed class InMemoryItemStore : IItemStore
{
    private readonly ConcurrentDictionary<(string, string), string> _hashes = new();

    public int Count => _hashes.Count;

    public Task<ItemChange> RecordAsync(SourceItem item, CancellationToken cancellationToken)
    {
        var key = (item.SourceId, item.Id);
        var hash = item.ContentHash;
        var change = !_hashes.TryGetValue(key, out var old) ? ItemChange.New : old == hash ? ItemChange.Unchanged : ItemChange.Edited;
        _hashes[key] = hash;
        return Task.FromResult(change);
    }

    public Task<SourceItem?> GetAsync(string sourceId, string itemId, CancellationToken cancellationToken) => Task.FromResult<SourceItem?>(null);
}
