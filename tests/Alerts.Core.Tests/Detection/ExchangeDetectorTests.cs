using Alerts.Core.Detection;
using Alerts.Core.Items;

namespace Alerts.Core.Tests.Detection;

public class ExchangeDetectorTests
{
    private static Alerts.Core.Detection.Detection Detect(string title, string text, string? language = null, string published = "2026-11-22T12:00:00Z") =>
        Reports.Detect(title, text, language, published);

    [Fact]
    public void Detect_EnglishReport_ExtractsCountsDateMediatorAndTransit()
    {
        var d = Detect("Ukraine and Russia swap 185 prisoners each", "The exchange took place on Friday with the help of the UAE. The Russian soldiers were flown to Belarus.");

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(185, 185), d.Exchange!.ReturnedTo);
        Assert.Equal(new DateOnly(2026, 11, 20), d.Exchange.Date);
        Assert.Equal(["AE"], d.Exchange.Mediators);
        Assert.Equal(["BY"], d.Exchange.Transit);
        Assert.Equal("en", d.Language);
    }

    [Fact]
    public void Detect_UkrainianNumberWords_ReadsUkrainianSideAndGuessesLanguage()
    {
        var d = Detect("", "Сьогодні додому повернулися сто сорок шість українських захисників і дванадцять цивільних. Обмін відбувся за посередництва Катару.");

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(null, 146), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(null, 12), d.Exchange.CiviliansReturnedTo);
        Assert.Equal(["QA"], d.Exchange.Mediators);
        Assert.Equal("uk", d.Language);
        Assert.Equal(Party.UA, d.Side);
    }

    [Fact]
    public void Detect_RussianMinistryWording_ReadsBothSides()
    {
        var d = Detect("Возвращены 90 военнослужащих", "20 ноября с подконтрольной Киеву территории возвращены девяносто российских военнослужащих. Взамен переданы 90 военнопленных ВСУ.", "ru");

        Assert.Equal(new PartyCounts(90, 90), d.Exchange!.ReturnedTo);
        Assert.Equal(new DateOnly(2026, 11, 20), d.Exchange.Date);
        Assert.Equal(Party.RU, d.Side);
    }

    [Theory]
    [InlineData("Exchange of fire near Bakhmut", "Russian and Ukrainian troops exchanged fire overnight; two soldiers were killed.", "not a prisoner exchange")]
    [InlineData("Ruble slides on Moscow Exchange", "The ruble fell on the Moscow Exchange as the currency exchange rate hit a low.", "not a prisoner exchange")]
    [InlineData("Zelensky proposes all-for-all swap", "Zelensky proposed an all-for-all prisoner exchange and handed over lists of 1,000 names.", "proposal")]
    [InlineData("Prisoner exchange postponed", "A prisoner exchange between Ukraine and Russia planned for Saturday was postponed.", "proposal")]
    [InlineData("US and Russia swap prisoners", "The United States and Russia swapped prisoners in Abu Dhabi; an American journalist was freed.", "another conflict")]
    [InlineData("Bodies returned", "Ukraine received the bodies of 900 fallen soldiers in a repatriation.", "")]
    [InlineData("Captured", "Ukrainian forces captured 40 Russian soldiers near Kursk.", "capture")]
    public void Detect_HardNegatives_AreRejectedWithAReason(string title, string text, string reason)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange);
        Assert.Null(d.Exchange);
        Assert.Contains(d.Evidence, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_NewExchangeRecappingOldOnes_ReportsOnlyTheNewOne()
    {
        var d = Detect("Swap: 84 home", "84 Ukrainian soldiers came home from Russian captivity on Sunday. The previous exchange, on 2 October, returned 103 to each side.");

        Assert.Equal(new PartyCounts(null, 84), d.Exchange!.ReturnedTo);
        Assert.Equal(new DateOnly(2026, 11, 22), d.Exchange.Date);
        Assert.Contains(d.Evidence, e => e.Contains("recap", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_RecapInsideUnrelatedNews_IsNotAnExchange()
    {
        var d = Detect("Zelensky visits hospital", "Zelensky visited a hospital in Kharkiv. The last prisoner exchange took place on 14 October, when 95 soldiers returned to each side.");

        Assert.False(d.IsExchange);
    }

    [Theory]
    [InlineData("About 6,500 Ukrainians remain in Russian captivity.", StatisticMetric.Held, Party.RU, 6500, CountQualifier.Approx)]
    [InlineData("Около 1000 российских военных находятся в украинском плену.", StatisticMetric.Held, Party.UA, 1000, CountQualifier.Approx)]
    [InlineData("Понад 7 тисяч українців досі перебувають у російському полоні.", StatisticMetric.Held, Party.RU, 7000, CountQualifier.AtLeast)]
    [InlineData("In total, 4,552 people have returned home since 2022.", StatisticMetric.ReturnedTotal, Party.UA, 4552, CountQualifier.Exact)]
    [InlineData("С начала СВО из украинского плена вернулись более 2 тыс. российских военнослужащих.", StatisticMetric.ReturnedTotal, Party.RU, 2000, CountQualifier.AtLeast)]
    public void Detect_Statistics_ReadHolderPartyAndQualifier(string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier)
    {
        var d = Detect("", text);

        Assert.False(d.IsExchange);
        Assert.Contains(new CountStatistic(metric, party, value, qualifier), d.Counts);
    }

    [Fact]
    public void Detect_VenueOfTalks_IsNotAMediator()
    {
        var d = Detect("Swap after Istanbul talks", "Russia and Ukraine exchanged 300 prisoners each on Sunday, a swap agreed at talks in Turkey last week.");

        Assert.True(d.IsExchange);
        Assert.Empty(d.Exchange!.Mediators);
    }

    [Theory]
    [InlineData("Swap completed", "Kyiv says 140 soldiers were freed in a swap today; Moscow says it got 140 servicemen back.", 140, 140)]
    [InlineData("Swap on Sunday", "Ukraine brought home 70 servicemen in an exchange on Sunday, Kyiv said. Russia's defence ministry said it received 70 servicemen.", 70, 70)]
    [InlineData("Staged swap begins", "Russia and Ukraine on Sunday began an exchange meant to free 500 prisoners on each side, swapping 200 servicemen each in the first stage.", 200, 200)]
    [InlineData("Наши дома", "Сто двадцать наших ребят сегодня вернулись на Родину! Взамен отправились 120 военнопленных.", 120, 120)]
    [InlineData("Подарунок до свят", "240 💙💛\nСтільки наших героїв сьогодні вдома. Дякуємо за посередництво!", null, 240)]
    public void Detect_CountsBySpeakerStageAndNumberLine_AreRead(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_HeadlineOverADatedEarlierExchange_IsNotAnExchange()
    {
        var d = Detect("Rehab centre takes in soldiers freed from captivity", "The centre in Lviv has taken in 40 soldiers freed from captivity in the exchange on 29 October. Doctors say some will need a year to recover.");

        Assert.False(d.IsExchange);
    }

    [Theory]
    [InlineData("Сто двадцять захисників — удома!", "Сьогодні з російської неволі повернулися військовослужбовці ЗСУ та Нацгвардії.", null, 120)]
    [InlineData("Homecoming", "70 of our warriors are back on Ukrainian soil. I thank the UAE for their help in the Ukraine war.", null, 70)]
    [InlineData("Домой", "Сегодня из украинской неволи вернулись 55 российских военнослужащих.", 55, null)]
    public void Detect_ReturnFromCaptivityWordingVariants_AreRead(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("", "Сьогодні додому повернулися 410 українських захисників — найбільший обмін за весь час війни.", 410)]
    [InlineData("", "Ukraine brought home 410 soldiers from Russian captivity today, the largest swap since the war began.", 410)]
    public void Detect_SuperlativeOverAPeriod_IsThisExchangeNotATotal(string title, string text, int ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange);
        Assert.Equal(ukraine, d.Exchange!.ReturnedTo.UA);
        Assert.DoesNotContain(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal);
    }

    [Theory]
    [InlineData("Книга про повернення з полону вийде у Львові", "Видавництво готує збірку спогадів захисників. Кошти підуть на реабілітацію звільнених з полону.")]
    [InlineData("Фильм о возвращении из плена покажут в Москве", "Картина рассказывает о семьях освобожденных из плена военных.")]
    [InlineData("Фільм про обмін покажуть в Одесі", "Стрічка розповідає про трьох захисників, які повернулися додому під час обміну полоненими навесні 2025 року.")]
    [InlineData("Лубинец передал списки для обмена", "Киев передал российской стороне списки военнопленных для обмена. Последний обмен вернул домой 95 военных.")]
    public void Detect_TopicOrRecapWithoutAReport_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange);
    }

    [Theory]
    [InlineData("Russia and Ukraine complete first stage of 500-for-500 prisoner swap", "Russia and Ukraine swapped 250 prisoners of war each on Friday.", 250, 250)]
    [InlineData("Swap completed", "Another 250 Ukrainian POWs came home on Saturday; Russia received the same number of its troops. That completes the 500-for-500 exchange.", 250, 250)]
    [InlineData("Обмен", "Сегодня Россия и Украина провели обмен ста двадцати военнопленных на такое же число.", 120, 120)]
    public void Detect_FormulaAndSameNumber_GiveTheCountsOfThisExchange(string title, string text, int russia, int ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join(" | ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_SumBeforeItsBreakdown_IsNotASideCount()
    {
        var d = Detect("", "Сьогодні Україна повернула з російського полону 60 своїх громадян — 50 військовослужбовців та 10 цивільних.");

        Assert.Equal(new PartyCounts(null, 50), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(null, 10), d.Exchange.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("Обмін", "Сьогодні додому повернулися 100 захисників. За понад чотири роки війни з полону вдалося повернути 7 100 українців.", StatisticMetric.ReturnedTotal, Party.UA, 7100, CountQualifier.Exact)]
    [InlineData("Обмін", "Сьогодні додому повернулися 100 захисників. Від 2022 року з полону повернуто 7 100 українців.", StatisticMetric.ReturnedTotal, Party.UA, 7100, CountQualifier.Exact)]
    [InlineData("Списки", "Омбудсмен заявил, что речь идёт о более чем 6 тыс. человек, которых удерживает Россия, и обмен нужен скорее.", StatisticMetric.Held, Party.RU, 6000, CountQualifier.AtLeast)]
    [InlineData("Пленные", "По нашим данным, в украинском плену находятся более тысячи российских военнослужащих. Мы добиваемся обмена.", StatisticMetric.Held, Party.UA, 1000, CountQualifier.AtLeast)]
    public void Detect_TotalsAndHeldFigures_AreStatistics(string title, string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier)
    {
        var d = Detect(title, text);

        Assert.Contains(new CountStatistic(metric, party, value, qualifier), d.Counts);
    }

    [Fact]
    public void Detect_PeopleOfferedInAProposedSwap_AreNotAHeldFigure()
    {
        var d = Detect("Kyiv offers a swap", "Ukraine offered to swap 250 captured Russian soldiers for Ukrainian civilians held by Russia.");

        Assert.False(d.IsExchange);
        Assert.Empty(d.Counts);
    }

    [Theory]
    [InlineData("Возвращены 90 военнослужащих", "Сегодня из плена возвращены 90 российских военнослужащих. В министерстве отметили, что в возвращении военных помогла турецкая сторона.", "TR")]
    [InlineData("З полону повернулися 40 захисників", "Сьогодні 40 українських військових повернулися з російського полону. Обмін став можливим за сприяння Апостольського Престолу.", "VA")]
    [InlineData("Swap brings 300 home", "Ukraine and Russia swapped 300 prisoners each on Sunday. The swap, brokered by Qatar, had been prepared for weeks, according to people familiar with the talks.", "QA")]
    public void Detect_MediatorCuesAndNames_AreRead(string title, string text, string mediator)
    {
        var d = Detect(title, text);

        Assert.Equal([mediator], d.Exchange!.Mediators);
    }

    [Theory]
    [InlineData("Swap brings 146 home", "On Sunday, 146 Ukrainian soldiers came home and Russia got back 146 of its own. The exchange was the fruit of mediation by the United Arab Emirates and, for the first time in months, the United States.", "AE,US")]
    [InlineData("", "Сьогодні 189 українців повернулися з полону додому. Дякую всім, хто працював на результат, і окремо — Об'єднаним Арабським Еміратам та Саудівській Аравії за допомогу.", "AE,SA")]
    public void Detect_MediatorNamedAtTheEdgeOfTheCuesReach_IsRead(string title, string text, string mediators)
    {
        var d = Detect(title, text);

        Assert.Equal(mediators.Split(','), d.Exchange!.Mediators);
    }

    [Theory]
    [InlineData("Напередодні Різдва з полону повернули 50 військових", "Сьогодні Україна повернула з російського полону 50 військовослужбовців.")]
    [InlineData("Новогодний обмен", "Сегодня 50 российских военнослужащих вернулись из украинского плена накануне Нового года.")]
    public void Detect_EveOfAHoliday_IsNotTheDayBefore(string title, string text)
    {
        var d = Detect(title, text);

        Assert.Equal(new DateOnly(2026, 11, 22), d.Exchange!.Date);
    }
}
