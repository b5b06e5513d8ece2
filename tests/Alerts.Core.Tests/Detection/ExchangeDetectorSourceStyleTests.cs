using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// Styles of particular sources: presidential Telegram posts, ministry statements over a staged deal, features about
/// freed people, swaps of other countries, and breakdowns of a count into servicemen and civilians.
/// </summary>
public class ExchangeDetectorSourceStyleTests
{
    // Sunday 6 July 2031.
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2031-07-06T12:00:00Z");

    [Theory]
    [InlineData("Дев'яносто наших людей сьогодні вдома. 🇺🇦\n\nДякую всім, хто працював над цим.", null, 90)]
    [InlineData("90 військових і 12 цивільних. Наші люди вдома. 🇺🇦", null, 90)]
    [InlineData("⚡️Обмен пленными: 90 на 90.\n\nНаши ребята уже в Беларуси.", 90, 90)]
    [InlineData("Семеро мешканців Волині — серед 90 захисників, звільнених у суботу із полону.", null, 90)]
    [InlineData("🇺🇦 102 українців повертаються додому!\n\nСеред звільнених — 90 військовослужбовців і 12 цивільних осіб.", null, 90)]
    public void Detect_ShortPosts_ReadTheExchangeAndItsServicemen(string text, int? russia, int? ukraine)
    {
        var d = Detect("", text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("", "Russia and Ukraine exchanged 90 prisoners of war each on Saturday, completing the largest swap in two years after talks in Istanbul.", 90, 90)]
    [InlineData("", "6 июля состоялся третий этап обмена. Возвращены 90 российских военнослужащих. Взамен переданы 90 военнопленных ВСУ. Всего в ходе трех этапов возвращены 300 российских военнослужащих.", 90, 90)]
    [InlineData("", "Третій етап обміну відбувся! Сьогодні з полону повернулися 90 українців. Так ми виконали домовленість «300 на 300».", null, 90)]
    public void Detect_StageOfADeal_CountsTheStage(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Відділення реабілітації для звільнених з полону", "У Львові запрацювало відділення реабілітації для військових, які повернулися з полону. Розраховане воно на 40 ліжок.")]
    [InlineData("", "Ми відповіли на понад 300 запитань родин. Близько 8 тисяч українців досі в російському полоні; 6 341 людину вже повернуто додому.")]
    [InlineData("Russia and Germany swap prisoners", "Russia and Germany exchanged prisoners at Ankara airport on Wednesday. Germany handed over a Russian citizen convicted of spying.")]
    [InlineData("Ukraine receives 900 bodies", "Ukraine received the bodies of 900 people, the Coordination Headquarters for the Treatment of Prisoners of War said. Such handovers have taken place alongside prisoner exchanges.")]
    [InlineData("Lists traded", "Under the deal, each side is to release 300 prisoners of war in several stages, a Ukrainian official said.")]
    public void Detect_NoExchangeTakingPlace_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Fact]
    public void Detect_AlreadyReturnedAboveOneExchange_IsARunningTotal()
    {
        var d = Detect("", "Близько 8 тисяч українців досі в російському полоні; 6 341 людину вже повернуто додому.");

        Assert.Contains(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal && c.Value == 6341);
    }

    [Theory]
    [InlineData("Ukraine and Russia swapped 90 prisoners of war each on Saturday, with Kyiv also securing the release of 12 civilians and Moscow the return of five residents of its Kursk region.")]
    [InlineData("Россия и Украина провели обмен пленными. Минобороны России сообщило о возвращении 90 военнослужащих и пяти мирных жителей Курской области. Украинская сторона сообщила о возвращении 90 военных и 12 гражданских.")]
    public void Detect_EachSideWithItsOwnCivilians_CountsBoth(string text)
    {
        var d = Detect("", text);

        Assert.Equal(new PartyCounts(90, 90), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(5, 12), d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_ResidentsStillHeldBesideTheSwap_AreNotReturned()
    {
        var d = Detect("", "Серед 90 українських захисників, яких повернули з полону в суботу, — троє жителів Полтавщини. Рідні ще семи жителів області, які перебувають у полоні, продовжують чекати.");

        Assert.Equal(new PartyCounts(null, 90), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("Четверо сумчан повернулися з полону", "Учора, під час обміну полоненими, додому повернулися четверо жителів Сумщини. Загалом у суботу з російського полону звільнили 90 українців.")]
    [InlineData("", "Троє жителів Полтавщини — серед 90 захисників, яких повернули з російського полону в суботу.")]
    public void Detect_UkrainianRegionsResidents_AreAShareNotCivilians(string title, string text)
    {
        var d = Detect(title, text);

        Assert.Equal(new PartyCounts(null, 90), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_RussianKurskResidentsWithoutCivilianWord_StayCivilians()
    {
        var d = Detect("", "Минобороны России сообщило о возвращении 90 военнослужащих, а также 8 жителей Курской области.");

        Assert.Equal(new PartyCounts(8, null), d.Exchange!.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("", "6 июля осуществлён первый этап обмена в формате 300 на 300. Возвращены 120 российских граждан, в том числе 90 военнослужащих и 30 мирных жителей. Взамен украинской стороне переданы 120 человек.", 90, 120)]
    [InlineData("", "✅ Stage 1 of 3 DONE. 90 for 90 today. #PrisonerSwap", 90, 90)]
    [InlineData("", "Вчора — дев'яносто наших героїв і дванадцять цивільних. 💙💛", null, 90)]
    [InlineData("Минобороны сообщило о возвращении 90 военнослужащих", "Минобороны России в субботу сообщило о возвращении с подконтрольной Киеву территории 90 российских военнослужащих. Предыдущий обмен состоялся 6 июня.", 90, null)]
    [InlineData("", "Россия и Украина в субботу провели второй этап обмена. Из плена возвращены 90 российских военнослужащих. Всего договоренность предусматривает возвращение 300 военнослужащих с каждой стороны.", 90, null)]
    public void Detect_ReportsOfThisStage_CountIt(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Прем'єра вистави", "Театр представить виставу про людей, які повернулися з російського полону. Кошти передадуть на реабілітацію звільнених з полону.")]
    [InlineData("Фильм «Обмен»", "В Москве прошла премьера документального фильма «Обмен» о военнослужащих, вернувшихся из плена.")]
    [InlineData("", "Списки на обмін передано. Робимо все, щоб до Нового року якомога більше наших людей повернулися додому.")]
    [InlineData("Індія та Пакистан обмінялися полоненими", "Індія та Пакистан провели обмін полоненими за формулою «48 на 48».")]
    public void Detect_NoSwapOfThisWarTakingPlace_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("US and Russia swap prisoners", "The United States and Russia exchanged prisoners on Saturday. The swap was not connected to the prisoner-of-war exchanges between Russia and Ukraine, officials stressed.")]
    [InlineData("Обмін ударами", "Такий обмін ударами відбувся лише через дві доби після суботнього обміну полоненими.")]
    public void Detect_OtherOrEarlierSwapsToldInPassing_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("Дев'яносто! 🇺🇦\n\nЗахисники Маріуполя — сьогодні вони знову вдома. Це вже 6 556 українців, повернутих з полону з 2022 року.", 6556)]
    public void Detect_RunningTotalWithoutTotalWording_IsAStatisticNotACount(string text, int total)
    {
        var d = Detect("", text);

        Assert.Contains(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal && c.Value == total);
        Assert.True(d.Exchange is null || d.Exchange.ReturnedTo.UA != total, string.Join("; ", d.Evidence));
    }

    [Fact]
    public void Detect_CiviliansOfAnEarlierDayOfTheDeal_AreNotToday()
    {
        var d = Detect("", "Russia and Ukraine exchanged 90 prisoners of war each on Saturday, completing the deal. The exchange began on Thursday, when 100 soldiers and 20 civilians were returned to each side.");

        Assert.Equal(new PartyCounts(90, 90), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_KremlinsOwnTroops_AreRussias()
    {
        var d = Detect("", "Tears of joy as 90 Ukrainians walked free from Russian captivity today in the latest prisoner swap. The Kremlin claimed it got back 85 of its own troops.");

        Assert.Equal(new PartyCounts(85, 90), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Forty-six seriously wounded prisoners of war from each side were exchanged between Russia and Ukraine on Saturday.", 46, 46)]
    [InlineData("Russia and Ukraine on Saturday completed a three-day exchange of 300 prisoners of war each, swapping a final 90 men apiece. The exchange began on Thursday with 110 prisoners from each side, followed by 100 on Friday.", 90, 90)]
    [InlineData("⚡️Третий этап завершён: сегодня домой вернулись 90 наших бойцов. Итого за три дня 300 на 300 🇷🇺", 90, null)]
    public void Detect_FinalStageOrPassiveReport_CountsThisExchange(string text, int? russia, int? ukraine)
    {
        var d = Detect("", text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Live", "14:12 GMT — Asked about prisoner exchanges, a Kremlin spokesman said there was nothing to announce.")]
    [InlineData("Гол після полону", "Для 29-річного футболіста це перша гра після повернення з полону.")]
    public void Detect_ExchangesOnlyMentioned_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }
}
