using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

/// <summary>
/// Posts whose topic is a hashtag, a day's civilians told beside another day's, running tallies of a
/// deal, fact checks that deny a swap, and the last stage of a deal told as its completion.
/// </summary>
public class ExchangeDetectorTagsDaysAndTalliesTests
{
    // Sunday 6 July 2031.
    private static Alerts.Core.Detection.Detection Detect(string title, string text) => Reports.Detect(title, text, published: "2031-07-06T12:00:00Z");

    [Theory]
    [InlineData("Freed POW testifies at war crimes hearing", "A Ukrainian soldier freed in last month's 200-for-200 exchange told investigators on Friday that he had been beaten daily in captivity. The 29-year-old is one of 30 former prisoners whose statements prosecutors plan to use.")]
    [InlineData("", "🔥 Поповнення обмінного фонду!\n\nБійці однієї з бригад під час штурму на Запорізькому напрямку взяли в полон 12 окупантів. Серед них — троє офіцерів.\n\nВсі полонені передані відповідним органам. Кожен з них — шанс повернути додому наших хлопців.\n\nСлава Україні!")]
    [InlineData("", "Готуємо новий великий обмін. Формула — 500 на 500. Списки погоджені.\n\nЯкщо Росія не зірве домовленостей, найближчими днями п'ятсот наших людей можуть бути вдома.")]
    [InlineData("Fact check: No, Russia and Ukraine did not swap 400 prisoners on Friday", "Claim: Posts say Russia and Ukraine exchanged \"400 for 400\" prisoners on Friday, July 4.\n\nVerdict: False.\n\nNeither side reported any exchange on Friday.")]
    [InlineData("На Запорожском направлении — интенсивный обмен огнём", "Ночью продолжался интенсивный обмен огнём между российскими и украинскими подразделениями. В Васильевке повреждены три жилых дома, ранены двое мирных жителей.")]
    [InlineData("Russia, Ukraine exchange information on missing via Red Cross", "Russia and Ukraine have exchanged information on several hundred missing soldiers through the Red Cross, the ICRC said on Wednesday.")]
    [InlineData("Омбудсмени домовилися про обмін інформацією щодо зниклих безвісти", "Омбудсмени України та країн Балтії підписали меморандум про обмін інформацією у пошуку зниклих безвісти.\n\n«Кожне свідчення звільненого з полону — це доказ», — наголосив український омбудсмен.")]
    [InlineData("US journalist freed in Russia-US prisoner swap", "Russia released a detained American journalist on Sunday in exchange for a Russian national convicted in the United States. It is the third US-Russia prisoner swap in two years.\n\nThe exchange is unrelated to the prisoner-of-war swaps between Moscow and Kyiv, which the UAE has also brokered, most recently on Thursday, when 205 soldiers from each side went home.")]
    [InlineData("Russia-Ukraine war live: next prisoner exchange 'being prepared'", "10:02 — Ukraine's president says a new prisoner exchange is \"being prepared\" and that Ukraine has handed over lists through mediators.\n\n10:41 — The Kremlin says contacts on prisoner exchanges \"are continuing\" but gives no timeline.")]
    [InlineData("Університети запускають програму обміну студентами", "Університет підписав угоду про програму академічного обміну з трьома польськими університетами.\n\nОкреме місце в програмі — для ветеранів, які повернулися до навчання, зокрема звільнених з полону.")]
    [InlineData("Ombudsmen agree two-stage prisoner swap at Riyadh talks", "Russian and Ukrainian human rights commissioners agreed on Wednesday to carry out a new prisoner-of-war exchange of 232 for 232 in two stages, according to a joint statement released after talks in the Saudi capital.")]
    [InlineData("Колишній полонений виграв «золото» Ігор нескорених", "Ветеран-прикордонник виборов золоту медаль на Іграх нескорених. Спортсмен провів у полоні понад рік і повернувся додому під час обміну позаминулого літа.")]
    [InlineData("Russian and Ukrainian forces exchange heavy fire near Pokrovsk", "Russian and Ukrainian forces exchanged heavy artillery fire overnight around Pokrovsk, regional officials said on Wednesday, days after the two countries completed a three-stage prisoner swap.\n\nTwo civilians were wounded when a shell hit a residential block.")]
    [InlineData("U.S. and Russia swap prisoners in Abu Dhabi", "The United States and Russia exchanged prisoners at Abu Dhabi airport on Wednesday, with an American journalist freed in return for a Russian businessman.\n\nThe UAE, which mediated the swap, said the two planes landed within minutes of each other.\n\nThe exchange is separate from the swaps of prisoners of war between Russia and Ukraine.")]
    [InlineData("Inside the clinic where freed POWs learn to sleep again", "Most of the 40 men here came back from Russian captivity in exchanges over the past two years; a few arrived only this month, after the swap on June 20.")]
    [InlineData("МККК: стороны обменялись данными о пропавших без вести", "Россия и Украина при содействии МККК обменялись информацией о судьбе около 400 военнослужащих, сообщили в среду.\n\n«Обмен информацией — это не обмен пленными», — отметил представитель МККК.")]
    [InlineData("Итоги недели", "• Переговоры. Делегации провели консультации в Эр-Рияде: обсуждались новый обмен пленными по формуле «всех на всех» и передача тел погибших. Договорённостей пока нет.")]
    [InlineData("", "⚡️Що відомо про домовленості щодо нового обміну:\n\n▪️ формула — 500 на 500;\n▪️ обмін пройде у два етапи;\n▪️ посередник — ОАЕ.\n\n#обмін #полонені")]
    [InlineData("Вернувшийся из плена военный выиграл золото", "Сержант, освобождённый из украинского плена в ходе обмена в мае, выиграл золотую медаль. Спортсмен провёл в плену почти два года и вернулся на Родину во время одного из этапов стамбульского обмена.")]
    [InlineData("Vatican envoy in Moscow to push for new prisoner exchange", "A Vatican peace envoy arrived in Moscow on Thursday for talks on a new exchange of prisoners of war with Ukraine, the Holy See said.")]
    [InlineData("Moscow Exchange index climbs as swap fuels ceasefire hopes", "The MOEX Russia index rose 2.1% on Monday, with traders citing cautious optimism after last week's prisoner exchange between Moscow and Kyiv.\n\n\"A 600-for-600 swap is a humanitarian step, not a peace deal,\" said an analyst.")]
    [InlineData("Россия и Украина обменялись списками пропавших без вести через МККК", "Россия и Украина через Международный комитет Красного Креста обменялись сведениями о 1,2 тыс. военнослужащих, судьба которых неизвестна.\n\nПо словам представителя МККК, обмен информацией может облегчить подготовку будущих обменов пленными.")]
    [InlineData("Студенти з Вінниці повернулися з обміну в Польщі", "Двадцять студентів Вінницького університету повернулися додому після семестру за програмою академічного обміну в Любліні. Польська сторона прийняла 20 українців.")]
    [InlineData("Russia, Ukraine agree to swap 600 prisoners each over three days", "Russia and Ukraine agreed on Tuesday to exchange 600 prisoners of war each in three stages starting on Wednesday. The first stage would see 200 prisoners from each side released, with the remaining 400 to follow over the next two days.")]
    [InlineData("Ukraine war live: swap of severely wounded postponed", "A planned exchange of severely wounded prisoners, which officials had expected today, has been postponed, the Coordination Headquarters said.\n\nIt follows the two-stage swap on Friday and Saturday, in which 500 prisoners returned to each side under the Istanbul deal.")]
    public void Detect_ProfilePlanCaptureOrDenial_IsNotAnExchange(string title, string text)
    {
        var d = Detect(title, text);

        Assert.False(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Theory]
    [InlineData("", "⚡️ Обмен состоялся.\n\nСемьдесят наших парней уже в Беларуси, дальше — борт и госпитали.", 70, null)]
    [InlineData("", "🔄 День второй. Сегодня ещё 210 на 210.\n\nРебята в Беларуси, вечером ждём борты.\n\n#обмен #СВО", 210, 210)]
    [InlineData("Ukraine war live", "The first stage of the prisoner swap went ahead this morning. Both sides exchanged 120 servicemen; Ukraine says seven civilians were also freed.", 120, 120)]
    [InlineData("Analysis: what three days of swaps tell us", "With Saturday's final stage, in which 85 men from each side were exchanged, the three-day prisoner deal brokered by Saudi Arabia is complete.", 85, 85)]
    [InlineData("", "Ninety Ukrainian prisoners of war came home yesterday in the second stage of the exchange, bringing the number freed over the weekend to 210 servicemen. Russia said it received the same number of its own soldiers yesterday.", 90, 90)]
    [InlineData("UAE mediation succeeds in exchange of 190 captives between Russia and Ukraine", "The UAE has succeeded in a new mediation effort between Russia and Ukraine, resulting in the exchange of 190 captives, 95 from each side.", 95, 95)]
    [InlineData("", "Україна сьогодні повернула з російського полону 170 військовослужбовців. Обмін відбувся в межах домовленості «500 на 500», досягнутої в Стамбулі.", null, 170)]
    [InlineData("", "22.02 — ещё 170 наших дома 🇷🇺\n\nИтого по стамбульской договорённости вернули 500 человек. Пацанов привезли в Белоруссию.", 170, null)]
    [InlineData("", "Россия и Украина провели второй этап обмена военнопленными по формуле 112 на 112, сообщили в Минобороны. Накануне, 5 июля, стороны обменялись 120 пленными каждая.\n\nТаким образом, в общей сложности по договоренности на родину вернулись 232 российских военнослужащих.", 112, 112)]
    [InlineData("Завершен обмен военнопленными", "4 июля в ходе третьего, заключительного этапа обмена возвращены 250 российских военнослужащих. В обмен переданы 250 военнопленных ВСУ.\n\nВсего в ходе трехэтапного обмена 2–4 июля на Родину вернулись 600 российских военнослужащих.", 250, 250)]
    [InlineData("Russia, Ukraine wrap up three-day prisoner exchange", "Russia and Ukraine completed a three-day prisoner exchange on Saturday, swapping 270 people each in the final stage of a deal that freed 900 on each side.", 270, 270)]
    [InlineData("", "Russia and Ukraine on Saturday began a three-day exchange in which each side is to hand over 300 prisoners of war, releasing 120 each in the first stage.", 120, 120)]
    [InlineData("", "🇺🇦 Останній обмін цього року: сто сорок шість захисників вдома!\n\nДякуємо Державі Катар за посередництво.", null, 146)]
    [InlineData("Russia, Ukraine Hold Second Prisoner Swap in a Week", "Last Sunday, 120 Ukrainian and 120 Russian servicemen went home in a Qatar-brokered exchange.\n\nOn Sunday, exactly a week later, the two sides followed it with another swap. This time 146 servicemen were freed on each side.", 146, 146)]
    [InlineData("Russia and Ukraine swap nearly 100 prisoners each", "Russia and Ukraine exchanged nearly 100 prisoners of war each on Wednesday. Ninety-seven Ukrainian servicemen were returned, and Russia's defence ministry said the same number of Russian soldiers had come home.", 97, 97)]
    [InlineData("More than 200 Ukrainian POWs freed in first stage", "More than 200 Ukrainian prisoners of war came home on Friday in the first stage of a multi-day exchange. The coordination headquarters said 205 Ukrainians had been freed; Russia's defence ministry said 205 Russian servicemen were returned in exchange.", 205, 205)]
    [InlineData("'Every name is a family': an official on the exchange", "We spoke to an official of Ukraine's Coordination Headquarters for the Treatment of Prisoners of War a day after the latest exchange.\n\nQ: Yesterday 106 people came home. How long did this one take to prepare?\nA: Almost two months. We are grateful to the Emirates for their mediation.", null, 106)]
    [InlineData("", "Сегодня при посредничестве ОАЭ состоялся очередной обмен.\n\nВернулись в Россию:\n• 84 военнослужащих\n• 12 мирных жителей Курской области\n\nПереданы украинской стороне:\n• 84 военнопленных ВСУ\n• 19 гражданских лиц", 84, 84)]
    [InlineData("Другий етап обміну завершено", "Учора ми повернули 200 захисників, сьогодні — ще сто п'ятдесят. Це бійці ЗСУ та Нацгвардії.", null, 150)]
    [InlineData("Омбудсман: «Кожен обмін — це сотні дзвінків»", "— Учора додому повернулися 246 військових і 31 цивільний. Хто ці люди?\n— Серед військових більшість — ті, хто провів у полоні понад рік.\n\n— Хто допоміг?\n— Ми вдячні Катару за посередництво. Без них цього обміну не було б.", null, 246)]
    [InlineData("", "We welcome the completion today of the final stage of the prisoner exchange. With today's stage, in which 100 prisoners from each side were exchanged, a total of 300 prisoners from each side have been returned to their homes over three days.", 100, 100)]
    public void Detect_ReportToldByATagAPassiveOrATally_CountsThisExchange(string title, string text, int? russia, int? ukraine)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(russia, ukraine), d.Exchange!.ReturnedTo);
    }

    [Theory]
    [InlineData("Другий етап. Ще 95 наших захисників удома", "Вчора ми повернули 120 воїнів і 7 цивільних, сьогодні — ще 95. Завтра — продовження.")]
    [InlineData("", "Сьогодні додому повернулися ще 85 захисників. Таким чином, за три дні ми повернули 300 військовослужбовців і 7 цивільних.")]
    public void Detect_CiviliansOfAnotherDayOrOfTheWholeDeal_AreNotThisStages(string title, string text)
    {
        var d = Detect(title, text);

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(PartyCounts.None, d.Exchange!.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_CountNamedAsResidentsOfARegion_CountsCivilians()
    {
        var d = Detect("", "Восемь наших земляков — жителей Курской области, которых удерживали на Украине, — сегодня вернулись домой в рамках обмена.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(PartyCounts.None, d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(8, null), d.Exchange.CiviliansReturnedTo);
    }

    [Theory]
    [InlineData("Ukraine's Coordination Headquarters put the total number of Ukrainians returned from captivity since 2022 at more than 7,900.", StatisticMetric.ReturnedTotal, Party.UA, 7900, CountQualifier.AtLeast)]
    [InlineData("Загалом з 2022 року додому повернуто 8 048 людей. У полоні ще лишаються близько 6 тисяч українців — ми працюємо над поверненням кожного.", StatisticMetric.Held, Party.RU, 6000, CountQualifier.Approx)]
    [InlineData("Officials of Ukraine's Coordination Headquarters gave a press conference on Thursday, a day after the latest exchange with Russia. Asked how many Ukrainians remain in captivity, Hrytsenko said the headquarters' figure was about 7.6 thousand, including civilians.", StatisticMetric.Held, Party.RU, 7600, CountQualifier.Approx)]
    [InlineData("З 2022 року вдалося повернути 5 100 людей, зокрема 205 — під час обміну 10 травня.", StatisticMetric.ReturnedTotal, Party.UA, 5100, CountQualifier.Exact)]
    [InlineData("• ~7,800 — Ukrainians held in Russian captivity, according to Kyiv's Coordination Headquarters.", StatisticMetric.Held, Party.RU, 7800, CountQualifier.Approx)]
    [InlineData("Від початку вторгнення додому повернуто вже 7 669 людей. Ще близько 7,5 тисячі українців — у російському полоні.", StatisticMetric.Held, Party.RU, 7500, CountQualifier.Approx)]
    public void Detect_FigureAfterALongLabelOrStillHeld_IsAStatistic(string text, StatisticMetric metric, Party party, int value, CountQualifier qualifier)
    {
        var d = Detect("", text);

        Assert.Contains(new CountStatistic(metric, party, value, qualifier), d.Counts);
    }

    [Fact]
    public void Detect_TotalOfBothSidesThenEachSidesParts_CountsTheParts()
    {
        var d = Detect("", "Russia and Ukraine exchanged a total of 640 people on Saturday, 320 from each side. Each side received 270 servicemen and 50 civilians.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(270, 270), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(50, 50), d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_CiviliansToOneSideBesideAnEachSideFormula_GoToThatSide()
    {
        var d = Detect("Ukraine war live", "15:32 — Swap: 84 for 84, plus 12 civilians to Russia\nRussia says it has received 84 servicemen and 12 civilians from the Kursk region in today's exchange.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(84, 84), d.Exchange!.ReturnedTo);
        Assert.Equal(new PartyCounts(12, null), d.Exchange.CiviliansReturnedTo);
    }

    [Fact]
    public void Detect_DatelineBeforeTheWeekday_DatesTheExchangeByTheWeekday()
    {
        var d = Detect(
            "Russia, Ukraine complete 300-for-300 swap with final 150",
            "KYIV, July 6 - One hundred and fifty prisoners of war went home to each side in the final stage of the prisoner exchange deal on Saturday, officials said.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new DateOnly(2031, 7, 5), d.Exchange!.Date);
    }

    [Fact]
    public void Detect_CountBesideAFlagEmoji_IsAnExchange()
    {
        var d = Detect("", "84 🇺🇦 вдома!!! Дякуємо всім 🙏\n#обмін #додому");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
    }

    [Fact]
    public void Detect_YearAfterSince_IsNoCount()
    {
        var d = Detect("", "Russia and Ukraine exchanged 84 servicemen each on Saturday. Kyiv said 22 Ukrainian civilians held since 2022 came home with the soldiers.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.DoesNotContain(d.Counts, c => c.Value == 2022);
    }

    [Fact]
    public void Detect_SeveralThousandHeld_IsNoFigure()
    {
        var d = Detect("", "Kyiv estimates that several thousand Ukrainians remain in Russian custody.");

        Assert.Empty(d.Counts);
    }

    [Fact]
    public void Detect_ExchangeCompletingAThreeDayDeal_IsTheDealsLastStage()
    {
        var d = Detect("Russia and Ukraine complete 300-for-300 swap", "Russia and Ukraine exchanged 95 prisoners of war each on Saturday, completing a three-day, Turkish-brokered deal under which both sides freed 300 soldiers.");

        Assert.True(d.IsExchange, string.Join("; ", d.Evidence));
        Assert.Equal(new PartyCounts(95, 95), d.Exchange!.ReturnedTo);
        Assert.True(d.Exchange.Stage);
        Assert.Equal(3, d.Exchange.StageNumber);
    }
}
