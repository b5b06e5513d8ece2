using Alerts.Core.Detection;
using Alerts.Core.Items;

namespace Alerts.Core.Exchanges;

/// <summary>
/// "One event per exchange" over a batch of items without storage (<c>alerts detect</c>): the
/// same <see cref="ExchangeClustering"/> step as the ledger, with candidate events from the
/// batch indexed by date so large archives stay fast.
/// </summary>
public sealed class ExchangeBatch
{
    private readonly Dictionary<DateOnly, List<ExchangeEvent>> byDate = [];

    /// <summary>Adds an exchange report of the item; returns the id of its event.</summary>
    public string Add(SourceItem item, Detection.Detection detection)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(detection);
        var report = ExchangeReport.From(item, detection);
        var date = report.Facts.Date!.Value;
        var candidates = new List<ExchangeEvent>();
        for (var d = -ExchangeMatcher.DateToleranceDays; d <= ExchangeMatcher.DateToleranceDays; d++)
        {
            if (byDate.TryGetValue(date.AddDays(d), out var events))
            {
                candidates.AddRange(events);
            }
        }

        var match = ExchangeMatcher.FindMatch(candidates, report.Facts);
        if (match is not null && match.Reports.Any(r => Equivalent(r, report)))
        {
            // A report that says exactly what one already said changes nothing: keep events small.
            return match.Id;
        }

        var placement = ExchangeClustering.Place(candidates, report, item.Published);
        var key = placement.Before?.Date ?? placement.After.Date ?? date;
        if (!byDate.TryGetValue(key, out var list))
        {
            byDate[key] = list = [];
        }

        var at = placement.Before is null ? -1 : list.FindIndex(e => e.Id == placement.Before.Id);
        if (at >= 0)
        {
            list[at] = placement.After with { Date = placement.Before!.Date };
        }
        else
        {
            list.Add(placement.After);
        }

        return placement.After.Id;
    }

    private static bool Equivalent(ExchangeReport a, ExchangeReport b) =>
        a.Side == b.Side && a.Facts.Date == b.Facts.Date && a.Facts.ReturnedTo == b.Facts.ReturnedTo
        && a.Facts.CiviliansReturnedTo == b.Facts.CiviliansReturnedTo && a.Facts.Mediators.SequenceEqual(b.Facts.Mediators);
}
