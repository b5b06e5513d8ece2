namespace Alerts.Core.Detection.Rules;

/// <summary>
/// The detection rules of one language, as data. Patterns are regular-expression fragments over
/// normalized text (lower case, numbers as digits, see <see cref="Text.TextNormalizer"/>); word
/// lists are word beginnings ("военнослужащ" matches every case form). The rules of all languages
/// are applied together, so a Russian quote inside an English article is still read.
/// </summary>
internal sealed class LanguageRules
{
    /// <summary>Wording that is about a prisoner-of-war exchange or return from captivity.</summary>
    public required string[] Exchange { get; init; }

    /// <summary>Bare "exchange"/"обмен": counts only next to a count of servicemen.</summary>
    public required string[] WeakExchange { get; init; }

    /// <summary>Other senses of "exchange" (fire, currency, students...): explained, never a trigger.</summary>
    public required string[] OtherExchange { get; init; }

    /// <summary>Completed-action wording (took place, returned, состоялся, повернулися).</summary>
    public required string[] Completed { get; init; }

    /// <summary>Future, plans, talks: a sentence with these and no completed wording is not a report.</summary>
    public required string[] Future { get; init; }

    /// <summary>Proposals, lists, postponed or cancelled: always reject the sentence.</summary>
    public required string[] Vetoed { get; init; }

    /// <summary>The label a fact check puts before the claim it examines ("CLAIM:", "Утверждение:").</summary>
    public required string[] ClaimLabel { get; init; }

    /// <summary>Habits and routines ("every month", "щомісяця", "spend their mornings"): a sentence with them tells of exchanges or freed men in general, not of one exchange.</summary>
    public required string[] Habitual { get; init; }

    /// <summary>A denial that any exchange took place ("no prisoner exchange took place on December 15", "обмена не было"): the item is a fact check or a rebuttal of rumours, not a report.</summary>
    public required string[] Denied { get; init; }

    /// <summary>An earlier exchange that fell through, told as the background of this one ("ten days after a planned swap was called off").</summary>
    public required string[] VetoedEarlier { get; init; }

    /// <summary>Repatriation of bodies.</summary>
    public required string[] Bodies { get; init; }

    /// <summary>
    /// People described by their return, not an event: "для військових, які повернулися з полону", "for freed
    /// prisoners" (a rehab ward, a support group). A sentence whose only exchange wording is this, with no count, reports nothing.
    /// </summary>
    public required string[] FormerCaptives { get; init; }

    /// <summary>An earlier exchange recalled (previous, last year, last month).</summary>
    public required string[] Recap { get; init; }

    /// <summary>An earlier exchange named as such ("the previous swap"): a recap even when dated to the last few days.</summary>
    public required string[] PreviousExchange { get; init; }

    /// <summary>"the first swap since", "the first since": a date after this wording measures a gap since an earlier exchange, it dates nothing told.</summary>
    public required string[] FirstSince { get; init; }

    /// <summary>"Напомним", "нагадаємо": background — an earlier event when the sentence dates it, this one's facts when not.</summary>
    public required string[] Reminder { get; init; }

    /// <summary>The deal or talks an exchange came from ("agreed in Istanbul on June 21"): a date after it dates the agreement.</summary>
    public required string[] Agreement { get; init; }

    /// <summary>Stages of a multi-day deal (its "1000 for 1000" formula is not the stage's count).</summary>
    public required string[] Stages { get; init; }

    /// <summary>A later stage of a multi-day deal ("second day of the swap"): a report of it that names the first stage recaps that one.</summary>
    public required string[] LaterStage { get; init; }

    /// <summary>Beginnings of the ordinal words that number a stage ("third stage", "третього етапу"), the first stage first.</summary>
    public required string[][] StageOrdinals { get; init; }

    /// <summary>An earlier stage ("yesterday's first phase", "перший етап").</summary>
    public required string[] EarlierStage { get; init; }

    /// <summary>
    /// Agreement told of in a clause about this exchange ("перший етап обміну, про який ми домовилися в Стамбулі"):
    /// its talk of agreeing makes nothing future.
    /// </summary>
    public required string[] AgreedClause { get; init; }

    /// <summary>Cumulative totals (since 2022, in total): statistics, not this exchange.</summary>
    public required string[] Cumulative { get; init; }

    /// <summary>Swaps of other conflicts (US–Russia, Israel–Hamas, Armenia–Azerbaijan).</summary>
    public required string[] OtherConflicts { get; init; }

    /// <summary>Wording that places a sentence in the Russia–Ukraine war.</summary>
    public required string[] WarContext { get; init; }

    /// <summary>Wording of prisoner exchanges in general: places an item in the war only when no sentence names another conflict.</summary>
    public required string[] GenericContext { get; init; }

    /// <summary>Captures (for explanations only).</summary>
    public required string[] Captures { get; init; }

    /// <summary>Wording that introduces a mediator (brokered, при посредничестве, за сприяння).</summary>
    public required string[] MediatorCues { get; init; }

    /// <summary>Wording of Russian officials or media: the report speaks for Russia.</summary>
    public required string[] SideRussia { get; init; }

    /// <summary>Wording of Ukrainian officials or media: the report speaks for Ukraine.</summary>
    public required string[] SideUkraine { get; init; }

    /// <summary>People returned to Ukraine (from Russian captivity, brought home to Ukraine).</summary>
    public required string[] ToUkraine { get; init; }

    /// <summary>People returned to Russia (from Ukrainian captivity).</summary>
    public required string[] ToRussia { get; init; }

    /// <summary>"Home", "our": the people of the side the report speaks for.</summary>
    public required string[] Home { get; init; }

    /// <summary>Prisoners still held (remain in captivity).</summary>
    public required string[] Held { get; init; }

    /// <summary>Held by Russia (in Russian captivity).</summary>
    public required string[] HeldByRussia { get; init; }

    /// <summary>Held by Ukraine (in Ukrainian captivity).</summary>
    public required string[] HeldByUkraine { get; init; }

    /// <summary>Wording of return or release (for totals returned).</summary>
    public required string[] Returned { get; init; }

    /// <summary>After a number: the same number went to each side.</summary>
    public required string[] EachSideAfter { get; init; }

    /// <summary>Right before a number: the same number went to each side ("по 185").</summary>
    public required string[] EachSideBefore { get; init; }

    /// <summary>Right before a number: a part of a figure given earlier (including, среди них).</summary>
    public required string[] PartBefore { get; init; }

    /// <summary>A sentence opened by "among ..." that then names a count ("серед 100 звільнених — 4 воїнів"): that count is a part.</summary>
    public required string[] AmongBefore { get; init; }

    /// <summary>Beginnings of words for the people of a place ("residents", "жителей", "мешканців"): told as a part, a region's share.</summary>
    public required string[] ResidentWords { get; init; }

    /// <summary>Words for captivity: a country word before one names the captor, not a subject ("з російського полону").</summary>
    public required string[] CaptivityWords { get; init; }

    /// <summary>Right after a number: the people counted come from one region ("троє бійців із Сумщини"), a part of the exchange.</summary>
    public required string[] RegionAfter { get; init; }

    /// <summary>
    /// Right after a number: residents of one region with no word for civilians ("четверо жителів Сумщини"): that
    /// region's share, soldiers or not. Russian reports name Kursk residents returned as a group the same way
    /// ("а также 8 жителей Курской области"), so Russian has no such rule.
    /// </summary>
    public required string[] RegionResidents { get; init; }

    /// <summary>Wording right before or after a formula that makes it the whole deal's ("обміну 300 на 300", "the 300-for-300 deal").</summary>
    public required string[] DealFormulaBefore { get; init; }

    /// <inheritdoc cref="DealFormulaBefore"/>
    public required string[] DealFormulaAfter { get; init; }

    /// <summary>The days a multi-day deal took ("over three days", "за три дні"): its total, not this stage and not a statistic.</summary>
    public required string[] DealTotal { get; init; }

    /// <summary>Wording that opens a deal's running figure, said before it ("bringing the total to 300").</summary>
    public required string[] DealTotalOpening { get; init; }

    /// <summary>Right after a number: it is a part of a count told before ("two of them", "двоє з них").</summary>
    public required string[] PartAfter { get; init; }

    /// <summary>Right after a count, that it was swapped for a number (read on: "390 prisoners of war were exchanged for 390").</summary>
    public required string[] SwappedForAfter { get; init; }

    /// <summary>The other side got the same count ("the same number", "столько же").</summary>
    public required string[] SameNumber { get; init; }

    /// <summary>Opens a sentence about the other side of the same exchange ("In return", "Взамен").</summary>
    public required string[] InReturn { get; init; }

    /// <summary>A whole word that is return wording as a noun or noun-like participle ("повернення"): a topic, no action.</summary>
    public required string[] NominalReturn { get; init; }

    /// <summary>Before completion wording in its sentence: a future or an obligation right before it ("to be swapped", "будут освобождены"), or a purpose clause it is in ("щоб … повернулися додому"): nothing completed.</summary>
    public required string[] FutureBefore { get; init; }

    /// <summary>Exchanges in the plural ("how prisoner exchanges work"): exchange wording about exchanges in general, not a report of one.</summary>
    public required string[] PluralExchange { get; init; }

    /// <summary>A swap verb or a list right before a count, which is then what a proposal offers or a list names ("to swap 300", "a list of 400").</summary>
    public required string[] OfferedBefore { get; init; }

    /// <summary>Wording that puts a figure on a group right before the number, read back from its end ("put the number of citizens held in Russia at about").</summary>
    public required string[] FigureAtBefore { get; init; }

    /// <summary>A figure that refers back to the one told before it ("that figure", "ця цифра"): it counts what that one counted.</summary>
    public required string[] FigureReference { get; init; }

    /// <summary>A day and "another" right before a number with no noun: "сьогодні — ще 150", "today, another 95".</summary>
    public required string[] DayMoreBefore { get; init; }

    /// <summary>A present-tense relative clause right after a count's noun (", who remain", ", которых удерживает").</summary>
    public required string[] HeldClause { get; init; }

    /// <summary>A superlative or record right before total wording: it ranks one exchange ("largest since 2022").</summary>
    public required string[] Superlative { get; init; }

    /// <summary>
    /// "In total" with no period ("загалом", "всего"): before a count of this exchange's size it gives the whole
    /// exchange ("Загалом Україна повернула 150 військових"), not a running total.
    /// </summary>
    public required string[] InTotal { get; init; }

    /// <summary>Right after a number: a word for the people of one town or region ("троє полтавців", "трое курян").</summary>
    public required string[] DemonymAfter { get; init; }

    /// <summary>A sentence opening with "the swap"/"этот обмен": it goes on about the exchange told of before.</summary>
    public required string[] ThisSwapOpening { get; init; }

    public required string[] MilitaryWords { get; init; }

    public required string[] PeopleWords { get; init; }

    public required string[] CivilianWords { get; init; }

    public required string[] BodyWords { get; init; }

    public required string[] UkrainianWords { get; init; }

    public required string[] RussianWords { get; init; }

    /// <summary>Words between a number and what it counts that end the search (units of time, months...).</summary>
    public required string[] NotCountedWords { get; init; }

    /// <summary>Where a new clause with its own subject starts ("…since 2022, while about 8,000 are held"): a count's context starts after it.</summary>
    public required string[] ClauseBreak { get; init; }

    /// <summary>"And" between two counts that share one noun ("200 Ukrainian and 200 Russian servicemen").</summary>
    public required string[] AndWords { get; init; }

    /// <summary>Words that open a relative clause ("who", "який"): what follows tells about the people, not what befell the count.</summary>
    public required string[] RelativeWords { get; init; }

    /// <summary>A question asking for a number ("How many are still held?"): the answer's first number is the figure.</summary>
    public required string[] HowMany { get; init; }

    /// <summary>All that stands between two counts joined as one list ("and", "as well as", "а также").</summary>
    public required string[] AndJoint { get; init; }

    /// <summary>Pronouns that start a clause of its own after a dash ("близько 6 тисяч — ми працюємо над поверненням кожного").</summary>
    public required string[] ClauseSubjects { get; init; }

    /// <summary>Whole words: stop words that end the search for what a number counts ("and", "которые", "що").</summary>
    public required string[] StopWords { get; init; }

    /// <summary>Whole words: possessives that point back to the country named before the count ("120 of its soldiers", "210 її військових").</summary>
    public required string[] OwnWords { get; init; }

    /// <summary>Whole words: after a noun, words that lead away from whose the people are ("exchanged for Ukrainian ...", "from Russian captivity").</summary>
    public required string[] NotOwnersAfter { get; init; }

    /// <summary>Word beginnings that name Ukraine or its capital as a subject, beyond <see cref="UkrainianWords"/> (read only before "its"/"своих" counts).</summary>
    public required string[] UkraineNames { get; init; }

    /// <summary>Word beginnings that name Russia or its capital as a subject, beyond <see cref="RussianWords"/> (read only before "its"/"своих" counts).</summary>
    public required string[] RussiaNames { get; init; }

    /// <summary>What joins a number to the same number in a swap formula ("150 for 150", "1000-for-1000", "185 на 185"), spaces included.</summary>
    public required string[] SameForSameJoints { get; init; }

    /// <summary>Openings of the sentence after a line that is only a number, pointing back at it ("303" / "Стільки наших героїв вдома"), trailing space included.</summary>
    public required string[] ThatMany { get; init; }

    /// <summary>Words before which a lone "тысячи", "сотні" is one thousand, one hundred ("более тысячи", "понад сотні"), trailing space included.</summary>
    public required string[] Comparatives { get; init; }

    /// <summary>Words before which a lone "thousand", "тисячі" is no number ("several thousand", "кілька тисяч").</summary>
    public required string[] Vague { get; init; }

    /// <summary>Whole words for "the eve" among <see cref="RelativeDays"/> ("накануне"): the day before only when not the eve of an <see cref="EveEvents"/>.</summary>
    public required string[] EveWords { get; init; }

    /// <summary>Beginnings of what an <see cref="EveWords"/> word can be the eve of (a holiday, a visit, talks): then it is no day.</summary>
    public required string[] EveEvents { get; init; }

    /// <summary>Qualifier wording right before a number.</summary>
    public required (string Pattern, CountQualifier Qualifier)[] Qualifiers { get; init; }

    /// <summary>Month names (whole words, every case form), January first.</summary>
    public required string[][] Months { get; init; }

    /// <summary>Words before a month named alone ("in May", "the August swap", "в мае"): the month, not a day.</summary>
    public required string[] MonthPrepositions { get; init; }

    /// <summary>Beginnings of the adjectives of months ("августовского обмена", "серпневий"), January first.</summary>
    public required string[][] MonthAdjectives { get; init; }

    /// <summary>Weekday names (whole words), Monday first.</summary>
    public required string[][] Weekdays { get; init; }

    /// <summary>Words before a weekday that put it in the week before ("last Sunday" on a Sunday is seven days back), trailing space included.</summary>
    public required string[] LastWeekday { get; init; }

    /// <summary>Words for today, yesterday and the day before ("*" ends a word beginning: "вчерашн*").</summary>
    public required (string[] Phrases, int DaysAgo)[] RelativeDays { get; init; }
}
