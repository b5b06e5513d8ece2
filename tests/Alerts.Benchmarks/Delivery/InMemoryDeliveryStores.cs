using System.Collections.Concurrent;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Subscriptions;

namespace Alerts.Benchmarks.Delivery;

/// <summary>Stores in memory with the same conditional-insert and version semantics as the Table stores, so the benchmark measures delivery, not Azurite.</summary>
internal sealed class InMemoryDeliveryStores : IDeliveryStore, IAlertStore, ISubscriberStore, IDeliveryQueue
{
    private readonly ConcurrentDictionary<string, DeliveryRecord> _deliveries = new();
    private readonly ConcurrentDictionary<string, Alert> _alerts = new();
    private readonly ConcurrentDictionary<string, Subscriber> _subscribers = new();
    private readonly ConcurrentDictionary<string, TokenRecord> _tokens = new();
    private long _version;

    public int Retries;

    /// <summary>Forgets deliveries and moves digest subscribers' marks back, so an iteration delivers everything again.</summary>
    public void Clear(DateTimeOffset deliveredThrough)
    {
        _deliveries.Clear();
        _tokens.Clear();
        foreach (var (id, subscriber) in _subscribers)
        {
            _subscribers[id] = subscriber with { DeliveredThrough = deliveredThrough };
        }
    }

    Task<DeliveryRecord?> IDeliveryStore.GetAsync(string deliveryId, CancellationToken cancellationToken) =>
        Task.FromResult(_deliveries.TryGetValue(deliveryId, out var r) ? r : null);

    public Task<bool> TryAddAsync(DeliveryRecord record, CancellationToken cancellationToken) =>
        Task.FromResult(_deliveries.TryAdd(record.Id, record with { Version = NextVersion() }));

    public Task<bool> TryUpdateAsync(DeliveryRecord record, CancellationToken cancellationToken) =>
        Task.FromResult(record.Version is not null && _deliveries.TryGetValue(record.Id, out var current) && current.Version == record.Version
            && _deliveries.TryUpdate(record.Id, record with { Version = NextVersion() }, current));

    public Task<Alert> AddOrGetAsync(Alert alert, CancellationToken cancellationToken) => Task.FromResult(_alerts.GetOrAdd(alert.Id, alert));

    Task<Alert?> IAlertStore.GetAsync(string alertId, CancellationToken cancellationToken) =>
        Task.FromResult(_alerts.TryGetValue(alertId, out var a) ? a : null);

    public Task<IReadOnlyList<Alert>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Alert>>(_alerts.Values.Where(a => a.CreatedAt >= from && a.CreatedAt < to).OrderBy(a => a.CreatedAt).ToList());

    public Task<bool> TryAddAsync(Subscriber subscriber, CancellationToken cancellationToken) =>
        Task.FromResult(_subscribers.TryAdd(subscriber.Id, subscriber with { Version = NextVersion() }));

    Task<Subscriber?> ISubscriberStore.GetAsync(string subscriberId, CancellationToken cancellationToken) =>
        Task.FromResult(_subscribers.TryGetValue(subscriberId, out var s) ? s : null);

    public Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Subscriber>>(_subscribers.Values.ToList());

    public Task<bool> TryUpdateAsync(Subscriber subscriber, CancellationToken cancellationToken) =>
        Task.FromResult(subscriber.Version is not null && _subscribers.TryGetValue(subscriber.Id, out var current) && current.Version == subscriber.Version
            && _subscribers.TryUpdate(subscriber.Id, subscriber with { Version = NextVersion() }, current));

    public Task AddTokenAsync(TokenRecord token, CancellationToken cancellationToken)
    {
        _tokens[token.Hash] = token;
        return Task.CompletedTask;
    }

    public Task<TokenRecord?> FindTokenAsync(string hash, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.TryGetValue(hash, out var t) ? t : null);

    public Task SendAsync(DeliveryRequest request, TimeSpan delay, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Retries);
        return Task.CompletedTask;
    }

    private string NextVersion() => Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
