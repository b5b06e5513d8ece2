using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// Figures of an earlier year beside today's ("By 2069 … 10,000. Today … that figure at 7,800"), figures that
/// refer back to the one before them, totals that "rose to" a value, held figures beside a goal of return, and
/// reports told as a stage completed, a swap that went ahead after a collapse, or a count of people freed today.
/// </summary>
public class ExchangeDetectorFiguresAndYearsTests
{
    private static Alerts.Core.Detection.Detection Detect(string text) => Reports.Detect("", text, published: "2071-03-12T12:00:00Z");

    [Theory]
    [InlineData("By 2069 Kyiv estimated that around 10,000 Ukrainians were in Russian captivity. Today the Coordination Headquarters puts that figure at roughly 7,800.", StatisticMetric.Held, Party.RU, 7800, CountQualifier.Approx, 10000)]
    [InlineData("Ще на початку 2070 року в полоні, за оцінками, залишалося понад 9 тисяч українців. Тепер ця цифра становить близько 7 500.", StatisticMetric.Held, Party.RU, 7500, CountQualifier.Approx, 9000)]
    [InlineData("В 2069 году в украинском плену, по оценкам, находились около 3000 российских военных. Сейчас эта цифра составляет около 1500.", StatisticMetric.Held, Party.UA, 1500, CountQualifier.Approx, 3000)]
    [InlineData("In 2070 the ombudsman said some 9,000 Ukrainians were still held in Russia. The figure now stands at about 6,000.", StatisticMetric.Held, Party.RU, 6000, CountQualifier.Approx, 9000)]
    public void Detect_FigureOfAnEarlierYearThenTodaysFigure_CountsTodaysOnly(string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier, int old)
    {
        var d = Detect(text);

        Assert.Contains(new CountStatistic(metric, party, value, qualifier), d.Counts);
        Assert.DoesNotContain(d.Counts, c => c.Value == old);
    }

    [Theory]
    [InlineData("Загальна кількість повернутих з полону зросла до 5 539.", StatisticMetric.ReturnedTotal, Party.UA, 5539, CountQualifier.Exact)]
    [InlineData("Общее число освобожденных из плена с 2022 года выросло до 2 480 человек.", StatisticMetric.ReturnedTotal, Party.RU, 2480, CountQualifier.Exact)]
    [InlineData("Омбудсмен добавила, что в украинском плену сейчас находятся более 1,2 тыс. российских военнослужащих и работа по их возвращению будет продолжена.", StatisticMetric.Held, Party.UA, 1200, CountQualifier.AtLeast)]
    [InlineData("У російському полоні досі перебувають понад 7 тисяч українців, і робота з їх повернення триває щодня.", StatisticMetric.Held, Party.RU, 7000, CountQualifier.AtLeast)]
    [InlineData("Ukraine's Coordination Headquarters said 5,870 Ukrainians had been returned from Russian captivity since the start of the full-scale invasion in February 2022.", StatisticMetric.ReturnedTotal, Party.UA, 5870, CountQualifier.Exact)]
    [InlineData("Western officials estimate that Ukraine holds up to 2000 Russians.", StatisticMetric.Held, Party.UA, 2000, CountQualifier.AtMost)]
    public void Detect_TotalThatRoseOrHeldBesideAGoalOfReturn_IsAStatistic(string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier)
    {
        var d = Detect(text);

        Assert.Contains(new CountStatistic(metric, party, value, qualifier), d.Counts);
    }

    [Fact]
    public void Detect_QuestionThenTheFigure_AnswersTheQuestion()
    {
        var d = Detect("How many are still held? Ukraine's ombudsman puts the figure at about 6,500.");

        Assert.Contains(new CountStatistic(StatisticMetric.Held, Party.RU, 6500, CountQualifier.Approx), d.Counts);
    }

    [Theory]
    [InlineData("Russia, US swap prisoners at Abu Dhabi airport", "Russia and the United States exchanged prisoners on Wednesday, freeing an American journalist in exchange for a Russian businessman. The UAE, which has also mediated numerous prisoner-of-war exchanges between Russia and Ukraine, said it was proud to have helped.")]
    [InlineData("150 студентів поїдуть на навчання за програмою обміну", "Університет оголосив результати конкурсу на програму академічного обміну з польськими вишами. Пріоритет мали студенти, чиї родичі служать у ЗСУ або повернулися з полону.")]
    [InlineData("", "В ходе наступательных действий подразделения освободили населённый пункт.\n\nВ плен сдались 37 военнослужащих ВСУ, которые сейчас находятся в пункте временного содержания. Военнопленные пополнят обменный фонд.")]
    public void Detect_OtherSwapStudentsOrCapture_IsNotAnExchange(string title, string text)
    {
        var d = Reports.Detect(title, text, published: "2071-03-12T12:00:00Z");

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.DoesNotContain(d.Counts, c => c.Metric == StatisticMetric.Held && c.Value == 37);
    }

    [Theory]
    [InlineData("Ukraine war live", "13:42 - President Zelensky says 189 Ukrainians have returned from Russian captivity in today's exchange, including several men previously listed as missing.", null, 189, "2071-03-12")]
    [InlineData("", "Перший етап обміну завершено! 🇺🇦\n\n200 на 200 — саме стільки полонених повернулися сьогодні на свої сторони.\n\n#обмін", 200, 200, "2071-03-12")]
    [InlineData("Ukraine war live: delayed swap goes ahead", "13:00 — The prisoner exchange that collapsed on Friday has now gone ahead: ninety-five for ninety-five, according to statements from Kyiv and Moscow.", 95, 95, "2071-03-12")]
    [InlineData("", "Наші вдома! 🇺🇦\n\nПісля зриву в п'ятницю обмін таки відбувся. Повернулися 95 військових.", null, 95, "2071-03-12")]
    [InlineData("", "Сьогодні — 1.000 повернутих! Найбільший обмін з початку повномасштабної війни.", null, 1000, "2071-03-12")]
    [InlineData("", "Итоги вчерашнего дня: стороны обменялись тысячей пленных — по тысяче с каждой стороны.", 1000, 1000, "2071-03-11")]
    public void Detect_StageCompletedSwapAfterACollapseOrPeopleFreedToday_CountsThisExchange(string title, string text, int? russia, int? ukraine, string date)
    {
        var d = Reports.Detect(title, text, published: "2071-03-12T12:00:00Z");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), d.Exchange.Date);
    }

    [Theory]
    [InlineData("Ми розуміємо біль родин. Близько 7,5 тисяч українців чекають на повернення з полону.", Party.RU, 7500, CountQualifier.Approx)]
    [InlineData("Около 1200 российских военнослужащих ждут возвращения из украинского плена.", Party.UA, 1200, CountQualifier.Approx)]
    public void Detect_PeopleAwaitingReturn_AreHeld(string text, Party holder, int value, CountQualifier qualifier)
    {
        var d = Detect(text);

        Assert.Contains(new CountStatistic(StatisticMetric.Held, holder, value, qualifier), d.Counts);
        Assert.DoesNotContain(d.Counts, c => c.Metric == StatisticMetric.ReturnedTotal);
    }

    [Theory]
    [InlineData("Звільнений з полону прикордонник одружився з дівчиною, яка чекала його три роки", "У Полтаві зіграли весілля прикордонника. Хлопець провів у полоні майже три роки і повернувся додому під час обміну восени 2070 року.")]
    [InlineData("", "Провели нараду з командою щодо повернення наших людей з полону. Готуємо новий обмін — списки узгоджуються.")]
    [InlineData("From captivity to the podium: freed Ukrainian marine wins Invictus gold", "On Thursday, the 29-year-old Ukrainian marine won gold in the 1,500 meters at the Invictus Games. He was captured in 2069 and freed in a prisoner exchange the following spring.")]
    [InlineData("Ten weeks after his release, a border guard rebuilds his life", "Ten weeks after he stepped off a bus at the Belarusian border, Oleh still wakes up at 5 a.m. He was one of 150 Ukrainians freed that day in an exchange mediated by the UAE.")]
    [InlineData("Belarus frees 14 prisoners in swap with United States", "Belarus released 14 prisoners in exchange for the lifting of sanctions on its national airline. Belarus has served as a transit point for POW exchanges between Moscow and Kyiv.")]
    public void Detect_ProfileMeetingOrAnotherCountrysSwap_IsNotAnExchange(string title, string text)
    {
        var d = Reports.Detect(title, text, published: "2071-03-12T12:00:00Z");

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("", "🇺🇦 Перший етап обміну відбувся!\nДодому повертаються двісті українських захисників: 112 військовослужбовців ЗСУ, 47 нацгвардійців, 29 прикордонників, 12 моряків.", null, 200)]
    [InlineData("", "Сьогодні завершився третій етап обміну полоненими. Додому повернулися сто українських військових, Росія отримала сто своїх.", 100, 100)]
    [InlineData("", "Другий етап! Сьогодні повернулися ще 200 наших — учора було 200, сьогодні ще стільки ж.", null, 200)]
    [InlineData("Live", "11:45 — Russia's defence ministry says it has received 78 of its servicemen back from Ukraine in exchange for 78 Ukrainian POWs.", 78, 78)]
    [InlineData("", "Завершился третий, заключительный этап — ещё 150 на 150. Итого за три дня 500 на 500, как и договаривались в Стамбуле.", 150, 150)]
    [InlineData("", "Завершився третій, останній етап — ще 150 на 150.", 150, 150)]
    [InlineData("Russia, Ukraine complete 1,000-for-1,000 prisoner swap", "Russia and Ukraine completed the largest prisoner exchange of the war on Thursday, each handing over a final 303 prisoners to bring the total to 1,000 per side over three days.", 303, 303)]
    [InlineData("", "84 захисники вже на рідній землі 🇺🇦\n\nСеред звільнених — оборонці Маріуполя.", null, 84)]
    [InlineData("", "🙏 Серед ста сорока шести звільнених сьогодні — наш побратим Олег. 19 місяців полону.\n\n#повернення", null, 146)]
    [InlineData("Завершён обмен военнопленными", "Сегодня состоялся третий, завершающий этап обмена военнопленными. С подконтрольной киевскому режиму территории возвращены 85 российских военнослужащих. Взамен переданы 85 военнопленных ВСУ.\n\nВсего с 10 по 12 марта возвращены 300 российских военнослужащих.", 85, 85)]
    [InlineData("", "13:50 — What we know about today's prisoner swap:\n• Who: 84 Russian servicemen for 84 Ukrainians, per both governments.\n• Context: the first swap since the Istanbul deal wrapped up on February 14; an exchange expected last Friday fell through.", 84, 84)]
    [InlineData("", "Второй день обмена 🇷🇺 Сегодня по формуле 150 на 150 вернулись ещё наши пацаны. Вчера было 200.", 150, 150)]
    [InlineData("", "Обмен состоялся ✅ Наших забрали 120 человек, отдали столько же. Ребята уже в Беларуси.", 120, 120)]
    [InlineData("", "Вчера вернули 215 наших. Пишут родственники — многих уже перевели в госпитали.\n\n#обмен", 215, null)]
    public void Detect_BreakdownByServiceOwnPeopleOrAnotherDay_CountsThisExchange(string title, string text, int? russia, int? ukraine)
    {
        var d = Reports.Detect(title, text, published: "2071-03-12T12:00:00Z");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Сергій повернувся додому під час обміну в грудні 2070 року. До того він майже 600 днів провів у полоні.")]
    [InlineData("Алексей вернулся домой после обмена в декабре 2070 года. До этого он почти 600 дней провел в плену.")]
    public void Detect_DaysSpentInCaptivity_AreNoPrisonersHeld(string text)
    {
        var d = Detect(text);

        Assert.DoesNotContain(d.Counts, c => c.Value == 600);
    }

    [Fact]
    public void Detect_SecondCountAfterAndACountry_GoesToThatCountry()
    {
        var d = Reports.Detect("", "Russia and Ukraine exchanged 1.2 thousand prisoners of war each on Thursday. Ukraine also got back 46 civilians and Russia 12 civilians from the Kursk region, the two sides said.", published: "2071-03-12T12:00:00Z");

        Assert.Equal(new PartyCounts(12, 46), d.Exchange!.CiviliansReturnedTo);
    }
}
