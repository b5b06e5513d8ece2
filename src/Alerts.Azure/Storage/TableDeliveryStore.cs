using Alerts.Core.Delivery;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>Delivery records (partition = subscriber), inserted conditionally and updated by ETag.</summary>
public sealed class TableDeliveryStore(TableServiceClient service) : IDeliveryStore
{
    private readonly JsonTable<DeliveryRecord> _deliveries = new(service.GetTableClient(TableNames.Deliveries));

    public async Task<DeliveryRecord?> GetAsync(string deliveryId, CancellationToken cancellationToken) =>
        await _deliveries.GetAsync(Partition(deliveryId), deliveryId, cancellationToken).ConfigureAwait(false) is { } found
            ? found.Value with { Version = found.ETag }
            : null;

    public Task<bool> TryAddAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _deliveries.TryAddAsync(Partition(record.Id), record.Id, record with { Version = null }, null, cancellationToken);
    }

    public Task<bool> TryUpdateAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Version is null
            ? Task.FromResult(false)
            : _deliveries.TrySaveAsync(Partition(record.Id), record.Id, record with { Version = null }, record.Version, null, cancellationToken);
    }

    /// <summary>Spreads records over 256 partitions by a stable hash of the id.</summary>
    private static string Partition(string deliveryId) => Alerts.Core.Items.ItemHash.Of(deliveryId)[..2];
}
