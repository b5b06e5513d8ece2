namespace Alerts.Core.Sources;

/// <summary>The Sources table: the registry and each source's polling state.</summary>
public interface ISourceStore
{
    Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken);

    Task<Source?> GetAsync(string sourceId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces a source definition (keeps its state).</summary>
    Task UpsertAsync(Source source, CancellationToken cancellationToken);

    /// <summary>The source's state, or a fresh one when it has never been polled.</summary>
    Task<SourceState> GetStateAsync(string sourceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceState>> ListStatesAsync(CancellationToken cancellationToken);

    /// <summary>Saves the state; false when another poll saved it first (stale version).</summary>
    Task<bool> TrySaveStateAsync(SourceState state, CancellationToken cancellationToken);
}
