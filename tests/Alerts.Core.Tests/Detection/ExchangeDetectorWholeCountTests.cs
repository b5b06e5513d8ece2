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

    [Theory]
    [InlineData("Russia and Ukraine swapped prisoners on Saturday: 90 Ukrainian and 90 Russian servicemen were exchanged.", 90, 90)]
    [InlineData("Among the 90 Ukrainian soldiers freed on Saturday in the swap, 27 are from Odesa region.", null, 90)]
    [InlineData("Eleven soldiers of a Kharkiv brigade were among the 90 Ukrainians freed in Saturday's exchange with Russia.", null, 90)]
    [InlineData("В числе 90 российских военнослужащих, освобождённых в субботу в ходе обмена, двое жителей Курской области.", 90, null)]
    [InlineData("У суботу відбувся другий етап обміну полоненими «300 на 300»: Україна та Росія обміняли 90 на 90 військовослужбовців.", 90, 90)]
    public void Detect_WholeCountBesideItsShareOrSharedNoun_CountsTheWhole(string text, int? russia, int? ukraine)
    {
        var d = Detect("", text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("В субботу состоялся обмен. Возвращены 90 российских военнослужащих и 12 мирных жителей. Украинской стороне переданы 90 военнопленных ВСУ и 12 гражданских лиц.")]
    [InlineData("Russia and Ukraine swapped prisoners on Saturday, each handing over 90 soldiers and 12 civilians.")]
    public void Detect_CiviliansJoinedToASidesCount_GoTheSameWay(string text)
    {
        var d = Detect("", text);

        Assert.Equal(new PartyCounts(12, 12), d.Exchange!.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_CiviliansInTheWholeDealsTotal_AreNotThisStages()
    {
        var d = Detect("", "Russia and Ukraine completed the swap on Saturday, exchanging 90 servicemen each in the final stage. Over three days, 300 people, including 12 civilians, were handed over by each side.");

        Assert.Equal(new PartyCounts(90, 90), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_HeldFigureAfterWhileInATotalsSentence_IsAStatistic()
    {
        var d = Detect("", "Russia and Ukraine swapped 90 prisoners each on Saturday. More than 5,100 Ukrainians have been returned home since 2022, while about 7,500 Ukrainians remain in Russian captivity.");

        Assert.Contains(d.Counts, c => c.Metric == StatisticMetric.Held && c.Party == Party.RU && c.Value == 7500);
        Assert.Contains(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal && c.Value == 5100);
    }

    [Theory]
    [InlineData("Q: How many Ukrainians are in Russian captivity now?\nA: According to our data, about 7,800 — soldiers and civilians.\n\nQ: And how many have been brought home?\nA: 5,989 people since 2022.", 7800, 5989)]
    [InlineData("— Скільки українців зараз у полоні?\n— За нашими даними — близько 7,8 тисячі.\n\n— А скільки вже повернули додому?\n— 5 989 людей.", 7800, 5989)]
    public void Detect_InterviewAnsweringHowMany_ReadsTheAnswersAsStatistics(string text, int held, int returned)
    {
        var d = Detect("Interview", text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Contains(d.Counts, c => c.Metric == StatisticMetric.Held && c.Party == Party.RU && c.Value == held && c.Qualifier == CountQualifier.Approx);
        Assert.Contains(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal && c.Party == Party.UA && c.Value == returned);
    }

    [Fact]
    public void Detect_AnswerCountingThisExchange_IsNotARunningTotal()
    {
        var d = Detect("", "Q: How many people were freed?\nA: Ninety Ukrainian servicemen returned home on Saturday. Russia got back 90 of its soldiers.");

        Assert.Equal(new PartyCounts(90, 90), d.Exchange!.ReturnedTo);
        Assert.DoesNotContain(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal);
    }

    [Theory]
    [InlineData("", "Повертаємо наших. Сьогодні додому — 90 українців 🇺🇦", null, 90)]
    [InlineData("", "Третій етап обміну завершено ✅\n\nСьогодні повернулися ще 90 українців.", null, 90)]
    [InlineData("", "By noon both Moscow and Kyiv had confirmed that 90 prisoners from each side were home, the first instalment of a 300-for-300 exchange agreed in Istanbul on Monday.", 90, 90)]
    public void Detect_ShortOrAgreedReports_AreExchanges(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_YearInNumbers_KeepsTheWholeWarsTotal()
    {
        var d = Detect("A year in numbers", "Over the year as a whole, 1,184 people returned home. Across the whole war, 5,210 Ukrainians have now been brought back from Russian captivity.");

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Contains(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal && c.Value == 5210);
        Assert.DoesNotContain(d.Counts, c => c.Value == 1184);
    }
}
