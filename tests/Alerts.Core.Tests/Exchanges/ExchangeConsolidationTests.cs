using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Tests.Exchanges;

public class ExchangeConsolidationTests
{
    private static ExchangeReport Report(string id, Party? side, int? ru, int? ua, int minutes) => new()
    {
        SourceId = "s",
        ItemId = id,
        Side = side,
        Published = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero).AddMinutes(minutes),
        Facts = new ExchangeFacts { Date = new DateOnly(2026, 11, 22), ReturnedTo = new PartyCounts(ru, ua) },
    };

    [Fact]
    public void Consolidate_SidesDisagree_PrefersEachCountrysOwnFigureAndFlagsDiscrepancy()
    {
        var exchange = new ExchangeEvent
        {
            Id = "ex",
            Reports = [Report("moscow", Party.RU, 150, 150, 0), Report("kyiv", Party.UA, 150, 189, 5), Report("wire", null, 150, 150, 9)],
        };

        var result = ExchangeConsolidation.Consolidate(exchange);

        Assert.Equal(new PartyCounts(150, 189), result.ReturnedTo);
        Assert.True(result.Discrepancy);
    }

    [Fact]
    public void Consolidate_TieBetweenValues_KeepsEarliestReport()
    {
        var exchange = new ExchangeEvent { Id = "ex", Reports = [Report("b", null, 90, null, 10), Report("a", null, 95, null, 0)] };

        Assert.Equal(95, ExchangeConsolidation.Consolidate(exchange).ReturnedTo.RU);
    }
}
