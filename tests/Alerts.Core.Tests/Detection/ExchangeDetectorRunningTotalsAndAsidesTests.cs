using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// A swap that "brings the number freed since 2022 to" a running total, a held figure before a dash and a clause of
/// its own, a president's "Вдома 189 наших людей", a recipient told as "Kyiv gets", and exchanges only mentioned in
/// a court report or a rehabilitation centre's story, or foreseen by an agreement.
/// </summary>
public class ExchangeDetectorRunningTotalsAndAsidesTests
{
    private const string Published = "2077-04-30T12:00:00Z";

    [Theory]
    [InlineData("Russia and Ukraine exchanged 390 prisoners each on Thursday. The exchange brings the number of Ukrainians freed since 2022 to 6,687, according to Kyiv.", StatisticMetric.ReturnedTotal, Party.UA, 6687, CountQualifier.Exact)]
    [InlineData("Russia and Ukraine exchanged 390 prisoners each on Thursday. It brings the total number of Ukrainians freed since 2022 to 6,687 people.", StatisticMetric.ReturnedTotal, Party.UA, 6687, CountQualifier.Exact)]
    [InlineData("У полоні РФ ще залишаються близько 6 тисяч — ми працюємо над поверненням кожного.", StatisticMetric.Held, Party.RU, 6000, CountQualifier.Approx)]
    [InlineData("Загалом з 2022 року з полону звільнено понад 8,2 тисячі українців. У полоні РФ ще залишаються близько 6 тисяч — ми працюємо над поверненням кожного.", StatisticMetric.Held, Party.RU, 6000, CountQualifier.Approx)]
    [InlineData("• 5,012 — people returned to Ukraine from captivity since 2022, per the Ukrainian ombudsman.", StatisticMetric.ReturnedTotal, Party.UA, 5012, CountQualifier.Exact)]
    [InlineData("🔹 5 501 — стільки людей повернуто з російського полону від початку повномасштабного вторгнення", StatisticMetric.ReturnedTotal, Party.UA, 5501, CountQualifier.Exact)]
    public void Detect_RunningTotalOrHeldFigure_IsAStatistic(string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier) =>
        Assert.Contains(new CountStatistic(metric, party, value, qualifier), Reports.Detect("", text, published: Published).Counts);

    [Fact]
    public void Detect_DealSoFar_IsNoRunningTotal()
    {
        var d = Reports.Detect("Day two of 1,000-for-1,000 exchange", "Russia and Ukraine have swapped another 307 prisoners each, both sides say. That brings the number freed on each side so far to 697.", published: Published);

        Assert.Equal(new PartyCounts(307, 307), d.Exchange!.ReturnedTo);
        Assert.Empty(d.Counts);
    }

    [Fact]
    public void Detect_HomeAndACountOfOurPeople_IsAReport()
    {
        var d = Reports.Detect("", "Вдома 189 наших людей. 🇺🇦\n\nВоїни ЗСУ, Нацгвардії, прикордонники. Дякую Об'єднаним Арабським Еміратам за допомогу.", published: Published);

        Assert.True(d.IsExchange);
        Assert.Equal(new PartyCounts(null, 189), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_KyivGetsCiviliansBack_CountsThemForUkraineOnly()
    {
        var d = Reports.Detect("Russia, Ukraine swap 84 soldiers; Kyiv also gets 20 civilians back",
            "Russia and Ukraine exchanged 84 soldiers each on Saturday, and Russia also released 20 Ukrainian civilians, officials said. Russia's defence ministry said its servicemen were in Belarus and would be flown to Moscow.", published: "2077-08-14T15:00:00Z");

        Assert.Equal(new PartyCounts(84, 84), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(null, 20), d.Exchange.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("Kyiv court jails Russian soldier", "A Kyiv district court on Tuesday sentenced a captured Russian soldier to 15 years in prison. Prosecutors said he had been excluded from last Saturday's exchange, in which 246 prisoners from each side were freed, because criminal proceedings against him were under way.", "2077-03-30T10:15:00Z")]
    [InlineData("New rehabilitation centre opens in Lviv", "A rehabilitation centre for Ukrainians freed from Russian captivity opened in Lviv on Tuesday, offering psychological support, physiotherapy and legal help.", "2077-11-16T08:30:00Z")]
    [InlineData("Prisoner swap deal agreed", "The agreement foresees an exchange of 1,000 prisoners of war on each side.", "2077-06-19T10:15:00Z")]
    public void Detect_ExchangeOnlyMentionedInOtherNews_IsNoReport(string title, string text, string published) =>
        Assert.False(Reports.Detect(title, text, published: published).IsExchange);

    [Theory]
    [InlineData("Трое жителей области вернулись из плена", "Во второй день обмена военнопленными на родину было возвращено двести пятьдесят российских военнослужащих, среди них трое уроженцев нашей области, сообщил губернатор. Украинской стороне передано столько же.", 250, 250)]
    [InlineData("Двоє жителів громади повернулися з полону", "Учора під час обміну полоненими додому повернулися двоє наших земляків — прикордонник і сапер. Загалом під час обміну додому повернулися 96 українців.", null, 96)]
    [InlineData("Троє наших земляків повернулися з полону", "Учора під час чергового обміну полоненими додому повернулися троє жителів Калинівської територіальної громади. Усього з російської неволі звільнено 205 українських захисників.", null, 205)]
    [InlineData("Трое брянских военных вернулись из украинского плена", "Среди 410 российских военнослужащих, освобожденных вчера в ходе первого этапа обмена, — трое жителей Брянской области, сообщил губернатор.", 410, null)]
    public void Detect_HeadlineCountsTheRegionsOwn_IsNoCountOfCivilians(string title, string text, int? russia, int? ukraine)
    {
        var d = Reports.Detect(title, text, published: "2078-11-03T09:00:00Z");

        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_KurskResidentsHome_AreCivilians()
    {
        var d = Reports.Detect("", "Восемь наших земляков — жителей Курской области, которых удерживали на Украине, — сегодня вернулись домой в рамках обмена.", published: "2078-11-03T09:00:00Z");

        Assert.Equal(new PartyCounts(8, null), d.Exchange!.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("Odesa charity run raises money for families of POWs", "Organisers said the money would cover legal aid, travel to exchange points and psychological support once prisoners are freed.")]
    [InlineData("Прем'єра документального фільму про обмін полоненими", "У Києві відбулася прем'єра документального фільму «Коридор» — про один обмін полоненими 2076 року. На показі були присутні 60 колишніх полонених.")]
    public void Detect_SwapAsAFutureConditionOrASubjectOfAFilm_IsNoReport(string title, string text) =>
        Assert.False(Reports.Detect(title, text, published: "2078-12-15T18:00:00Z").IsExchange);

    [Fact]
    public void Detect_KurskResidentsToldInUkrainian_AreRussiasCivilians()
    {
        var d = Reports.Detect("Обмін 120 на 120",
            "Україна та Росія в суботу провели обмін полоненими за формулою 120 на 120. Російська сторона, за даними російського омбудсмена, отримала 120 військових і вісьмох жителів Курської області.",
            published: "2090-04-15T15:30:00Z");

        Assert.Equal(new PartyCounts(8, null), d.Exchange!.CiviliansReturnedTo);
    }
}
