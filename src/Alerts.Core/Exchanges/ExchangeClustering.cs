using System.Globalization;

namespace Alerts.Core.Exchanges;

/// <summary>Where a report went: the event before (null when new) and after.</summary>
public sealed record Placement(ExchangeEvent? Before, ExchangeEvent After)
{
    public bool IsNew => Before is null;
}

/// <summary>
/// The pure step of "one event per exchange": given the candidate events near a report's date,
/// joins the report to its exchange (or starts a new one) and recomputes the event's numbers.
/// The ledger calls it with candidates from storage, <c>alerts detect</c> with candidates from the batch.
/// </summary>
public static class ExchangeClustering
{
    public static Placement Place(IReadOnlyList<ExchangeEvent> candidates, ExchangeReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(report);
        var existing = candidates.FirstOrDefault(e => e.Reports.Any(r => SameItem(r, report)))
            ?? ExchangeMatcher.FindMatch(candidates, report.Facts);
        if (existing is null)
        {
            var created = ExchangeConsolidation.Consolidate(new ExchangeEvent
            {
                Id = NewEventId(report.Facts.Date ?? DateOnly.FromDateTime(report.Published.UtcDateTime), candidates),
                Reports = [report],
                FirstReportedAt = now,
                UpdatedAt = now,
            });
            return new Placement(null, created);
        }

        var reports = existing.Reports.Where(r => !SameItem(r, report)).Append(report).ToList();
        return new Placement(existing, ExchangeConsolidation.Consolidate(existing with { Reports = reports, UpdatedAt = now }));
    }

    /// <summary>"ex-20261122", then "ex-20261122-2"... for a second exchange that day.</summary>
    public static string NewEventId(DateOnly date, IEnumerable<ExchangeEvent> nearby)
    {
        var stem = "ex-" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var taken = nearby.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var id = stem;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static bool SameItem(ExchangeReport a, ExchangeReport b) => a.SourceId == b.SourceId && a.ItemId == b.ItemId;
}
