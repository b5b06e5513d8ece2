using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Tests.Exchanges;

public class ExchangeMatcherTests
{
    private static ExchangeFacts Facts(int day, int? ru, int? ua, params string[] mediators) =>
        new() { Date = new DateOnly(2026, 5, day), ReturnedTo = new PartyCounts(ru, ua), Mediators = mediators };

    private static ExchangeEvent Event(string id, ExchangeFacts facts, Party? side = null) =>
        ExchangeConsolidation.Consolidate(new ExchangeEvent
        {
            Id = id,
            Reports = [new ExchangeReport { SourceId = "s", ItemId = id, Side = side, Facts = facts }],
        });

    [Fact]
    public void FindMatch_SameDaySidesDisagree_JoinsTheEvent()
    {
        var moscow = Event("ex-a", Facts(14, 150, 150), Party.RU);

        Assert.Same(moscow, ExchangeMatcher.FindMatch([moscow], Facts(14, null, 189)));
    }

    [Fact]
    public void FindMatch_NextDayOtherNumbers_IsAnotherStage()
    {
        var first = Event("ex-a", Facts(23, 390, 390));

        Assert.Null(ExchangeMatcher.FindMatch([first], Facts(24, 307, 307)));
    }

    [Fact]
    public void FindMatch_StagesDatedByTheirTextsSameNumbers_AreSeparateEvents()
    {
        var saturday = Event("ex-a", Facts(23, 300, 300) with { Stage = true, DateStated = true });

        Assert.Null(ExchangeMatcher.FindMatch([saturday], Facts(24, 300, 300) with { Stage = true, DateStated = true }));
        Assert.Same(saturday, ExchangeMatcher.FindMatch([saturday], Facts(24, 300, 300) with { Stage = true }));
        Assert.Same(saturday, ExchangeMatcher.FindMatch([saturday], Facts(23, 300, 300) with { Stage = true, DateStated = true }));
    }

    [Fact]
    public void FindMatch_StagesNumberedApartSameNumbers_AreSeparateEvents()
    {
        var second = Event("ex-a", Facts(20, 90, 90) with { Stage = true, StageNumber = 2 });

        Assert.Null(ExchangeMatcher.FindMatch([second], Facts(21, 90, 90) with { Stage = true, StageNumber = 3 }));
        Assert.Same(second, ExchangeMatcher.FindMatch([second], Facts(21, 90, 90) with { Stage = true, StageNumber = 2 }));
        Assert.Same(second, ExchangeMatcher.FindMatch([second], Facts(21, 90, 90)));
    }

    [Fact]
    public void FindMatch_NextDaySameNumbers_IsTheSameExchange()
    {
        var first = Event("ex-a", Facts(23, 390, 390));

        Assert.Same(first, ExchangeMatcher.FindMatch([first], Facts(24, null, 390)));
    }

    [Fact]
    public void FindMatch_SameDayFarApartNumbers_IsAnotherExchange()
    {
        var big = Event("ex-a", Facts(14, 1000, 1000));

        Assert.Null(ExchangeMatcher.FindMatch([big], Facts(14, 25, 25)));
    }

    [Fact]
    public void FindMatch_TwoCandidates_PrefersSameDateAndNumbers()
    {
        var stage1 = Event("ex-a", Facts(23, 390, 390));
        var stage2 = Event("ex-b", Facts(24, 307, 307));

        Assert.Same(stage2, ExchangeMatcher.FindMatch([stage1, stage2], Facts(24, null, 307)));
    }

    [Fact]
    public void FindMatch_NoNumbers_JoinsTheEventOfThatDay()
    {
        var exchange = Event("ex-a", Facts(14, 150, 150));

        Assert.Same(exchange, ExchangeMatcher.FindMatch([exchange], Facts(14, null, null)));
    }

    [Fact]
    public void Score_DifferentMediators_ScoresLowerThanSameMediator()
    {
        var exchange = Event("ex-a", Facts(14, 150, 150, "AE"));

        Assert.True(ExchangeMatcher.Score(exchange, Facts(14, 150, null, "AE")) > ExchangeMatcher.Score(exchange, Facts(14, 150, null, "QA")));
    }

    [Fact]
    public void Score_ThreeDaysApart_CannotMatch() =>
        Assert.Equal(0, ExchangeMatcher.Score(Event("ex-a", Facts(14, 150, 150)), Facts(17, 150, 150)));
}
