using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// Year-in-review pieces that list the year's exchanges by month ("August brought …", "Серпень: …"), letters exchanged
/// with prisoners, and a postponed swap that "was to see" prisoners returned: none reports an exchange.
/// </summary>
public class ExchangeDetectorReviewsAndLettersTests
{
    [Theory]
    [InlineData("Letters for captives: 2,000 letters exchanged with prisoners this year",
        "Volunteers helped families exchange 2,000 letters with prisoners of war through the Red Cross this year. Some of the men who wrote to us were freed in the summer exchanges.")]
    [InlineData("The year in review: swaps amid stalled talks",
        "Prisoner swaps stayed one of the few channels open between Moscow and Kyiv this year. August brought the largest single exchange, 1,100 for 1,100, and Qatar brokered a 95-for-95 swap in October.")]
    [InlineData("Підсумки року: обміни полоненими",
        "Згадуємо головне.\nКвітень: обмін 120 на 120 за посередництва ОАЕ.\nСерпень: найбільший обмін року - 1 100 на 1 100.")]
    [InlineData("Итоги года: обмены пленными",
        "Вспоминаем главное.\nМарт: обмен 95 на 95 при посредничестве ОАЭ.\nИюль: крупнейший обмен года - 1 100 на 1 100.")]
    [InlineData("Рік у полоні і вдома: підсумки обмінів року",
        "Рік, що минає, став одним із найрезультативніших за кількістю повернень із полону. Пригадаємо головне: у січні додому повернулися 150 захисників.")]
    [InlineData("Итоги обменов года",
        "Уходящий год стал одним из самых результативных по числу вернувшихся из плена. Вспоминаем главное: в январе домой вернулись 150 военных.")]
    [InlineData("Planned prisoner exchange postponed",
        "A large prisoner exchange expected this weekend has been postponed, officials said. The swap, agreed at talks last week, was to see 800 prisoners returned by each side.")]
    public void Detect_NoNewExchange_IsNoReport(string title, string text) =>
        Assert.False(Reports.Detect(title, text, published: "2081-12-29T09:00:00Z").IsExchange);

    [Fact]
    public void Detect_SwapOfPrisonersAfterLetters_IsStillAReport()
    {
        var d = Reports.Detect("", "Families had exchanged letters with them for two years. On Sunday Russia and Ukraine swapped 150 prisoners each.", published: "2081-04-20T12:00:00Z");

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(150, 150), d.Exchange!.ReturnedTo);
    }
}
