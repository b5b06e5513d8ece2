using Alerts.Core.Subscriptions;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>Subscribers, and token hashes (Tokens table, row key = hash) pointing at them.</summary>
public sealed class TableSubscriberStore(TableServiceClient service) : ISubscriberStore
{
    private const string Partition = "subscriber";
    private const string TokenPartition = "token";
    private readonly JsonTable<Subscriber> _subscribers = new(service.GetTableClient(TableNames.Subscribers));
    private readonly JsonTable<TokenRecord> _tokens = new(service.GetTableClient(TableNames.Tokens));

    public Task<bool> TryAddAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return _subscribers.TryAddAsync(Partition, subscriber.Id, subscriber with { Version = null }, null, cancellationToken);
    }

    public async Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken) =>
        await _subscribers.GetAsync(Partition, subscriberId, cancellationToken).ConfigureAwait(false) is { } found
            ? found.Value with { Version = found.ETag }
            : null;

    public async Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken) =>
        (await _subscribers.QueryAsync(null, cancellationToken).ConfigureAwait(false)).Select(s => s.Value with { Version = s.ETag }).ToList();

    public Task<bool> TryUpdateAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return subscriber.Version is null
            ? Task.FromResult(false)
            : _subscribers.TrySaveAsync(Partition, subscriber.Id, subscriber with { Version = null }, subscriber.Version, null, cancellationToken);
    }

    public Task AddTokenAsync(TokenRecord token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _tokens.UpsertAsync(TokenPartition, token.Hash, token, null, cancellationToken);
    }

    public async Task<TokenRecord?> FindTokenAsync(string hash, CancellationToken cancellationToken) =>
        (await _tokens.GetAsync(TokenPartition, hash, cancellationToken).ConfigureAwait(false))?.Value;
}
