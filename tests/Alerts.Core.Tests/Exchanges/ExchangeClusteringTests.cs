using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Tests.Exchanges;

public class ExchangeClusteringTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 14, 12, 0, 0, TimeSpan.Zero);

    private static ExchangeReport Report(string item, Party? side, int? ru, int? ua, int minutes = 0) => new()
    {
        SourceId = "s",
        ItemId = item,
        Side = side,
        Published = Now.AddMinutes(minutes),
        Facts = new ExchangeFacts { Date = new DateOnly(2026, 6, 14), ReturnedTo = new PartyCounts(ru, ua) },
    };

    [Fact]
    public void Place_NoCandidates_StartsAnEventNamedByDate()
    {
        var placement = ExchangeClustering.Place([], Report("a", Party.RU, 150, 150), Now);

        Assert.True(placement.IsNew);
        Assert.Equal("ex-20260614", placement.After.Id);
        Assert.Equal(new PartyCounts(150, 150), placement.After.ReturnedTo);
    }

    [Fact]
    public void Place_SecondExchangeThatDay_GetsASuffixedId()
    {
        var first = ExchangeClustering.Place([], Report("a", null, 1000, 1000), Now).After;

        var second = ExchangeClustering.Place([first], Report("b", null, 25, 25), Now).After;

        Assert.Equal("ex-20260614-2", second.Id);
    }

    [Fact]
    public void Place_OtherSidesReport_JoinsAndKeepsEachSidesOwnNumber()
    {
        var moscow = ExchangeClustering.Place([], Report("moscow", Party.RU, 150, 150), Now).After;

        var placement = ExchangeClustering.Place([moscow], Report("kyiv", Party.UA, null, 189, 5), Now);

        Assert.Same(moscow, placement.Before);
        Assert.Equal(new PartyCounts(150, 189), placement.After.ReturnedTo);
        Assert.True(placement.After.Discrepancy);
        Assert.Equal(2, placement.After.Reports.Count);
    }

    [Fact]
    public void Place_SameItemAgain_ReplacesItsReport()
    {
        var first = ExchangeClustering.Place([], Report("a", Party.UA, null, 150), Now).After;

        var edited = ExchangeClustering.Place([first], Report("a", Party.UA, null, 152), Now).After;

        Assert.Single(edited.Reports);
        Assert.Equal(152, edited.ReturnedTo.UA);
    }

    [Fact]
    public void Place_NeutralReportsAfterBothSides_DoNotFlipFlop()
    {
        var exchange = ExchangeClustering.Place([], Report("moscow", Party.RU, 150, 150), Now).After;
        exchange = ExchangeClustering.Place([exchange], Report("kyiv", Party.UA, null, 189, 1), Now).After;
        foreach (var n in Enumerable.Range(0, 3))
        {
            exchange = ExchangeClustering.Place([exchange], Report($"wire{n}", null, 150, 150, 10 + n), Now).After;
        }

        Assert.Equal(new PartyCounts(150, 189), exchange.ReturnedTo);
    }
}
