using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>Count statistics, and where each count belongs (party, context).</summary>
internal sealed partial class ItemReading
{
    /// <summary>The longest aside between commas that a count's clause reads past.</summary>
    private const int MaxAside = 40;

    /// <summary>How far after a count's noun deal-total wording may start ("300 … returned to their homes over three days").</summary>
    private const int MaxDealTotalAfterNoun = 60;

    /// <summary>How many list items above a count its list's heading may be.</summary>
    private const int MaxListItems = 4;

    /// <summary>How far after a dash held wording may start and still say what the count before it is ("— у російському полоні").</summary>
    private const int MaxPredicateStart = 2;

    /// <summary>The largest count one exchange returns to a side; a bare "in total" before more is a running total.</summary>
    private const int LargestOneExchange = 1200;

    /// <summary>Fewer people than this "in captivity" are a story's handful ("all three spent almost three years in captivity"), not a side's prisoners.</summary>
    private const int FewestHeld = 20;

    /// <summary>More than a side gets back in any exchange, even a multi-day deal's total: a running total.</summary>
    private const int MostOneSideGetsInADeal = 2 * LargestOneExchange;

    /// <summary>
    /// Prisoners held by each side and totals returned, with their qualifiers. Prisoners "still in captivity"
    /// with no holder named are the report's own people, held by the other side.
    /// </summary>
    private List<CountStatistic> Statistics()
    {
        var statistics = new List<CountStatistic>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var (m, s) = mentions[i];
            if (m.EachSide || m.Part || m.Kind == CountKind.Civilians || Classify(s) is SentenceKind.OtherConflict or SentenceKind.Bodies
                || (kinds[s] == SentenceKind.Recap && !RecentlyHeld(i, s) && !TotalBeforeItsDays(i, s)))
            {
                continue;
            }

            if (kinds[s] == SentenceKind.Vetoed && ProposedSwapObject(m))
            {
                // "offered to swap 300 captured Russians for civilians held by Russia", "handed over a list of 400 servicemen held":
                // the people offered or listed, not a figure of those held.
                continue;
            }

            var context = Context(i);
            if (OfTheWholeDeal(i, context))
            {
                // "за три дні додому повернулися 300": what a multi-day deal returned, not a running total.
                continue;
            }

            if (ReferredBack(s, context) is { } referred)
            {
                // "Today the headquarters puts that figure at roughly 7,800": the figure counts what the sentence before counted.
                context = referred;
                if (m.Nationality is null && mentions.FindLast(x => x.Sentence == s - 1 && x.Mention.Nationality is not null) is { Mention.Nationality: { } people })
                {
                    m = m with { Nationality = people };
                }
            }

            CountStatistic? statistic = null;
            if (IsTotal(i, context) && tags.Any(RuleBook.Returned, context))
            {
                var party = PartyOf(m, context, s) ?? side ?? Party.UA;
                statistic = new CountStatistic(StatisticMetric.ReturnedTotal, party, m.Value, m.Qualifier);
            }
            else if (!tags.Any(RuleBook.Held, context) && !tags.Any(RuleBook.Returned, context) && (i == 0 || mentions[i - 1].Sentence != s) && Asks(s - 1))
            {
                statistic = Answered(m, Range(s - 1));
            }
            else if (tags.Any(RuleBook.Held, context) && !tags.Any(RuleBook.Returned, context) && m.Value >= FewestHeld && AboutPrisoners(m, s, context)
                && !tags.Any(RuleBook.FormerCaptives, Range(s)) && !tags.Any(RuleBook.Captures, Range(s)))
            {
                Party? holder = tags.Any(RuleBook.HeldByRussia, context) ? Party.RU
                    : tags.Any(RuleBook.HeldByUkraine, context) ? Party.UA
                    : m.Nationality is { } people ? Other(people)
                    : side is { } speaker ? Other(speaker)
                    : null;
                statistic = holder is { } h ? new CountStatistic(StatisticMetric.Held, h, m.Value, m.Qualifier) : null;
            }

            else if (m.Value > MostOneSideGetsInADeal && tags.Any(RuleBook.Returned, Range(s)) && !tags.Any(RuleBook.Held, context))
            {
                // "Це вже 6 556 українців, повернутих з полону з 2022 року": more than one exchange returns, told without total wording.
                statistic = new CountStatistic(StatisticMetric.ReturnedTotal, PartyOf(m, context, s) ?? side ?? Party.UA, m.Value, m.Qualifier);
            }

            if (statistic is { } dated && PastYear(s) is { } year)
            {
                // "By 2069 Kyiv estimated that around 10,000 …", "на початку 2070 року … понад 9 тисяч": a figure of an earlier year.
                evidence.Add($"statistic {dated.Metric} {dated.Party} = {dated.Value} left out: dated {year}");
                continue;
            }

            var same = statistics.FindIndex(x => statistic is { } f && x.Metric == f.Metric && x.Party == f.Party);
            if (same >= 0 && statistics[same].Value == statistic!.Value && statistics[same].Qualifier == CountQualifier.Exact)
            {
                // A headline drops "about": the body's qualifier wins for the same value.
                statistics[same] = statistic;
            }
            else if (same >= 0 && statistic!.Metric == StatisticMetric.ReturnedTotal && statistic.Value > statistics[same].Value)
            {
                // "Over the year, 1,184 returned … across the whole war, 5,210": the running total is the larger one.
                statistics[same] = statistic;
                evidence.Add($"statistic {statistic.Metric} {statistic.Party} = {statistic.Value} ({statistic.Qualifier}), the larger total");
            }

            if (statistic is { } found && same < 0)
            {
                statistics.Add(found);
                evidence.Add($"statistic {found.Metric} {found.Party} = {found.Value} ({found.Qualifier}) from \"{text[context.From..context.To].Trim()}\"");
            }
        }

        return statistics;
    }

    /// <summary>
    /// "за три дні додому повернулися 300", "300 were freed over three days", "bringing the total to 400": what a
    /// multi-day deal returned — neither this stage's count nor a running total; nor is a part of it ("Over three days,
    /// 1,200 people, including 70 civilians").
    /// </summary>
    private bool OfTheWholeDeal(int i, TextRange context)
    {
        var (m, s) = mentions[i];
        // The second number of "за три дня 400 на 400" starts its context after the first: read a formula's from its sentence start.
        var from = m.Formula ? sentences[s].Start : context.From;
        return tags.All(RuleBook.DealTotal).Exists(c => c.From >= from && c.To <= context.To
                && (c.To <= m.Start || (c.From >= m.NounEnd && c.From - m.NounEnd <= MaxDealTotalAfterNoun)))
            || (tags.All(RuleBook.DealTotalOpening).Exists(c => c.From >= context.From && c.To <= m.Start) && !SinceStart(context))
            || (m.Part && tags.Any(RuleBook.DealTotal, new TextRange(sentences[s].Start, m.Start)));
    }

    /// <summary>
    /// The count is a cumulative total: total wording in its context, unless a day of the last few
    /// follows that wording with no date in it ("in total, 1,020 came home on Friday" is this exchange).
    /// </summary>
    private bool IsTotal(int i, TextRange context)
    {
        if (!tags.Any(RuleBook.Cumulative, context))
        {
            return false;
        }

        var cues = tags.All(RuleBook.Cumulative).FindAll(c => c.From >= context.From && c.To <= context.To);
        if (cues.Count > 0 && mentions[i].Mention.Value <= LargestOneExchange && cues.TrueForAll(c => RuleBook.InTotal.IsMatch(text.AsSpan(c.From, c.To - c.From))))
        {
            // "Загалом Україна повернула 150 військових": "in total" with no period, before a count one exchange can have.
            return false;
        }

        var cue = cues.Count > 0 ? cues[0] : default;
        if (cue != default && RuleBook.Superlative.IsMatch(text.AsSpan(Math.Max(context.From, cue.From - 40), cue.From - Math.Max(context.From, cue.From - 40))))
        {
            // "the largest exchange since the war began", "найбільший обмін за весь час": the period ranks this exchange, it totals nothing.
            return false;
        }
        if (cue == default || text.AsSpan(cue.From, cue.To - cue.From).IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        return !DatesIn(mentions[i].Sentence).Exists(d => !d.MonthOnly && d.Index > cue.To + 1 && d.Index < context.To && d.Date.DayNumber >= published.DayNumber - 3);
    }

    /// <summary>
    /// "Q: How many Ukrainians are in Russian captivity? A: About 7,800." — the figure the question asks for: prisoners held
    /// (by the captor it names, or the other side of the people it names), or a total returned larger than one exchange.
    /// </summary>
    private CountStatistic? Answered(CountMention m, TextRange question)
    {
        if (tags.Any(RuleBook.Held, question) && !tags.Any(RuleBook.Returned, question))
        {
            var asked = text.AsSpan(question.From, question.To - question.From);
            Party? holder = tags.Any(RuleBook.HeldByRussia, question) ? Party.RU
                : tags.Any(RuleBook.HeldByUkraine, question) ? Party.UA
                : RuleBook.UkrainianWords.ContainsAny(asked) ? Party.RU
                : RuleBook.RussianWords.ContainsAny(asked) ? Party.UA
                : side is { } speaker ? Other(speaker) : null;
            return holder is { } h ? new CountStatistic(StatisticMetric.Held, h, m.Value, m.Qualifier) : null;
        }

        return tags.Any(RuleBook.Returned, question) && m.Value > LargestOneExchange
            ? new CountStatistic(StatisticMetric.ReturnedTotal, side ?? Party.UA, m.Value, m.Qualifier) : null;
    }

    /// <summary>
    /// "The commissioner said last week that about 1,300 were still held": prisoners held, told of in a recap
    /// sentence that names no year or date, are still a current figure.
    /// </summary>
    private bool RecentlyHeld(int i, int s) =>
        OldDate(s) is null && reasons[s] is { } recap && recap.AsSpan().IndexOfAnyInRange('0', '9') < 0
        && tags.Any(RuleBook.Held, Context(i)) && !tags.Any(RuleBook.Returned, Context(i));

    /// <summary>
    /// "З 2022 року вдалося повернути 5 100 людей, зокрема 205 — під час обміну 10 травня": a running total told
    /// before the days of the exchanges it includes is still a current figure.
    /// </summary>
    private bool TotalBeforeItsDays(int i, int s) =>
        DatesIn(s).FindAll(d => !d.MonthOnly) is { Count: > 0 } days && days.TrueForAll(d => d.Index > mentions[i].Mention.NounEnd) && IsTotal(i, Context(i));

    /// <summary>The count is what a proposal offers to swap ("to swap 300", "обменять 300", "обміняти 300").</summary>
    private bool ProposedSwapObject(CountMention m)
    {
        var from = Math.Max(0, m.Start - 24);
        return RuleBook.OfferedBefore.IsMatch(text.AsSpan(from, m.Start - from));
    }

    /// <summary>
    /// The people held have a nationality, or the holder is named, or prisoners are named in the sentence or in the one
    /// before, unless that one is about people freed long ago ("a rehab centre for those back from captivity opened.
    /// 60 people can stay here": no one is held).
    /// </summary>
    private bool AboutPrisoners(CountMention m, int s, TextRange context) =>
        m.Nationality is not null
        || tags.Any(RuleBook.LivingPrisoners, Range(s)) || (s > 0 && Classify(s - 1) != SentenceKind.Recap && tags.Any(RuleBook.LivingPrisoners, Range(s - 1)))
        || tags.Any(RuleBook.HeldByRussia, context) || tags.Any(RuleBook.HeldByUkraine, context);

    private static Party Other(Party party) => party == Party.UA ? Party.RU : Party.UA;

    private Party? Direction(TextRange context)
    {
        var toUkraine = ToUkraine(context);
        return toUkraine != ToRussia(context) ? (toUkraine ? Party.UA : Party.RU) : null;
    }

    private bool ToUkraine(TextRange range) => Toward(RuleBook.ToUkraine, RuleBook.HeldByUkraine, range);

    private bool ToRussia(TextRange range) => Toward(RuleBook.ToRussia, RuleBook.HeldByRussia, range);

    /// <summary>Wording of a return to a country, except inside wording of prisoners held there ("held in Russia").</summary>
    private bool Toward(RuleSet to, RuleSet heldThere, TextRange range)
    {
        if (!tags.Any(to, range))
        {
            return false;
        }

        var held = tags.All(heldThere);
        return tags.All(to).Exists(t => t.From >= range.From && t.To <= range.To && !held.Exists(h => h.From <= t.From && t.To <= h.To));
    }

    /// <summary>The one side whose own report a range is ("Kyiv says ..."), or null.</summary>
    private Party? SideIn(TextRange range)
    {
        var russia = tags.Any(RuleBook.SideRussia, range);
        return russia != tags.Any(RuleBook.SideUkraine, range) ? (russia ? Party.RU : Party.UA) : null;
    }

    /// <summary>"246 Ukrainian servicemen and 31 civilians": the civilians go where the servicemen went.</summary>
    private static Party? PreviousParty(List<(CountMention Mention, int Sentence, Party? Party)> counts, int s) =>
        counts.Count > 0 && counts[^1].Sentence >= s - 1 && counts[^1].Mention.Kind != CountKind.Civilians ? counts[^1].Party : null;

    /// <summary>A current sentence with no count that says people came home ("Наші люди вдома.").</summary>
    private bool HomeLine(int s) =>
        s >= 0 && s < sentences.Count && tags.Any(RuleBook.Home, Range(s)) && !mentions.Exists(x => x.Sentence == s) && Classify(s) == SentenceKind.Current;

    /// <summary>Where a count belongs: nationality, then "to Ukraine"/"from Russian captivity", then "home" for the report's side.</summary>
    private Party? PartyOf(CountMention m, TextRange context, int s)
    {
        if (m.Nationality is { } nationality)
        {
            return nationality;
        }

        var toUkraine = ToUkraine(context);
        var toRussia = ToRussia(context);
        if (toUkraine != toRussia)
        {
            return toUkraine ? Party.UA : Party.RU;
        }

        if (!toUkraine && tags.Any(RuleBook.Home, context) && side is { } home)
        {
            return home;
        }

        if (!toUkraine && SideIn(context) is { } speaker)
        {
            // "Kyiv says 150 soldiers were freed; Moscow says it got 150 back": the side that speaks of the count.
            return speaker;
        }

        var sentence = Range(s);
        toUkraine = ToUkraine(sentence);
        toRussia = ToRussia(sentence);
        if (toUkraine != toRussia)
        {
            return toUkraine ? Party.UA : Party.RU;
        }

        if (!toUkraine && tags.Any(RuleBook.Home, sentence))
        {
            return side;
        }

        // "Сьогодні додому повертаються наші люди. 121 військовий та 13 цивільних." (or the other way round): the count
        // goes where the line next to it said.
        return !toRussia && (HomeLine(s - 1) || HomeLine(s + 1)) ? side : ListHeading(s);
    }

    /// <summary>"Вернулись в Россию:\n• 84 военнослужащих": a list item goes where the list's heading said.</summary>
    private Party? ListHeading(int s)
    {
        for (var h = s - 1; h >= 0 && h >= s - MaxListItems; h--)
        {
            var line = Range(h);
            if (text.AsSpan(line.From, line.To - line.From).TrimEnd() is [.., ':'])
            {
                return Direction(line);
            }

            if (!mentions.Exists(x => x.Sentence == h))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The text a count belongs to: from the previous count (or the sentence start) to the next
    /// count, comma or the sentence end after it.
    /// </summary>
    private TextRange Context(int i)
    {
        contexts ??= new TextRange?[mentions.Count];
        return contexts[i] ??= ReadContext(i);
    }

    private TextRange ReadContext(int i)
    {
        var (m, s) = mentions[i];
        var sentence = sentences[s];
        var from = i > 0 && mentions[i - 1].Sentence == s ? mentions[i - 1].Mention.NounEnd : sentence.Start;
        var to = i + 1 < mentions.Count && mentions[i + 1].Sentence == s ? mentions[i + 1].Mention.Start : sentence.End;
        if (m.Start > from && RuleBook.ClauseBreak.Match(text, from, m.Start - from) is { Success: true } clause)
        {
            // "… returned home since 2022, while about 8,000 are still held": the count's clause starts after "while".
            from = clause.Index + clause.Length;
        }

        var at = m.NounEnd;
        if (ParentheticalEnd(at, to) is { } resumed)
        {
            // "7,000 Ukrainians, according to the ombudsman, remain ...": the clause goes on after the aside.
            at = resumed;
        }
        else if (RuleBook.HeldClause.IsMatch(text.AsSpan(at, to - at)))
        {
            // "7,000 people, who are held by Russia", "7 жителів області, які перебувають у полоні": the clause tells of the people counted.
            at = text.IndexOf(',', at) + 2;
        }

        var comma = text.AsSpan(at, to - at).IndexOfAny(",(:;");
        if (comma >= 0)
        {
            to = at + comma;
        }

        var dash = text.AsSpan(at, to - at).IndexOf(" - ", StringComparison.Ordinal);
        var afterDash = at + dash + 3;
        if (dash >= 0 && (dash > 0 || m.NounEnd > m.Start + Digits(m) || RuleBook.ClauseSubjects.Contains(FirstWordAt(afterDash, to)))
            && text.AsSpan(afterDash, to - afterDash).IndexOf(" - ", StringComparison.Ordinal) < 0 && !PredicateAt(RuleBook.Held, afterDash))
        {
            // "близько 6 тисяч (українців) — ми працюємо над поверненням кожного": what follows a dash is a clause of its own
            // (not an aside closed by a second one: "7 800 українців — військових і цивільних — зараз у полоні"; nor what
            // the count is: "ще близько 7,5 тисячі — у полоні", "7,5 тисячі українців — у російському полоні", "1 200 — вдома").
            to = at + dash;
        }

        return new TextRange(from, to);
    }

    /// <summary>Where the text resumes after a short aside between commas right after a count's noun, or null.</summary>
    private int? ParentheticalEnd(int at, int to)
    {
        if (at + 1 >= to || text[at] != ',')
        {
            return null;
        }

        var aside = text.AsSpan(at + 1, Math.Min(MaxAside, to - at - 1));
        var close = aside.IndexOf(',');
        return close > 0 && aside[..close].IndexOfAnyInRange('0', '9') < 0 ? at + 1 + close + 1 : null;
    }

    private string Quote(CountMention m) => text[m.Start..m.NounEnd];

    private static int Digits(CountMention m) => m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
}
