using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>Counts of people exchanged: which counts of an item tell this exchange, and which side each went to.</summary>
internal sealed partial class ItemReading
{
    /// <summary>Counts of people exchanged: in current sentences, not totals and not prisoners still held.</summary>
    private List<(CountMention Mention, int Sentence, Party? Party)> ExchangeCounts()
    {
        var counts = new List<(CountMention, int, Party?)>();
        (int Sentence, Party? Party, bool EachSide) sum = (-1, null, false);
        (int Sentence, int After) dealParts = (-1, 0);
        var wholeDeal = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            var (m, s) = mentions[i];
            if (Classify(s) != SentenceKind.Current)
            {
                continue;
            }

            var context = Context(i);
            if (s == dealParts.Sentence && m.Start > dealParts.After)
            {
                // "За три дні повернули 1 000 людей: 880 військових та 120 цивільних": the parts of the deal's total.
                continue;
            }

            if (DatesIn(s).Exists(d => d.Index <= m.Start && m.Start < d.Index + d.Length))
            {
                // "the first since April 18 - returned 205 people": the day of a date counts no one.
                continue;
            }

            if (AfterRecapWording(m, s) || OfAnEarlierDay(m, s))
            {
                // "205 more came home on Friday, a day after 180 soldiers and 30 civilians returned": the earlier day's counts.
                continue;
            }

            if (OfTheWholeDeal(i, context))
            {
                dealParts = (PartsOf(i), m.Start);
                wholeDeal = i;
                continue;
            }

            if (wholeDeal >= 0 && wholeDeal == i - 1 && JoinedToPrevious(i))
            {
                // "за три дні ми повернули 300 військовослужбовців і 7 цивільних": the civilians of the whole deal too.
                wholeDeal = i;
                continue;
            }

            // Prisoners still held or just captured ("captured nine Russian marines") were not exchanged; nor were those
            // an answer counts ("— Сколько военных в плену? — Около 1,5 тыс.").
            if (IsTotal(i, context) || ((tags.Any(RuleBook.Held, context) || Captured(m, context)) && !tags.Any(RuleBook.Returned, context))
                || (Asks(s - 1) && tags.Any(RuleBook.Held, Range(s - 1)) && !tags.Any(RuleBook.Returned, Range(s - 1))))
            {
                continue;
            }

            if (!m.EachSide && (mentions.Exists(x => x.Mention.EachSide && x.Mention.Value * 2 == m.Value && Classify(x.Sentence) == SentenceKind.Current)
                || mentions.Count(x => x.Sentence == s && x.Mention.Start > m.Start && x.Mention.Value * 2 == m.Value) >= 2))
            {
                // "the exchange of 190 captives, 95 from each side", "a total of 190 captives: 95 … and 95 …": both sides' together.
                continue;
            }

            if (m.Value > MostOneSideGetsInADeal)
            {
                // "Це вже 6 556 українців, повернутих з полону": more than any exchange returns to a side is a running total.
                continue;
            }

            if (PartsOf(i) is var parts and >= 0)
            {
                // "246 Ukrainians came home — 205 service members and 41 civilians": the parts go where the sum went.
                sum = (parts, m.Nationality ?? PartyOf(m, context, s), m.EachSide);
                continue;
            }

            var ofSum = sum.Sentence == s ? sum.Party : null;
            if (sum.Sentence == s && m.Part)
            {
                // "390 российских граждан, в том числе 270 военнослужащих и 120 мирных жителей": the parts stand for the sum.
                m = m with { Part = false };
            }

            if (sum.Sentence == s && sum.EachSide)
            {
                // "each released 390 people - 270 soldiers and 120 civilians": so were the parts.
                m = m with { EachSide = true };
            }

            if (!m.Formula && !m.EachSide && m.Kind != CountKind.Civilians
                && mentions.Exists(x => x.Mention.Formula && x.Mention.Value >= ShareOfAFormula * m.Value && Classify(x.Sentence) == SentenceKind.Current))
            {
                // "Двоє одеських моряків повернулися … під час обміну за формулою 95 на 95": a town's share of the exchange the
                // formula counts (a stage of a deal is a larger part: "«600 на 600»: в воскресенье — последние 125").
                m = m with { Part = true };
            }

            var joined = JoinedTo(i, counts);
            if (m.Kind == CountKind.People && m.Nationality is not null && joined is { Mention.Kind: CountKind.Military })
            {
                // "переданы 84 военнопленных ВСУ и 16 граждан Украины": citizens beside servicemen are civilians.
                m = m with { Kind = CountKind.Civilians };
            }

            if (joined is { Mention.EachSide: true } && m.Nationality is null && Direction(context) is null)
            {
                // "each handing over 410 soldiers and 70 civilians" (not "84 for 84, plus 12 Ukrainian civilians", "plus 12 civilians to Russia").
                m = m with { EachSide = true };
            }

            var party = m.EachSide ? null
                : m.Kind == CountKind.Civilians ? m.Nationality ?? ofSum ?? Direction(context) ?? joined?.Party ?? SideIn(context) ?? PreviousParty(counts, s) ?? side ?? Party.UA
                : m.Nationality ?? ofSum ?? PartyOf(m, context, s) ?? OtherThanBefore(counts, s) ?? SumUpBefore(m, s, counts)
                    ?? OwnCountOfAUkrainianPost(i) ?? BareAfterACount(i);
            if (party is null && !m.EachSide && m.Kind != CountKind.Civilians && tags.Any(RuleBook.SameNumber, new TextRange(m.NounEnd, sentences[s].End)))
            {
                // "обмен 176 военнопленных на такое же число": the count went to each side.
                m = m with { EachSide = true };
            }

            counts.Add((m, s, party));
        }

        return counts;
    }

    /// <summary>
    /// Recap wording ("a day after", "last year") opens the count's clause, after a count of the sentence's own
    /// ("Two days after 95 soldiers came home, we spoke to …" counts the exchange the item is about).
    /// </summary>
    private bool AfterRecapWording(CountMention m, int s) =>
        tags.All(RuleBook.Recap).Exists(r => r.From >= sentences[s].Start && r.To <= m.Start && m.Start - r.To <= 40
            && !text.AsSpan(r.To, m.Start - r.To).ContainsAny(",;:") && mentions.Exists(x => x.Sentence == s && x.Mention.Start < r.From)
            && !tags.All(RuleBook.Agreement).Exists(a => a.From >= sentences[s].Start && a.To <= r.From && r.From - a.To <= MaxAgreedToWhen
                && !text.AsSpan(a.To, r.From - a.To).ContainsAny(",;:")));

    /// <summary>"the exchange agreed last week - 270 servicemen …": recap wording this close after agreement wording dates the deal.</summary>
    private const int MaxAgreedToWhen = 20;

    /// <summary>
    /// Capture wording in the count's context, unless a relative clause about the people holds it
    /// ("150 freed defenders — a border guard who was captured in 2046 …").
    /// </summary>
    private bool Captured(CountMention m, TextRange context) =>
        tags.All(RuleBook.Captures).Exists(c => c.From >= context.From && c.To <= context.To
            && (c.To <= m.Start || !RuleBook.RelativeWords.ContainsAny(text.AsSpan(m.NounEnd, Math.Max(0, c.From - m.NounEnd)))));

    /// <summary>A count this many times smaller than an "N for N" of the same report is a share of it.</summary>
    private const int ShareOfAFormula = 10;

    /// <summary>
    /// "96 своїх громадян — 84 військовослужбовці та 12 цивільних", "96 наших людей вдома.\n84 воїни та 12 цивільних.":
    /// a count that the next counts of its sentence, or of the line after it, add up to is their sum, not a side's own
    /// count. The sentence of the parts, or -1. The line after tells of the other side's count when it names the other
    /// direction ("Russia received 1,200 servicemen. Ukraine received 1,150 servicemen and 50 civilians.").
    /// </summary>
    private int PartsOf(int i)
    {
        var (m, s) = mentions[i];
        var partsIn = i + 1 < mentions.Count && mentions[i + 1].Sentence == s + 1 && Classify(s + 1) != SentenceKind.Recap
            && !(Direction(Range(s)) is { } sumGoes && Direction(Range(s + 1)) is { } nextGoes && sumGoes != nextGoes) ? s + 1 : s;
        var sum = 0;
        for (var j = i + 1; j < mentions.Count && mentions[j].Sentence == partsIn && sum < m.Value; j++)
        {
            sum += mentions[j].Mention.Value;
            if (sum == m.Value && j > i + 1)
            {
                // "215 військовослужбовців (ЗСУ — 168, НГУ — 29, ДПСУ — 18)", "200 захисників: 112 військовослужбовців ЗСУ, 47 нацгвардійців…":
                // servicemen broken down by unit; the sum stands.
                return BareNumbers(i + 1, j) || (m.Kind == CountKind.Military && mentions[(i + 1)..(j + 1)].TrueForAll(p => p.Mention.Kind == CountKind.Military)) ? -1 : partsIn;
            }
        }

        return -1;
    }

    /// <summary>Mentions <paramref name="from"/> to <paramref name="to"/> are numbers with no word for people ("ЗСУ — 168").</summary>
    private bool BareNumbers(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            var part = mentions[k].Mention;
            if (part.Kind != CountKind.People || part.Nationality is not null || part.NounEnd != part.Start + Digits(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "meant to free 1,000 on each side, swapping 410 each in the first stage": a count whose clause names
    /// a stage is what happened, ahead of the whole exchange's figure.
    /// </summary>
    private bool OfStage(CountMention m, int s)
    {
        var end = sentences[s].End;
        var comma = text.AsSpan(m.NounEnd, end - m.NounEnd).IndexOfAny(",;:(");
        return tags.Any(RuleBook.Stages, new TextRange(m.Start, comma >= 0 ? m.NounEnd + comma : end));
    }

    /// <summary>"переданы 410 военнопленных ВСУ и 70 гражданских лиц": a count joined by "and" to the one before goes the same way.</summary>
    private (CountMention Mention, int Sentence, Party? Party)? JoinedTo(int i, List<(CountMention Mention, int Sentence, Party? Party)> counts)
    {
        return i > 0 && counts.Count > 0 && counts[^1].Mention == mentions[i - 1].Mention && JoinedToPrevious(i) ? counts[^1] : null;
    }

    /// <summary>"300 військовослужбовців і 7 цивільних": the count follows the one before it in its sentence after "and".</summary>
    private bool JoinedToPrevious(int i)
    {
        if (i == 0 || mentions[i - 1].Sentence != mentions[i].Sentence)
        {
            return false;
        }

        var between = text.AsSpan(mentions[i - 1].Mention.NounEnd, Math.Max(0, mentions[i].Mention.Start - mentions[i - 1].Mention.NounEnd)).Trim(' ');
        return RuleBook.AndJoint.IsMatch(between);
    }

    /// <summary>A part that, with a civilians' count, adds up to a count of people told before it.</summary>
    private static bool BreaksDown((CountMention Mention, int Sentence, Party? Party) part, List<(CountMention Mention, int Sentence, Party? Party)> counts) =>
        counts.Exists(civilians => civilians.Mention.Kind == CountKind.Civilians && counts.Exists(whole => whole.Mention.Kind == CountKind.People && !whole.Mention.Part
            && whole.Sentence <= part.Sentence && whole.Mention.Value == part.Mention.Value + civilians.Mention.Value));

    /// <summary>"Троє військових з Волині повернулися. Загалом — 90 військових": "in total" sums up the side counted before it.</summary>
    private Party? SumUpBefore(CountMention m, int s, List<(CountMention Mention, int Sentence, Party? Party)> counts) =>
        InTotalBefore(m, s) ? counts.FindLast(c => c.Sentence < s && c.Party is not null).Party : null;

    /// <summary>
    /// "Загалом під час обміну додому повернулися 146 військових" after "троє військових із Чернігівщини": the whole
    /// exchange's count, ahead of a share told first.
    /// </summary>
    private bool InTotalBefore(CountMention m, int s) => RuleBook.InTotal.IsMatch(text.AsSpan(sentences[s].Start, m.Start - sentences[s].Start));

    /// <summary>
    /// A formula counts this exchange unless the text tells of stages and the formula is the whole deal's
    /// ("перший етап обміну 300 на 300", "the 300-for-300 deal") — and no other count of the text repeats it.
    /// A stage's own formula stands apart ("Сьогодні — 120 на 120", "завершальний етап: 90 на 90"), as does one
    /// smaller than another formula of the text ("второй этап по формуле 100 на 100 … предусматривает обмен 300 на 300").
    /// </summary>
    private bool FormulaOfThisExchange(CountMention m, int s, List<(CountMention Mention, int Sentence, Party? Party)> counts)
    {
        if (mentions.Exists(c => c.Mention.Formula && c.Mention.Value < m.Value && Classify(c.Sentence) == SentenceKind.Current))
        {
            // "Обмен 1.000 на 1.000 продолжается. Сегодня обменяли 307 на 307": a deal is never smaller than its stage.
            return false;
        }

        if (tags.Any(RuleBook.Agreement, new TextRange(Math.Max(sentences[s].Start, m.Start - 30), m.Start))
            && counts.Exists(c => !c.Mention.Formula && c.Mention.Kind == CountKind.Military && c.Mention.Value < m.Value))
        {
            // "Обмін відбувся в межах домовленості «500 на 500»" beside "повернула 170 військовослужбовців": the agreed deal's.
            return false;
        }

        if (tags.Any(RuleBook.Stages, new TextRange(sentences[s].Start, m.Start))
            && !counts.Exists(c => !c.Mention.Formula && c.Mention.Kind != CountKind.Civilians && c.Mention.Value < m.Value))
        {
            // "провели второй этап обмена военнопленными по формуле 112 на 112": the formula of the stage it names.
            return true;
        }

        if (StagesTold() && counts.Exists(c => !c.Mention.Formula && !c.Mention.Part && c.Mention.Kind != CountKind.Civilians
                && c.Mention.Value < m.Value && c.Mention.Value * ShareOfAFormula >= m.Value && Classify(c.Sentence) == SentenceKind.Current))
        {
            // "Обмін 1.000 на 1.000 завершено" over "третій, завершальний етап: повернулися 303 захисники", "410 наших людей" over
            // "перший етап обміну … — 1200 на 1200": the deal's formula, the stage's count.
            return false;
        }

        if (!StagesTold() || counts.Exists(c => !c.Mention.Formula && c.Mention.Value == m.Value)
            || mentions.Exists(c => c.Mention.Formula && c.Mention.Value > m.Value))
        {
            return true;
        }

        var sentence = sentences[s];
        var from = Math.Max(sentence.Start, m.Start - 30);
        var to = Math.Min(sentence.End, m.NounEnd + 30);
        return !RuleBook.DealFormulaBefore.IsMatch(text.AsSpan(from, m.Start - from)) && !RuleBook.DealFormulaAfter.IsMatch(text.AsSpan(m.NounEnd, to - m.NounEnd));
    }

    /// <summary>
    /// "▪️ 215 військовослужбовців" opening a line of a Ukrainian post counts its own people (a region's few, "двоє
    /// прикордонників" after "серед них четверо жителів Волині:", do not).
    /// </summary>
    private Party? OwnCountOfAUkrainianPost(int i) =>
        language == "uk" && mentions[i].Mention.Value >= FewestHeld && (i == 0 || mentions[i - 1].Sentence != mentions[i].Sentence) ? side : null;

    /// <summary>Stages are told of, not only floated ("talks on a larger, multi-stage deal have been floated" tells of none).</summary>
    private bool StagesTold() =>
        tags.All(RuleBook.Stages).Exists(st => SentenceOf(st.From) is var s and >= 0 && Classify(s) is not (SentenceKind.Future or SentenceKind.Vetoed));

    /// <summary>
    /// "Вчера вернули 120 наших, сегодня — 95 пацанов", "вчора 120 воїнів і 7 цивільних, сьогодні — ще 95": a count told
    /// after an earlier day, before a later day of its sentence with a number of its own, belongs to the earlier day.
    /// </summary>
    private bool OfAnEarlierDay(CountMention m, int s)
    {
        var days = DatesIn(s);
        var before = days.FindLast(d => !d.MonthOnly && d.Index < m.Start);
        return before != default && days.Exists(d => !d.MonthOnly && d.Index >= m.NounEnd && d.Date > before.Date
            && text.AsSpan(d.Index, sentences[s].End - d.Index).IndexOfAnyInRange('0', '9') >= 0);
    }

    /// <summary>"Учора ми повернули 200 захисників, сьогодні — ще 150": a bare number after a count of its sentence is of the same people.</summary>
    private Party? BareAfterACount(int i) =>
        i > 0 && mentions[i].Mention is var m && m.NounEnd == m.Start + Digits(m) && mentions[i - 1].Sentence == mentions[i].Sentence
            ? mentions[i - 1].Mention.Nationality : null;

    /// <summary>"150 of ours came home. In return, 150 prisoners went to Ukraine": the side opposite the count before.</summary>
    private Party? OtherThanBefore(List<(CountMention Mention, int Sentence, Party? Party)> counts, int s) =>
        RuleBook.InReturn.IsMatch(text.AsSpan(sentences[s].Start, sentences[s].Length)) && counts.FindLast(c => c.Sentence < s && c.Party is not null) is { Party: { } before }
            ? Other(before) : null;
}
