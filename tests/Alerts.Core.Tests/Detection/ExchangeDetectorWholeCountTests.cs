using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// The whole exchange's count beside a share of it: regional outlets counting their own people, "in total" for
/// this exchange against a running total, the parts of a sum, and wording that only looks like capture or talks.
/// </summary>
public class ExchangeDetectorWholeCountTests
{
    // Sunday 6 July 2031.
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2031-07-06T12:00:00Z");

    [Theory]
    [InlineData("Двоє волинян повернулися з полону", "У суботу під час обміну додому повернулися двоє бійців з Волині. Загалом Україна повернула 90 військових.", null, 90)]
    [InlineData("Пятеро курян вернулись домой", "В субботу в ходе обмена домой вернулись пятеро военных из Курской области. Всего Россия вернула 90 военнослужащих.", 90, null)]
    [InlineData("", "Учора з полону повернулися четверо жителів Волині — троє військових і один цивільний. Загалом під час обміну повернулися 90 військових і 12 цивільних.", null, 90)]
    public void Detect_RegionalReportWithTheWholeCountInTotal_CountsTheWholeExchange(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.DoesNotContain(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal);
    }

    [Fact]
    public void Detect_CiviliansOfTheWholeExchangeInTotal_WinOverARegionsShare()
    {
        var d = Detect("", "Учора з полону повернулися четверо жителів Волині — троє військових і один цивільний. Загалом під час обміну повернулися 90 військових і 12 цивільних.");

        Assert.Equal(new PartyCounts(null, 12), d.Exchange!.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("Загалом з полону повернуто 5 703 українців.", 5703)]
    [InlineData("In total, 1,750 Ukrainians have been brought home.", 1750)]
    public void Detect_InTotalBeforeMoreThanOneExchangeReturns_IsARunningTotal(string sentence, int total)
    {
        var d = Detect("", "Сьогодні додому повернулися 90 захисників. " + sentence);

        Assert.Contains(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal && c.Value == total);
    }

    [Fact]
    public void Detect_PartsOfANationalSum_GoWhereTheSumWent()
    {
        var d = Detect("", "Prisoner exchange: 102 Ukrainians came home today — 90 service members and 12 civilians. Russia says 90 of its soldiers were returned.");

        Assert.Equal(new PartyCounts(90, 90), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(null, 12), d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_SumOfOwnCitizensFromRussianCaptivity_KeepsItsCiviliansUkrainian()
    {
        var d = Detect("", "Сьогодні Україна повернула з російського полону 102 своїх громадян — 90 військовослужбовців та 12 цивільних.");

        Assert.Equal(new PartyCounts(null, 12), d.Exchange!.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_CapturedServicemenHandedOver_AreCounted()
    {
        var d = Detect("", "Russia and Ukraine swapped prisoners on Saturday, each side handing over 90 captured servicemen.");

        Assert.Equal(new PartyCounts(90, 90), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_StageOfTheAgreedExchange_IsAnExchange()
    {
        var d = Detect("", "Сьогодні — перший етап обміну, про який ми домовилися в Стамбулі. Вдома 90 наших воїнів.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(null, 90), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_SwapBeingPrepared_IsNotAnExchange()
    {
        var d = Detect("Large swap being prepared", "The Kremlin said a prisoner exchange, possibly 500 for 500, was being prepared with Turkish mediation.");

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Fact]
    public void Detect_TotalOfTheseThreeDays_IsNotTheStagesCount()
    {
        var d = Detect("", "Третій етап. Сьогодні додому повертаються 90 українців. Загалом за ці три дні — триста наших воїнів.");

        Assert.Equal(new PartyCounts(null, 90), d.Exchange!.ReturnedTo);
    }
}
