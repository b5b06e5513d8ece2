using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// Wording that everyday reports use around an exchange: labels and periods around running totals, lists of
/// names, two words for one noun, emoji lines, totals of a whole deal, regional shares, and items that only
/// talk about exchanges (explainers, interviews, profiles, swaps of other countries).
/// </summary>
public class ExchangeDetectorEverydayWordingTests
{
    // Sunday 6 July 2031.
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2031-07-06T12:00:00Z");

    [Theory]
    [InlineData("Kyiv says 5,317 Ukrainians have been brought home from Russian captivity since the full-scale invasion began in February 2022.", 5317)]
    [InlineData("Russia and Ukraine exchanged 90 prisoners of war each on Sunday. In all, 5,317 Ukrainians have been returned since the start of the full-scale invasion in 2022, officials said.", 5317)]
    [InlineData("🔹 Swap of the day: 44 POWs returned to each side.\nUkrainians brought home since 2022: 5,317 (Coordination HQ).", 5317)]
    public void Detect_RunningTotalAfterAPeriodOrALabel_IsAReturnedTotal(string text, int total)
    {
        var d = Detect("", text);

        Assert.Contains(new CountStatistic(StatisticMetric.ReturnedTotal, Party.UA, total, CountQualifier.Exact), d.Counts);
    }

    [Theory]
    [InlineData("Передала украинскому омбудсмену список из 250 российских военнослужащих, находящихся в плену, в том числе раненых. По нашим данным, в украинском плену находятся более 1,3 тыс. российских военных.", Party.UA, 1300)]
    [InlineData("He lost 25 kg in captivity. The Coordination Headquarters says more than 7,000 Ukrainians are still held by Russia.", Party.RU, 7000)]
    public void Detect_ListedPeopleOrAWeight_IsNotTheHeldFigure(string text, Party holder, int held)
    {
        var d = Detect("", text);

        Assert.Equal([new CountStatistic(StatisticMetric.Held, holder, held, CountQualifier.AtLeast)], d.Counts);
    }

    [Theory]
    [InlineData("Учора з полону повернули чотирнадцятьох тяжкопоранених і тяжкохворих захисників.", null, 14)]
    [InlineData("Наши дома! 🇷🇺🙏\nСегодня из плена вернули 75 пацанов. Многих ждали больше года.", 75, null)]
    [InlineData("6 июля в ходе завершающего этапа обмена возвращены 110 российских военнослужащих. Взамен переданы 110 военнопленных ВСУ. Всего в рамках договоренностей из плена возвращены 400 российских военнослужащих.", 110, 110)]
    [InlineData("Під час обміну, який відбувся в суботу, додому повернулися п'ятеро військових з Волинщини, повідомила обласна адміністрація. Загалом того дня з російського полону звільнили сто дев'ять українців.", null, 109)]
    public void Detect_CountTheReportGives_IsReadWhole(string text, int? russia, int? ukraine)
    {
        var d = Detect("", text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Swap put on hold", "A prisoner exchange expected over the weekend has been postponed, Kyiv said. The swap would have returned around 150 Ukrainian servicemen.")]
    [InlineData("Freed soldier wins comeback fight", "Ukrainian boxer Ivan Koval, who was freed in a prisoner exchange last spring, won his comeback fight in Lviv on Saturday night.")]
    [InlineData("Thailand and Cambodia swap detained soldiers", "Thailand and Cambodia exchanged 14 detained soldiers on Saturday at a border checkpoint, the two governments said.")]
    [InlineData("Як відбуваються обміни полоненими: відповіді на питання", "Ми зібрали запитання читачів про обміни полоненими.\n\n— Скільки людей уже повернули?\n— Станом на сьогодні додому повернуто 5 317 людей.")]
    [InlineData("Реабілітаційний центр прийняв понад 300 захисників", "Реабілітаційний центр для колишніх військовополонених з початку року прийняв понад 300 захисників.\n\nЗвільнені з полону проходять тут лікування та курс психологічної підтримки.")]
    [InlineData("Interview with a negotiator", "Q: There are reports of a 1,000-for-1,000 exchange. Is that real?\nA: We are preparing it, but I will not give dates.")]
    public void Detect_TalkAboutExchanges_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("Сьогодні повернули додому 72 наших людей 🇺🇦\n\n63 воїни та 9 цивільних. Дякуємо ОАЕ.", null, 63)]
    [InlineData("Повернулися 63 українських військових і 9 цивільних. Ми передавали списки на більшу кількість. Росіяни погодили 63 на 63.", 63, 63)]
    [InlineData("Двоє херсонських морпіхів повернулися з полону.\n\nПід час учорашнього обміну за формулою 90 на 90 додому повернулися двоє морпіхів з Херсона.", 90, 90)]
    public void Detect_BreakdownOrAgreedFormula_GivesTheExchangesCount(string text, int? russia, int? ukraine)
    {
        var d = Detect("", text);

        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Сьогодні відбувся другий етап обміну. Додому повернулися 140 українських військових; росіянам передали стільки ж. Угода передбачає 400 на 400, отже завершальний етап має охопити по 120 людей з кожного боку.", 140, 140)]
    [InlineData("Сьогодні додому повернулися 210 захисників. Російська сторона отримала 210 своїх військових.\n\nЗа три дні повернули 700 людей: 620 військових та 80 цивільних.", 210, 210)]
    [InlineData("Families are welcoming home soldiers freed in yesterday's exchange, 95 for 95, which went ahead a week after an earlier attempt collapsed at the border.", 95, 95)]
    [InlineData("Russia and Ukraine each freed 70 soldiers on Thursday in an exchange that had been postponed earlier in the week over a dispute about lists.", 70, 70)]
    [InlineData("Russia and Ukraine exchanged seventy prisoners of war each on Saturday, a week after a planned handover collapsed at the last minute.", 70, 70)]
    [InlineData("Russia confirmed 380 for 380 today. The deal agreed in Istanbul envisages 1.1 thousand prisoners freed on each side in several stages.", 380, 380)]
    [InlineData("Другий етап обміну: додому повертаються ще 310 українських захисників! Обмін відбувається в межах стамбульських домовленостей про 1.100 на 1.100.", null, 310)]
    public void Detect_StageOrDelayedSwapThatTookPlace_CountsWhatTookPlace(string text, int? russia, int? ukraine)
    {
        var d = Detect("", text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("Fighting flares near Huliaipole", "Russian and Ukrainian forces exchanged artillery fire on Thursday. The fighting came days after the two countries swapped 95 prisoners each.")]
    [InlineData("Swap postponed at the last minute", "A prisoner exchange expected on Friday was postponed, sources said. The last exchange, on Jan. 6, returned 95 prisoners to each side.")]
    [InlineData("Сроки обмена не определены", "Новый обмен военнопленными с Украиной пока не согласован, сроки его проведения не определены, заявил пресс-секретарь.")]
    [InlineData("Росія зірвала обмін", "Обмін полоненими, запланований на сьогодні, не відбувся. За словами представника штабу, йшлося про обмін 90 на 90.")]
    [InlineData("Обмен пленными", "Москва и Киев обменялись списками военнопленных. По словам пресс-секретаря, речь идет о девяноста военнопленных с каждой стороны.")]
    [InlineData("Суд заочно приговорил командира", "По данным следствия, фигурант попал в плен в 2029 году, однако летом был передан украинской стороне в ходе обмена военнопленными.")]
    public void Detect_OldOrUnsetExchange_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("Учора з російського полону повернулися 95 українських військових. Серед них троє мешканців Сумщини. Усі троє провели в неволі майже три роки.")]
    [InlineData("У Полтаві відкрили центр для військових, які повернулися з полону. Тут одночасно можуть перебувати 40 людей.")]
    public void Detect_AHandfulOrPlacesInACentre_AreNotHeld(string text)
    {
        var d = Detect("", text);

        Assert.Empty(d.Counts);
    }

    [Fact]
    public void Detect_FinalStageOfASwapAgreedOnAnEarlierDay_CountsTheFinalStage()
    {
        var d = Detect("Final stage of 600-for-600 swap completed", "What happened on Sunday?\nRussia and Ukraine exchanged 190 prisoners each, completing the three-stage swap agreed in Istanbul on July 1. It followed a 220-for-220 exchange on Friday and 190-for-190 on Saturday.");

        Assert.Equal(new PartyCounts(190, 190), d.Exchange!.ReturnedTo);
        Assert.Equal(new DateOnly(2031, 7, 6), d.Exchange.Date);
    }

    [Fact]
    public void Detect_HolySeeThankedInTheDative_IsTheMediator()
    {
        var d = Detect("", "Сьогодні додому повернулися 60 наших воїнів. Дякуємо Святому Престолу за посередництво.");

        Assert.Equal(["VA"], d.Exchange!.Mediators);
    }

    [Fact]
    public void Detect_YesterdaysExchangeAsAnAdjective_IsDatedYesterday()
    {
        var d = Detect("", "Під час учорашнього обміну полоненими додому повернулися 60 українських військових.");

        Assert.Equal(new DateOnly(2031, 7, 5), d.Exchange!.Date);
    }

    [Theory]
    [InlineData("Сімдесят два військових і 9 цивільних — сьогодні вони повернулися в Україну 🇺🇦\n\nДякуємо Катару за посередництво.", null, 72, null, 9)]
    [InlineData("🇺🇦 Сімдесят два військових і 9 цивільних — удома!\n\nОбмін відбувся за посередництва ОАЕ.", null, 72, null, 9)]
    [InlineData("Учора під час обміну полоненими додому повернулися двоє військових із нашої області. Загалом у межах обміну з російської неволі звільнили 95 українців.", null, 95, null, null)]
    [InlineData("6 июля возвращены 72 российских военнослужащих, а также 5 жителей Курской области. Взамен переданы 72 военнопленных ВСУ и 11 граждан Украины.", 72, 72, 5, 11)]
    [InlineData("Учора під час обміну полоненими додому повернулися троє військових із Чернігівщини. Серед 95 звільнених захисників — прикордонник, який потрапив у полон навесні 2029 року.", null, 95, null, null)]
    [InlineData("Россия вернула из украинского плена 95 военнослужащих, в обмен Украине переданы 95 военнопленных, сообщили в Минобороны.", 95, 95, null, null)]
    [InlineData("Ukraine brought home 140 more servicemen on Saturday in the second stage, a day after 160 soldiers and 25 civilians returned on Friday. Russia said it received the same number of its troops.", 140, 140, null, null)]
    [InlineData("Prisoner exchange: both sides confirmed that the first stage took place today. Russia's defence ministry says 160 Russian servicemen and 25 civilians were returned, and that the same numbers of Ukrainian servicemen and civilians were handed over to Kyiv.", 160, 160, 25, 25)]
    [InlineData("Two days after 85 Ukrainian soldiers and 9 civilians came home in Friday's exchange, we spoke to an official about how the swap came together.", null, 85, null, 9)]
    [InlineData("Серед звільнених сьогодні з російського полону — п'ятеро жителів Харківщини: троє військових і двоє цивільних. Про це повідомив голова ОВА.\n\nЗагалом під час третього етапу обміну повернулися сто військових та двадцять п'ять цивільних.", null, 100, null, 25)]
    [InlineData("11:15 — Zelensky: \"Today we brought home 185 soldiers and 21 civilians\"\nUkraine's president posted a video of freed prisoners arriving at a hospital.", null, 185, null, 21)]
    public void Detect_ReportedExchange_ReadsServicemenAndCiviliansOfEachSide(string text, int? russia, int? ukraine, int? russianCivilians, int? ukrainianCivilians)
    {
        var d = Detect("", text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(russianCivilians, ukrainianCivilians), d.Exchange.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("Ukraine is believed to hold some 1.1 thousand Russian servicemen, according to officials in Kyiv.", Party.UA, 1100, CountQualifier.Approx)]
    [InlineData("Сьогодні додому повернулися 72 захисники. Ще близько 7,1 тисячі — у полоні.", Party.RU, 7100, CountQualifier.Approx)]
    [InlineData("Kyiv says 6,100 Ukrainians have been returned from captivity since 2022 but that more than 7,000 remain in Russian hands.", Party.RU, 7000, CountQualifier.AtLeast)]
    [InlineData("Нагадаю: понад 6,8 тисячі наших громадян досі утримуються в росії.", Party.RU, 6800, CountQualifier.AtLeast)]
    public void Detect_HeldWording_IsAHeldFigure(string text, Party holder, int value, CountQualifier qualifier)
    {
        var d = Detect("", text);

        Assert.Contains(new CountStatistic(StatisticMetric.Held, holder, value, qualifier), d.Counts);
    }
}
