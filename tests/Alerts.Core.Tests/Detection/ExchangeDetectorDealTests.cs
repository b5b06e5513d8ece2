using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>Multi-day deals: the deal's formula and total against a stage's own numbers; a region's share; stage numbers.</summary>
public class ExchangeDetectorDealTests
{
    // Saturday 21 August 2032.
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2032-08-21T12:00:00Z");

    [Theory]
    [InlineData("", "✅ Третій, завершальний етап обміну: 90 на 90.\n\nЗагалом за три дні додому повернулися 300 захисників.", 90, 90)]
    [InlineData("", "‼️ Перший етап обміну «400 на 400»\n\nСьогодні додому повертаються 180 українських захисників. Обмін відбувся за формулою 180 на 180.", 180, 180)]
    [InlineData("Первый этап обмена «1000 на 1000»", "Сегодня на родину вернулись 390 российских военнослужащих.", 390, null)]
    [InlineData("", "21 августа завершен обмен в формате «300 на 300». В рамках третьего этапа возвращены 90 российских военнослужащих. Всего за три дня возвращены 300 российских военнослужащих.", 90, null)]
    public void Detect_StageOfADeal_CountsTheStageNotTheDeal(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.DoesNotContain(d.Counts, c => c.Value == 300);
    }

    [Theory]
    [InlineData("Троє бійців із Сумщини повернулися з полону", "У суботу з російського полону повернулися 95 українських військових.", null, 95)]
    [InlineData("Из плена вернулись 95 военнослужащих", "В субботу из украинского плена вернулись 95 российских военнослужащих. Среди освобожденных — одиннадцать жителей Ростовской области.", 95, null)]
    public void Detect_ARegionsShare_CountsNeitherSide(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("", "✅ Третій, завершальний етап обміну полоненими: 90 на 90.", 3)]
    [InlineData("Второй день обмена", "Домой вернулись еще 90 наших парней.", 2)]
    [InlineData("Swap completed", "Russia and Ukraine swapped 90 soldiers each on Saturday in the second stage of the deal.", 2)]
    [InlineData("Swap completed", "Russia and Ukraine swapped 90 soldiers each on Saturday.", null)]
    public void Detect_NumberedStage_TellsItsNumber(string title, string text, int? number)
    {
        var d = Detect(title, text);

        Assert.Equal(number, d.Exchange!.StageNumber);
    }

    [Theory]
    [InlineData("Final 90 come home as swap wraps up", "On Saturday, the final 90 Ukrainian soldiers crossed the border. Russia received the same number of its servicemen. The first stage, on Thursday, returned 120 per side.", 90, 90)]
    [InlineData("Второй день обмена 🙏", "Домой вернулись еще 90 наших парней. Вчера было 120.", 90, null)]
    [InlineData("", "Russia and Ukraine exchanged 95 prisoners of war each on Saturday, the first such swap since April.", 95, 95)]
    public void Detect_EarlierStageOrGapToldBeside_IsDatedAndCountedByThisStage(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(new DateOnly(2032, 8, 21), d.Exchange.Date);
    }

    [Theory]
    [InlineData("Zelensky says 1,000-for-1,000 swap agreed", "Kyiv and Moscow have agreed to exchange 1,000 prisoners for 1,000 in the coming days.")]
    [InlineData("'I counted the days': a marine's road back from captivity", "Oleksandr was among the 90 men freed on Aug. 2 in the second stage of the summer's exchange. He is learning to walk again.")]
    public void Detect_AgreedOrLongPastSwap_IsNotAnExchange(string title, string text)
    {
        Assert.False(Detect(title, text).IsExchange);
    }
}
