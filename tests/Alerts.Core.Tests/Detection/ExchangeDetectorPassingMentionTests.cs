using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>Exchanges told of in passing, regional shares, and the wording around a count that decides what it counts.</summary>
public class ExchangeDetectorPassingMentionTests
{
    // Saturday 12 March 2033.
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2033-03-12T12:00:00Z");

    [Theory]
    [InlineData("U.S. and Russia swap prisoners in Abu Dhabi", "The United States and Russia exchanged prisoners on Thursday. The UAE has also mediated numerous prisoner exchanges between Russia and Ukraine.")]
    [InlineData("Forces exchange heavy fire near Kupiansk", "Troops exchanged artillery and drone fire overnight; a brigade said it had taken two Russian soldiers prisoner. The shelling came a week after the two sides swapped prisoners.")]
    [InlineData("Белоруссия и Польша провели обмен заключенными", "В пятницу состоялся обмен заключенными: Минск освободил троих граждан Польши.")]
    [InlineData("Former POW takes rowing gold", "Ukrainian marine Dmytro won gold on Thursday, two years after he was released from Russian captivity in a prisoner exchange.")]
    [InlineData("Bodies returned", "Ukraine on Friday received the bodies of 909 fallen soldiers. No prisoners of war were exchanged.")]
    [InlineData("Виставка малюнків", "Автори робіт повернулися додому під час обмінів 2031–2032 років.")]
    [InlineData("Выставка рисунков", "Открылась выставка: около 60 рисунков российских военнослужащих, сделанных в плену. Авторы работ вернулись домой в ходе мартовского обмена.")]
    [InlineData("«Малюнки з полону»", "Відкрилася виставка: понад 60 робіт, створених українськими військовими в неволі. Більшість авторів повернулися додому під час обмінів цього року.")]
    public void Detect_SwapToldInPassing_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("Трое курян вернулись домой", "В субботу из украинского плена вернулись трое уроженцев Курской области. Всего, по данным Минобороны, на родину вернулись 95 российских военнослужащих.", 95, null)]
    [InlineData("", "У суботу додому повернувся 231 українець. Серед них четверо жителів Волині.", null, 231)]
    [InlineData("", "Серед 146 захисників, яких учора вдалося повернути з полону, — троє жителів Полтавщини. Найдовше в неволі перебував 34-річний сержант.", null, 146)]
    [InlineData("", "Сьогодні додому повертаються наші люди. 121 військовий, зокрема прикордонники.", null, 121)]
    [InlineData("", "Сто сорок шість українських воїнів — вдома! 💙💛", null, 146)]
    [InlineData("", "Додому повертаються 1 200 українських захисників — з Донеччини, Запоріжжя, Курщини.", null, 1200)]
    [InlineData("Трое курян вернулись", "Среди 95 военнослужащих, вернувшихся вчера из украинского плена, трое жителей Курской области.", 95, null)]
    [InlineData("Swap", "Ukraine says 270 of its soldiers are home; Moscow confirms it received 270 servicemen back.", 270, 270)]
    [InlineData("Russia and Ukraine exchange prisoners after earlier swap collapsed", "84 Russian soldiers returned home on Saturday, ten days after a planned exchange was called off at the last minute.", 84, null)]
    [InlineData("Three-day swap completed", "Russia and Ukraine completed a three-day prisoner swap on Saturday, each releasing a final group of 90 soldiers and bringing the total exchanged since Thursday to 300 per side.", 90, 90)]
    public void Detect_ShareOrRunningTotalBeside_CountsThisExchange(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
        Assert.Empty(d.Counts);
    }

    [Fact]
    public void Detect_ThreeDayDealReport_NamesAStage()
    {
        var d = Detect("Russia and Ukraine complete three-day prisoner exchange", "Russia and Ukraine swapped 90 soldiers each on Saturday.");

        Assert.True(d.Exchange!.Stage);
    }

    [Fact]
    public void Detect_LiveBlogEntryOnTheSecondStage_IsDatedByItsDay()
    {
        var d = Detect("Russia-Ukraine war: live updates", "16:02 Kyiv time — Second stage of prisoner swap completed\nUkraine says 90 more of its soldiers are home. Yesterday the sides swapped 120 prisoners each.");

        Assert.Equal(new DateOnly(2033, 3, 12), d.Exchange!.Date);
    }

    [Fact]
    public void Detect_HeldInAdjectiveCaptivity_IsAStatistic()
    {
        var d = Detect("", "Понад 8 тисяч українців зараз у російському полоні — військові та цивільні.");

        Assert.Contains(d.Counts, c => c is { Metric: StatisticMetric.Held, Party: Party.RU, Value: 8000, Qualifier: CountQualifier.AtLeast });
    }
}
