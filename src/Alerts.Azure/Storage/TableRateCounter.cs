using System.Globalization;
using System.Net;
using Alerts.Core.Items;
using Alerts.Core.Subscriptions;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>
/// Fixed-window counters in the RateLimits table: partition = window start, row = a hash of the key
/// (so addresses and IPs are not stored in the clear), incremented by ETag with retries. Expired
/// windows are deleted by partition-key range, in per-partition transactions.
/// </summary>
public sealed class TableRateCounter(TableServiceClient service) : IRateCounter
{
    /// <summary>The most operations one table transaction may hold.</summary>
    private const int MaxTransactionSize = 100;

    private static readonly string[] KeysOnly = ["PartitionKey", "RowKey"];

    private readonly TableClient _table = service.GetTableClient(TableNames.RateLimits);

    public async Task<int> IncrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var partition = PartitionOf(windowStart);
        var row = ItemHash.Of(key);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue)
                {
                    await _table.AddEntityAsync(new TableEntity(partition, row) { ["Count"] = 1 }, cancellationToken).ConfigureAwait(false);
                    return 1;
                }

                var count = (existing.Value!.GetInt32("Count") ?? 0) + 1;
                await _table.UpdateEntityAsync(new TableEntity(partition, row) { ["Count"] = count }, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return count;
            }
            catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // another instance counted at the same moment: read again
            }
        }

        throw new InvalidOperationException($"Rate counter {partition}/{row} kept changing");
    }

    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // Windows start on the hour: those before the cutoff are the partitions before the first hour at or after it.
        var firstKept = PartitionOf(new DateTimeOffset(cutoff.UtcTicks, TimeSpan.Zero).AddTicks(TimeSpan.TicksPerHour - 1));
        var expired = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey lt {firstKept}"), select: KeysOnly, cancellationToken: cancellationToken);
        var deleted = 0;
        var batch = new List<TableTransactionAction>(MaxTransactionSize);
        await foreach (var entity in expired.ConfigureAwait(false))
        {
            if (batch.Count == MaxTransactionSize || (batch.Count > 0 && batch[0].Entity.PartitionKey != entity.PartitionKey))
            {
                deleted += await DeleteAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All));
        }

        return batch.Count == 0 ? deleted : deleted + await DeleteAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    private static string PartitionOf(DateTimeOffset windowStart) =>
        windowStart.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    /// <summary>Deletes one partition's rows in one transaction; if one is already gone, one by one (a row already gone is not counted).</summary>
    private async Task<int> DeleteAsync(List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            return batch.Count;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            var deleted = 0;
            foreach (var action in batch)
            {
                // DeleteEntityAsync answers 404 without throwing.
                var response = await _table.DeleteEntityAsync(action.Entity, ETag.All, cancellationToken).ConfigureAwait(false);
                deleted += response.Status == (int)HttpStatusCode.NotFound ? 0 : 1;
            }

            return deleted;
        }
    }
}
