using System.Globalization;
using System.Net;
using Alerts.Core.Items;
using Alerts.Core.Subscriptions;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>
/// Fixed-window counters in the RateLimits table: partition = window start, row = a hash of the key
/// (so addresses and IPs are not stored in the clear), incremented by ETag with retries.
/// </summary>
public sealed class TableRateCounter(TableServiceClient service) : IRateCounter
{
    private readonly TableClient _table = service.GetTableClient(TableNames.RateLimits);

    public async Task<int> IncrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var partition = windowStart.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
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
}
