using Alerts.Core.Sources;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>Sources and their polling state in the Sources and SourceStates tables.</summary>
public sealed class TableSourceStore(TableServiceClient service) : ISourceStore
{
    private const string Partition = "source";
    private readonly JsonTable<Source> _sources = new(service.GetTableClient(TableNames.Sources));
    private readonly JsonTable<SourceState> _states = new(service.GetTableClient(TableNames.SourceStates));

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken) =>
        (await _sources.QueryAsync(null, cancellationToken).ConfigureAwait(false)).Select(s => s.Value).ToList();

    public async Task<Source?> GetAsync(string sourceId, CancellationToken cancellationToken) =>
        (await _sources.GetAsync(Partition, sourceId, cancellationToken).ConfigureAwait(false))?.Value;

    public Task UpsertAsync(Source source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _sources.UpsertAsync(Partition, source.Id, source, null, cancellationToken);
    }

    public async Task<SourceState> GetStateAsync(string sourceId, CancellationToken cancellationToken) =>
        await _states.GetAsync(Partition, sourceId, cancellationToken).ConfigureAwait(false) is { } found
            ? found.Value with { Version = found.ETag }
            : new SourceState { SourceId = sourceId };

    public async Task<IReadOnlyList<SourceState>> ListStatesAsync(CancellationToken cancellationToken) =>
        (await _states.QueryAsync(null, cancellationToken).ConfigureAwait(false)).Select(s => s.Value with { Version = s.ETag }).ToList();

    public Task<bool> TrySaveStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return _states.TrySaveAsync(Partition, state.SourceId, state with { Version = null }, state.Version, null, cancellationToken);
    }
}
