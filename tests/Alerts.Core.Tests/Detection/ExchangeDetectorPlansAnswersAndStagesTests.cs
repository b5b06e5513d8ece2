using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// Plans that fell through and denials, figures given in a second clause or in an answer, and the
/// formula of one stage of a larger deal.
/// </summary>
public class ExchangeDetectorPlansAnswersAndStagesTests
{
    // Sunday 6 July 2031.
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2031-07-06T12:00:00Z");

    [Theory]
    [InlineData("Planned swap called off", "A prisoner exchange due on Saturday was called off hours before the handover, Kyiv said. About 200 prisoners were to have been exchanged on each side.")]
    [InlineData("Fact check: video of 'today's prisoner exchange' is old", "A video shared since Friday claims 300 men were freed in a prisoner exchange on July 4. No prisoner exchange took place on July 4, both sides said; the clip was first published in 2029.")]
    [InlineData("", "В сети распространяют видео, на котором 200 военнопленных вернулись домой после обмена в субботу. Никакого обмена в субботу не было, заявили в Минобороны.")]
    [InlineData("Correction: Saturday's handover was a repatriation of bodies", "An earlier version of this article incorrectly reported that Russia and Ukraine had exchanged prisoners of war on Saturday. The handover was a repatriation of bodies.")]
    [InlineData("Ukraine war live: no prisoner swap today", "12:30 — Ukraine's coordination headquarters says there is no exchange today.\n\n16:20 — The last confirmed exchange, 146 for 146, took place a week ago.")]
    [InlineData("Обмін полоненими зірвався", "Обмін полоненими, запланований на сьогодні, зірвався. «Сьогодні жоден полонений не повернувся», — зазначили в штабі. Родини повернулися додому ні з чим.")]
    [InlineData("Ukrainian troops capture 42 Russian soldiers", "Ukrainian forces captured 42 Russian soldiers over the weekend. The prisoners have been handed over to the Coordination Headquarters and will be added to the exchange fund.")]
    [InlineData("Кремль: работа по обмену пленными продолжается", "— Будет ли новый обмен военнопленными до Нового года?\n— Работа ведется.\n\n— Сколько российских военных сейчас находится в украинском плену?\n— По данным Минобороны, около 1,5 тыс.")]
    [InlineData("Обмін «150 на 150»: українські студенти поїдуть навчатися до ОАЕ", "Міністерство освіти оголосило результати конкурсу на програму академічного обміну. За програмою 150 студентів поїдуть на навчання до ОАЕ. Натомість українські виші приймуть 150 студентів з партнерських університетів.")]
    [InlineData("Ожидавшийся в субботу обмен пленными перенесен", "Обмен военнопленными, который должен был состояться в субботу, перенесен. Речь шла об обмене по формуле «120 на 120» при посредничестве Катара.")]
    [InlineData("Ukraine war live", "12:40 — The Kremlin says the timing of the prisoner exchange \"depends on Kyiv\".\n\n13:20 — Two civilians were wounded in shelling of the town.")]
    public void Detect_PlanDenialOrAnotherKindOfExchange_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("Inside the rehab centre for freed POWs", "In a converted sanatorium, forty men freed from Russian captivity spend their mornings in physiotherapy. Most of them came home in exchanges earlier this year.")]
    [InlineData("Історія захисника, який повернувся з полону", "Олександр провів у полоні майже два роки. Центр щомісяця приймає до 40 звільнених з полону військових.")]
    [InlineData("", "Каждый месяц в центр поступают до 30 освобожденных из плена военнослужащих, рассказал главврач.")]
    public void Detect_FreedMenInTheirEverydayLife_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("Russia and Ukraine swapped 90 prisoners each on Saturday. There was no exchange for two months before that.")]
    [InlineData("Россия и Украина в субботу обменялись 90 военнопленными. Обмена пленными не было с мая.")]
    public void Detect_NoExchangeForAWhileBeforeThisOne_IsStillAnExchange(string text)
    {
        var d = Detect("", text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("Россия и Украина провели второй этап обмена пленными", "Россия и Украина в субботу провели второй этап обмена военнопленными по формуле «100 на 100», сообщили в Минобороны. Всего договоренность предусматривает обмен 300 на 300.", 100, 100)]
    [InlineData("", "🔥 День второй. Обмен 1.000 на 1.000 продолжается.\n\nСегодня обменяли триста семь на триста семь. Пацаны уже в Беларуси.", 307, 307)]
    [InlineData("", "В рамках завершающего этапа обмена возвращены 303 российских военнослужащих. В обмен переданы 303 военнопленных ВСУ.\n\nВсего в ходе реализации стамбульских договоренностей в Россию возвращены 1000 военнослужащих.", 303, 303)]
    [InlineData("", "5 июля завершен обмен военнопленными. С подконтрольной киевскому режиму территории возвращены 250 российских военнослужащих. В обмен переданы 250 военнопленных ВСУ.\n\nВсего в ходе обмена 3–5 июля на родину возвращены 1000 российских военнослужащих.", 250, 250)]
    public void Detect_StageOfALargerDeal_CountsTheStage(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_LastStageReportedTheMorningAfter_CountsTheLastStage()
    {
        // Published on Sunday morning: "on Friday" and "on Saturday" are both before publication.
        var d = Detect(
            "Final stage of prisoner swap brings 300-for-300 deal to a close",
            "Russia and Ukraine completed a three-day prisoner exchange on Saturday, swapping the last 90 prisoners each. The first stage on Thursday saw 120 soldiers released by each side, followed by 90 on Friday.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(90, 90), d.Exchange!.ReturnedTo);
        Assert.Equal(new DateOnly(2031, 7, 5), d.Exchange.Date);
    }

    [Theory]
    [InlineData("URGENT: Russia and Ukraine swap 1,000 prisoners each", "URGENT — Russia and Ukraine exchanged 1,000 prisoners of war each on Saturday, both sides said.", 1000, 1000)]
    [InlineData("Fact check: Was Saturday's swap really 500 for 500?", "CLAIM: Posts on Telegram say Russia and Ukraine exchanged 500 prisoners each on Saturday.\n\nVERDICT: Misleading. Russia's defence ministry said 146 Russian servicemen were returned and 146 Ukrainian prisoners handed over.", 146, 146)]
    [InlineData("Трое курян вернулись из плена", "Трое жителей Курской области оказались в числе девяноста пяти российских военнослужащих, освобожденных в ходе вчерашнего обмена пленными по формуле 95 на 95.", 95, 95)]
    [InlineData("", "Усього 5 липня додому повернулися 189 українців. Серед наших земляків — дев'ятеро військових ЗСУ та троє нацгвардійців.", null, 189)]
    [InlineData("Трое курян вернулись из плена во второй день обмена", "Во второй день обмена военнопленными, о котором Россия и Украина договорились в Стамбуле, стороны передали друг другу по 200 человек.", 200, 200)]
    [InlineData("Live: first stage of the swap under way", "Each side has handed over 410 people in the first tranche of the 1 000-for-1 000 exchange agreed in Istanbul last week, officials in both capitals confirm.", 410, 410)]
    [InlineData("Small swaps, slow math", "Saturday's prisoner exchange of 120 for 120 between Russia and Ukraine, brokered by the United Arab Emirates, was the second this summer. Talks on a larger, multi-stage deal have been floated, but officials decline to give dates.", 120, 120)]
    [InlineData("Live: first stage of Istanbul prisoner deal", "Both sides confirm the first stage of the 900-for-900 deal agreed in Istanbul last week: 390 prisoners of war were exchanged for 390 this morning.", 390, 390)]
    [InlineData("", "Вчера из плена вернули 120 наших, сегодня — 95 пацанов. Ребята уже в Белоруссии.", 95, null)]
    [InlineData("Timeline: the prisoner exchanges of 2031", "The year's last prisoner exchange took place on Saturday. Kyiv said 246 Ukrainians came home; Russia's defence ministry said 230 Russian servicemen were returned.\n\nHow the year unfolded:\n\nJun 17 — 95 for 95, UAE-mediated.\nJul 5 — 246 / 230, see above.", 230, 246)]
    [InlineData("Morning brief", "PRISONERS. The second leg of the three-day swap between Russia and Ukraine went ahead yesterday: 100 prisoners for 100. Turkish officials say the final 80 on each side should cross today.", 100, 100)]
    [InlineData("", "Деталі сьогоднішнього обміну з росією:\n▪️ 215 військовослужбовців (ЗСУ — 168, НГУ — 29, ДПСУ — 18).", null, 215)]
    [InlineData("Брифінг Уповноваженого щодо обміну", "УПОВНОВАЖЕНИЙ: Учора ми повернули з полону додому 213 військових.\n\nПИТАННЯ: Чому кількість не збігається з тим, що повідомило Міноборони РФ?", null, 213)]
    [InlineData("Ukraine brings home 246 soldiers in swap with Russia", "KYIV — Ukraine and Russia carried out a prisoner exchange on Saturday, with Kyiv saying 246 soldiers had come home.\n\nRussia's defence ministry said 246 Russian servicemen had been returned.", 246, 246)]
    public void Detect_ExchangeBesideAClaimPartsOrAnAgreement_CountsWhatItReturned(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
        Assert.Equal(PartyCounts.None, d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_ExchangeTookPlaceThenCount_IsAnExchange()
    {
        var d = Detect("", "Вчера прошел обмен, вернули 115 наших парней. Видел фото из Беларуси — худые, но живые.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(115, null), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_TallyThatStandsAtAFigure_IsAReturnedTotal()
    {
        var d = Detect("", "Kyiv's tally of people returned since 2022 now stands at more than 6,000; officials estimate some 7,800 Ukrainians remain in Russian captivity.");

        Assert.Contains(new CountStatistic(StatisticMetric.ReturnedTotal, Party.UA, 6000, CountQualifier.AtLeast), d.Counts);
    }

    [Fact]
    public void Detect_FreedMenStayingInARehabCentre_AreNotHeld()
    {
        var d = Detect("", "У реабілітаційному центрі нині перебувають 40 військових, які повернулися з полону.");

        Assert.Empty(d.Counts);
    }

    [Theory]
    [InlineData("The headquarters said 6,499 Ukrainians had been returned from captivity since 2022, and that about 7,800 remain in Russian hands.", 6499, 7800)]
    [InlineData("Ukraine's coordination headquarters says 8,372 people have been brought home since 2022, and estimates that about 7,800 Ukrainians remain in Russian captivity.", 8372, 7800)]
    [InlineData("Штаб повідомив, що з 2022 року з полону повернули 6 499 українців, і що близько 7 800 досі перебувають у російському полоні.", 6499, 7800)]
    public void Detect_HeldFigureInASecondClause_IsHeldNotReturned(string text, int returned, int held)
    {
        var d = Detect("", text);

        Assert.Contains(new CountStatistic(StatisticMetric.ReturnedTotal, Party.UA, returned, CountQualifier.Exact), d.Counts);
        Assert.Contains(new CountStatistic(StatisticMetric.Held, Party.RU, held, CountQualifier.Approx), d.Counts);
    }

    [Theory]
    [InlineData("— Сколько российских военных сейчас в украинском плену?\n— По нашим данным, более 1 500. Мы требуем доступа к ним представителей МККК.", Party.UA, 1500, CountQualifier.AtLeast)]
    [InlineData("Сьогодні представники Коордштабу зустрілися з понад 300 родинами військових, які перебувають у полоні. У російському полоні перебувають понад 7 800 українців.", Party.RU, 7800, CountQualifier.AtLeast)]
    [InlineData("Ukrainian officials now put the number of citizens held in Russia at about 7,500, including civilians detained in occupied areas.", Party.RU, 7500, CountQualifier.Approx)]
    public void Detect_HeldFigureAnsweredOrPutAtANumber_IsAHeldFigure(string text, Party holder, int value, CountQualifier qualifier)
    {
        var d = Detect("", text);

        Assert.Equal([new CountStatistic(StatisticMetric.Held, holder, value, qualifier)], d.Counts);
    }

    [Fact]
    public void Detect_MilbloggerPostNamingMediatorsByNationality_IsAnExchangeWithThoseMediators()
    {
        var d = Detect("", "⚡️ Обмен 300 на 300 состоялся!\n\nДомой возвращаются наши пацаны 🇷🇺 Хохлам отдали столько же.\n\nПосредники — турки и американцы.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(["TR", "US"], d.Exchange!.Mediators);
    }

    [Theory]
    [InlineData("Троє черкащан серед звільнених з полону", "Учора з російського полону повернулися 189 українців. Серед них — троє наших земляків із Черкащини.", null, 189)]
    [InlineData("Пятеро курян среди освобожденных из плена", "Вчера из украинского плена вернулись 150 российских военнослужащих. Среди них — пятеро жителей Курской области.", 150, null)]
    public void Detect_RegionsShareInTheHeadline_CountsTheWholeExchange(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Fact]
    public void Detect_EachSidesCountBrokenDown_GivesEachSideTheParts()
    {
        var d = Detect("", "Russia and Ukraine each released 390 people on Sunday - 270 soldiers and 120 civilians - in the first stage of a 1,000-for-1,000 exchange.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(270, 270), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(120, 120), d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_CiviliansOfOneNationBesideAnEachSideCount_GoToThatSide()
    {
        var d = Detect("", "Russia and Ukraine closed the week with a prisoner exchange on Saturday, July 5. The UAE mediated.\n\n- Jul 5: 84 for 84, plus 12 Ukrainian civilians.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(84, 84), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(null, 12), d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_TheTwoSides_IsNotACount()
    {
        var d = Detect(
            "",
            "Russia and Ukraine each freed 84 prisoners of war on Sunday. The two sides also released civilians: Russia said three residents of its Kursk region had been returned.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(3, null), d.Exchange!.CiviliansReturnedTo);
    }
}
