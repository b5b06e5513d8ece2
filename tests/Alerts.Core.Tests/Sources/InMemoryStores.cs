using System.Collections.Concurrent;
using Alerts.Core.Items;
using Alerts.Core.Sources;
using Alerts.Core.Sources.Health;

namespace Alerts.Core.Tests.Sources;

/// <summary>Sources table double: definitions and states in memory, versions checked like Table ETags.</summary>
internal sealed class InMemorySourceStore : ISourceStore
{
    private readonly ConcurrentDictionary<string, Source> _sources = new();
    private readonly ConcurrentDictionary<string, SourceState> _states = new();
    private int _version;

    public Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Source>>([.. _sources.Values]);

    public Task<Source?> GetAsync(string sourceId, CancellationToken cancellationToken) =>
        Task.FromResult(_sources.GetValueOrDefault(sourceId));

    public Task UpsertAsync(Source source, CancellationToken cancellationToken)
    {
        _sources[source.Id] = source;
        return Task.CompletedTask;
    }

    public Task<SourceState> GetStateAsync(string sourceId, CancellationToken cancellationToken) =>
        Task.FromResult(_states.GetValueOrDefault(sourceId) ?? new SourceState { SourceId = sourceId });

    public Task<IReadOnlyList<SourceState>> ListStatesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SourceState>>([.. _states.Values]);

    public Task<bool> TrySaveStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        lock (_states)
        {
            var current = _states.GetValueOrDefault(state.SourceId);
            if (current?.Version != state.Version)
            {
                return Task.FromResult(false);
            }

            _states[state.SourceId] = state with { Version = Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return Task.FromResult(true);
        }
    }
}

/// <summary>Items table double: new, edited (content hash changed) or unchanged.</summary>
internal sealed class InMemoryItemStore : IItemStore
{
    public ConcurrentDictionary<(string, string), SourceItem> Items { get; } = new();

    public Task<ItemChange> RecordAsync(SourceItem item, CancellationToken cancellationToken)
    {
        var key = (item.SourceId, item.Id);
        var change = !Items.TryGetValue(key, out var old) ? ItemChange.New
            : old.ContentHash != item.ContentHash ? ItemChange.Edited
            : ItemChange.Unchanged;
        Items[key] = item;
        return Task.FromResult(change);
    }

    public Task<SourceItem?> GetAsync(string sourceId, string itemId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.GetValueOrDefault((sourceId, itemId)));
}

internal sealed class RecordingOperatorAlerts : IOperatorAlerts
{
    public List<(string Kind, SourceHealth Health)> Raised { get; } = [];

    public Task SourceBrokenAsync(SourceHealth health, CancellationToken cancellationToken)
    {
        lock (Raised)
        {
            Raised.Add(("broken", health));
        }

        return Task.CompletedTask;
    }

    public Task SourceRecoveredAsync(SourceHealth health, CancellationToken cancellationToken)
    {
        lock (Raised)
        {
            Raised.Add(("recovered", health));
        }

        return Task.CompletedTask;
    }
}
