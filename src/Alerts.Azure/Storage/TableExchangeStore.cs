using System.Globalization;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>Exchange events (row per event, filtered by its day) and statistics (row per metric and party).</summary>
public sealed class TableExchangeStore(TableServiceClient service) : IExchangeStore
{
    private const string Partition = "exchange";
    private const string StatisticPartition = "statistic";
    private readonly JsonTable<ExchangeEvent> _events = new(service.GetTableClient(TableNames.Exchanges));
    private readonly JsonTable<StatisticRecord> _statistics = new(service.GetTableClient(TableNames.Statistics));

    public async Task<ExchangeEvent?> GetAsync(string eventId, CancellationToken cancellationToken) =>
        await _events.GetAsync(Partition, eventId, cancellationToken).ConfigureAwait(false) is { } found
            ? found.Value with { Version = found.ETag }
            : null;

    public async Task<IReadOnlyList<ExchangeEvent>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Day ge {Day(from)} and Day le {Day(to)}");
        return (await _events.QueryAsync(filter, cancellationToken).ConfigureAwait(false))
            .Select(e => e.Value with { Version = e.ETag })
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.FirstReportedAt)
            .ToList();
    }

    public Task<bool> TryAddAsync(ExchangeEvent exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return _events.TryAddAsync(Partition, exchange.Id, exchange with { Version = null }, Columns(exchange), cancellationToken);
    }

    public Task<bool> TryUpdateAsync(ExchangeEvent exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return exchange.Version is null
            ? Task.FromResult(false)
            : _events.TrySaveAsync(Partition, exchange.Id, exchange with { Version = null }, exchange.Version, Columns(exchange), cancellationToken);
    }

    public async Task<StatisticRecord?> GetStatisticAsync(StatisticMetric metric, Party party, CancellationToken cancellationToken) =>
        await _statistics.GetAsync(StatisticPartition, StatisticRecord.StatisticKey(metric, party), cancellationToken).ConfigureAwait(false) is { } found
            ? found.Value with { Version = found.ETag }
            : null;

    public async Task<IReadOnlyList<StatisticRecord>> ListStatisticsAsync(CancellationToken cancellationToken) =>
        (await _statistics.QueryAsync(null, cancellationToken).ConfigureAwait(false)).Select(s => s.Value with { Version = s.ETag }).ToList();

    public Task<bool> TrySaveStatisticAsync(StatisticRecord statistic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return _statistics.TrySaveAsync(StatisticPartition, statistic.Key, statistic with { Version = null }, statistic.Version, null, cancellationToken);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, object> Columns(ExchangeEvent exchange) => new()
    {
        ["Day"] = exchange.Date is { } d ? Day(d) : "",
    };
}
