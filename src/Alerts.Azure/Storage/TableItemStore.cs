using Alerts.Core.Items;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>Items per source (partition = source id) with their content hash, to notice edits.</summary>
public sealed class TableItemStore(TableServiceClient service) : IItemStore
{
    private readonly JsonTable<SourceItem> _items = new(service.GetTableClient(TableNames.Items));

    public async Task<ItemChange> RecordAsync(SourceItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var existing = await _items.GetAsync(item.SourceId, item.Id, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                if (await _items.TryAddAsync(item.SourceId, item.Id, item, Columns(item), cancellationToken).ConfigureAwait(false))
                {
                    return ItemChange.New;
                }

                continue;
            }

            if (existing.Value.Value.ContentHash == item.ContentHash)
            {
                return ItemChange.Unchanged;
            }

            if (await _items.TrySaveAsync(item.SourceId, item.Id, item, existing.Value.ETag, Columns(item), cancellationToken).ConfigureAwait(false))
            {
                return ItemChange.Edited;
            }
        }

        throw new InvalidOperationException($"Item {item.SourceId}/{item.Id} kept changing while being recorded");
    }

    public async Task<SourceItem?> GetAsync(string sourceId, string itemId, CancellationToken cancellationToken) =>
        (await _items.GetAsync(sourceId, itemId, cancellationToken).ConfigureAwait(false))?.Value;

    private static Dictionary<string, object> Columns(SourceItem item) => new()
    {
        ["ContentHash"] = item.ContentHash,
        ["Published"] = item.Published,
    };
}
