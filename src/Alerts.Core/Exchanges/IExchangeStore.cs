using Alerts.Core.Detection;

namespace Alerts.Core.Exchanges;

/// <summary>Exchange events and count statistics (the Exchanges and Statistics tables).</summary>
public interface IExchangeStore
{
    Task<ExchangeEvent?> GetAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Events dated within [from, to] (inclusive), newest first.</summary>
    Task<IReadOnlyList<ExchangeEvent>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Inserts a new event; false when the id is taken (another instance was first).</summary>
    Task<bool> TryAddAsync(ExchangeEvent exchange, CancellationToken cancellationToken);

    /// <summary>Replaces the event if its <see cref="ExchangeEvent.Version"/> is current; false when stale.</summary>
    Task<bool> TryUpdateAsync(ExchangeEvent exchange, CancellationToken cancellationToken);

    Task<StatisticRecord?> GetStatisticAsync(StatisticMetric metric, Party party, CancellationToken cancellationToken);

    Task<IReadOnlyList<StatisticRecord>> ListStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>Inserts (Version null) or replaces (Version current) a statistic; false on a conflict.</summary>
    Task<bool> TrySaveStatisticAsync(StatisticRecord statistic, CancellationToken cancellationToken);
}
