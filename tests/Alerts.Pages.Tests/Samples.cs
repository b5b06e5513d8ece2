using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.Pages.Tests;

/// <summary>Exchanges and statistics written for these tests, including hostile source text.</summary>
internal static class Samples
{
    public const string HostileTitle = "<script>alert('x')</script> \"quoted\" & <b>bold</b>";

    public static ExchangeEvent Exchange(string id, DateOnly date, int toUkraine, int toRussia, params ExchangeReport[] reports) => new()
    {
        Id = id,
        Date = date,
        ReturnedTo = new PartyCounts(toRussia, toUkraine),
        Mediators = ["AE"],
        Reports = reports.Length > 0 ? reports : [Report("r-" + id, "https://news.example.org/" + id, "Swap of " + toUkraine)],
        FirstReportedAt = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    public static ExchangeReport Report(string itemId, string url, string title, Party? side = null, int? ua = null, int? ru = null) => new()
    {
        SourceId = "wire",
        ItemId = itemId,
        Url = url,
        Title = title,
        Side = side,
        Facts = new ExchangeFacts { ReturnedTo = new PartyCounts(ru, ua) },
    };

    public static StatisticRecord HeldByRussia() => new()
    {
        Metric = StatisticMetric.Held,
        Party = Party.RU,
        Value = 8000,
        Qualifier = CountQualifier.Approx,
        ObservedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
        Url = "https://news.example.org/held",
        History =
        [
            new StatisticPoint(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero), 8100, CountQualifier.Exact, "https://news.example.org/june"),
            new StatisticPoint(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero), 7900, CountQualifier.AtLeast, "javascript:alert(1)"),
        ],
    };
}
