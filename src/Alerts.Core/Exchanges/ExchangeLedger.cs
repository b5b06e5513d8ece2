using System.Globalization;
using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Items;

namespace Alerts.Core.Exchanges;

/// <summary>
/// Records what detection found: joins a report to its exchange (or starts a new one), keeps
/// count statistics, and raises alerts for new exchanges and changed numbers. Safe to run twice
/// for one item and from racing instances: events update by version, alert ids are deterministic.
/// </summary>
public sealed class ExchangeLedger(IExchangeStore store, IAlertStore alerts, TimeProvider time)
{
    private const int MaxAttempts = 8;

    public async Task<IReadOnlyList<Alert>> RecordAsync(SourceItem item, Detection.Detection detection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(detection);
        var raised = new List<Alert>();
        if (detection.IsExchange && detection.Exchange is not null)
        {
            raised.AddRange(await RecordExchangeAsync(item, detection, cancellationToken).ConfigureAwait(false));
        }

        foreach (var statistic in detection.Counts)
        {
            if (await RecordStatisticAsync(item, statistic, cancellationToken).ConfigureAwait(false) is { } alert)
            {
                raised.Add(alert);
            }
        }

        var stored = new List<Alert>(raised.Count);
        foreach (var alert in raised)
        {
            stored.Add(await alerts.AddOrGetAsync(alert, cancellationToken).ConfigureAwait(false));
        }

        return stored;
    }

    private async Task<IReadOnlyList<Alert>> RecordExchangeAsync(
        SourceItem item, Detection.Detection detection, CancellationToken cancellationToken)
    {
        var report = ExchangeReport.From(item, detection);
        var date = report.Facts.Date!.Value;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var nearby = await store.ListAsync(date.AddDays(-ExchangeMatcher.DateToleranceDays), date.AddDays(ExchangeMatcher.DateToleranceDays), cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var placement = ExchangeClustering.Place(nearby, report, now);
            if (placement.Before is not { } before)
            {
                if (await store.TryAddAsync(placement.After, cancellationToken).ConfigureAwait(false))
                {
                    return [ExchangeAlert(AlertType.ExchangeReported, placement.After, [], [report.Language], now)];
                }

                continue;
            }

            if (!await store.TryUpdateAsync(placement.After, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var changes = Changes(before, placement.After);
            return changes.Count == 0 ? [] : [ExchangeAlert(AlertType.ExchangeCountsChanged, placement.After, changes, [report.Language], now)];
        }

        throw new InvalidOperationException($"Could not record item {item.Id} after {MaxAttempts} conflicting attempts");
    }

    private async Task<Alert?> RecordStatisticAsync(SourceItem item, CountStatistic statistic, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await store.GetStatisticAsync(statistic.Metric, statistic.Party, cancellationToken).ConfigureAwait(false);
            if (current is not null && (current.Value == statistic.Value || item.Published < current.ObservedAt))
            {
                return null;
            }

            var point = new StatisticPoint(item.Published, statistic.Value, statistic.Qualifier, item.Url);
            var next = new StatisticRecord
            {
                Metric = statistic.Metric,
                Party = statistic.Party,
                Value = statistic.Value,
                Qualifier = statistic.Qualifier,
                ObservedAt = item.Published,
                SourceId = item.SourceId,
                Url = item.Url,
                History = [.. current?.History ?? [], point],
                Version = current?.Version,
            };
            if (!await store.TrySaveStatisticAsync(next, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var change = new CountChange(next.Key, current?.Value, next.Value);
            return new Alert
            {
                Id = "st-" + ItemHash.Of(next.Key, current?.Value.ToString(CultureInfo.InvariantCulture) ?? "", next.Value.ToString(CultureInfo.InvariantCulture)),
                Type = AlertType.StatisticChanged,
                CreatedAt = time.GetUtcNow(),
                Statistic = next with { Version = null },
                Changes = [change],
                Languages = item.Language is { } l ? [l] : [],
                Parties = [statistic.Party],
            };
        }

        throw new InvalidOperationException($"Could not record statistic {statistic.Metric}/{statistic.Party} after {MaxAttempts} attempts");
    }

    private static List<CountChange> Changes(ExchangeEvent before, ExchangeEvent after)
    {
        var changes = new List<CountChange>();
        foreach (var party in new[] { Party.RU, Party.UA })
        {
            Add($"returned_to.{party}", before.ReturnedTo[party], after.ReturnedTo[party]);
            Add($"civilians_returned_to.{party}", before.CiviliansReturnedTo[party], after.CiviliansReturnedTo[party]);
        }

        return changes;

        void Add(string field, int? old, int? now)
        {
            // A number first stated by a later report is a change too (null → value).
            if (now is { } value && value != old)
            {
                changes.Add(new CountChange(field, old, value));
            }
        }
    }

    private static Alert ExchangeAlert(AlertType type, ExchangeEvent exchange, IReadOnlyList<CountChange> changes, IReadOnlyList<string> languages, DateTimeOffset now)
    {
        var key = string.Join(';', changes.Select(c => $"{c.Field}:{c.Old}>{c.New}"));
        return new Alert
        {
            Id = (type == AlertType.ExchangeReported ? "xr-" : "xc-") + ItemHash.Of(exchange.Id, key),
            Type = type,
            CreatedAt = now,
            Exchange = exchange with { Version = null },
            Changes = changes,
            Languages = languages,
            Parties = [Party.RU, Party.UA],
        };
    }
}
