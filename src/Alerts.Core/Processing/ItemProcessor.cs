using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Core.Items;
using Microsoft.Extensions.Logging;

namespace Alerts.Core.Processing;

/// <summary>Processes one stored item: detection, then the ledger. Returns the ids of alerts raised.</summary>
public sealed partial class ItemProcessor(IItemStore items, ExchangeDetector detector, ExchangeLedger ledger, ILogger<ItemProcessor> logger)
{
    public async Task<IReadOnlyList<string>> ProcessAsync(ItemRef itemRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemRef);
        var item = await items.GetAsync(itemRef.SourceId, itemRef.ItemId, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            LogMissing(logger, itemRef.SourceId, itemRef.ItemId);
            return [];
        }

        var detection = detector.Detect(item);
        if (!detection.IsExchange && detection.Counts.Count == 0)
        {
            return [];
        }

        var alerts = await ledger.RecordAsync(item, detection, cancellationToken).ConfigureAwait(false);
        LogProcessed(logger, item.SourceId, item.Id, detection.IsExchange, alerts.Count);
        return alerts.Select(a => a.Id).ToList();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Item {SourceId}/{ItemId} is not stored; nothing to process")]
    private static partial void LogMissing(ILogger logger, string sourceId, string itemId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {SourceId}/{ItemId}: exchange {IsExchange}, {AlertCount} alerts")]
    private static partial void LogProcessed(ILogger logger, string sourceId, string itemId, bool isExchange, int alertCount);
}
