using System.Globalization;
using Alerts.Core.Detection.Rules;
using Alerts.Core.Detection.Text;

namespace Alerts.Core.Detection;

/// <summary>The facts of the exchange an item reports: its counts by side, date, stage, mediators and transit.</summary>
internal sealed partial class ItemReading
{
    private ExchangeFacts Facts(List<int> anchors, List<(CountMention Mention, int Sentence, Party? Party)> counts)
    {
        // "nearly 100 prisoners each … Ninety-seven Ukrainian servicemen were returned": a rough figure yields to an exact one close to it.
        counts = counts.FindAll(c => c.Mention.Qualifier == CountQualifier.Exact
            || !counts.Exists(e => e.Mention.Qualifier == CountQualifier.Exact && e.Mention.Kind != CountKind.Civilians && Near(e.Mention.Value, c.Mention.Value)));
        var returned = PartyCounts.None;
        var civilians = PartyCounts.None;
        var counted = new List<int>();
        var civilianSentences = new List<(Party Party, int Sentence)>();
        foreach (var party in new[] { Party.RU, Party.UA })
        {
            // Servicemen counted in words first, then "N each", then an "N for N" formula (not of a stage), then people.
            var forParty = counts.Where(c => !c.Mention.Part && (c.Party == party || (c.Mention.EachSide && c.Mention.Kind != CountKind.Civilians)))
                .OrderBy(c => OfStage(c.Mention, c.Sentence) ? 0 : 1).ThenBy(c => InTotalBefore(c.Mention, c.Sentence) ? 0 : 1).ToList();
            var pick = forParty.FirstOrDefault(c => c.Mention.Kind == CountKind.Military && !c.Mention.Formula && c.Mention.NounEnd > c.Mention.Start + Digits(c.Mention));
            if (pick.Mention == default)
            {
                pick = forParty.FirstOrDefault(c => c.Mention.Kind == CountKind.Military && !c.Mention.Formula);
            }

            if (pick.Mention == default)
            {
                // "189 українців повертаються додому! Серед звільнених — 157 військовослужбовців і 32 цивільні": the servicemen of a breakdown.
                pick = counts.FirstOrDefault(c => c.Mention.Part && c.Mention.Kind == CountKind.Military && (c.Party ?? side) == party && BreaksDown(c, counts));
            }

            if (pick.Mention == default)
            {
                // "Russia received the same number" mirrors the other side's count ahead of the deal's formula.
                pick = forParty.FirstOrDefault(c => c.Mention.Formula && FormulaOfThisExchange(c.Mention, c.Sentence, counts) && SameNumberSaid(ofCivilians: false) is null);
            }

            if (pick.Mention == default)
            {
                pick = forParty.FirstOrDefault(c => c.Mention.Kind == CountKind.People);
            }

            if (pick.Mention != default)
            {
                returned = returned.With(party, pick.Mention.Value);
                counted.Add(pick.Sentence);
                evidence.Add($"returned to {party}: {pick.Mention.Value} from \"{Quote(pick.Mention)}\"");
            }

            var civilian = counts.Where(c => c.Mention.Kind == CountKind.Civilians && (c.Mention.EachSide || (c.Party ?? side ?? Party.UA) == party))
                .OrderBy(c => InTotalBefore(c.Mention, c.Sentence) ? 0 : 1).FirstOrDefault();
            if (civilian.Mention != default)
            {
                civilians = civilians.With(party, civilian.Mention.Value);
                civilianSentences.Add((party, civilian.Sentence));
                evidence.Add($"civilians returned to {party}: {civilian.Mention.Value}");
            }
        }

        returned = MirroredCount(returned);
        civilians = MirroredCivilians(civilians);
        var (mediators, transit) = Countries();

        // The day next to the headline count comes first ("230 came home today; yesterday 270 did").
        var (date, dateStated) = ExchangeDate([.. counted.Order(), .. anchors], returned);
        foreach (var (party, s) in civilianSentences)
        {
            if (DatesIn(s).FindAll(d => !d.MonthOnly && d.Date.DayNumber >= published.DayNumber - 14) is { Count: > 0 } days && !days.Exists(d => d.Date == date))
            {
                // "The exchange began on Thursday, when 270 soldiers and 120 civilians were returned" in Saturday's report: another day's civilians.
                civilians = civilians.With(party, null);
                evidence.Add($"civilians of {party} dropped: their sentence tells of another day");
            }
        }

        return new ExchangeFacts
        {
            Date = date,
            DateStated = dateStated,
            Stage = anchors.Exists(s => tags.Any(RuleBook.Stages, Range(s)) || tags.Any(RuleBook.LaterStage, Range(s))),
            StageNumber = StageNumber(anchors),
            ReturnedTo = returned,
            CiviliansReturnedTo = civilians,
            Mediators = mediators,
            Transit = transit,
        };
    }

    /// <summary>
    /// The stage the headline or the exchange's sentences number ("Третій, завершальний етап" → 3), if any; the
    /// completion of a deal of N days or stages is its N-th ("completing a three-day deal").
    /// </summary>
    private int? StageNumber(List<int> anchors)
    {
        foreach (var s in anchors.Prepend(0))
        {
            var sentence = Range(s);
            foreach (var stage in tags.All(RuleBook.Stages))
            {
                if (stage.From >= sentence.From && stage.To <= sentence.To && OrdinalBefore(Math.Max(sentence.From, stage.From - 24), stage.To) is { } number)
                {
                    return number;
                }
            }

            foreach (var later in tags.All(RuleBook.LaterStage))
            {
                if (later.From >= sentence.From && later.To <= sentence.To && DealLength(text.AsSpan(later.From, later.To - later.From)) is { } days)
                {
                    return days;
                }
            }
        }

        return null;
    }

    /// <summary>Within a tenth of each other: "more than 200" and 205.</summary>
    private static bool Near(int a, int b) => Math.Abs(a - b) * 10 <= Math.Max(a, b);

    /// <summary>"completing a three-day", "completed a 4-stage": the number before the last dash of a later stage's wording.</summary>
    private static int? DealLength(ReadOnlySpan<char> words)
    {
        var dash = words.LastIndexOf('-');
        if (dash <= 0)
        {
            return null;
        }

        var length = words[(words[..dash].LastIndexOf(' ') + 1)..dash];
        var days = int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : NumberWords.TryGet(length, out var word) ? (int)word.Value : 0;
        return days is > 1 and < 10 ? days : null;
    }

    /// <summary>The stage number of the last ordinal word in text[from..to).</summary>
    private int? OrdinalBefore(int from, int to)
    {
        int? found = null;
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == from || !char.IsLetterOrDigit(text[i - 1])))
            {
                foreach (var (stem, number) in RuleBook.StageOrdinals)
                {
                    if (text.AsSpan(i, to - i).StartsWith(stem, StringComparison.Ordinal))
                    {
                        found = number;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>"the same numbers of Ukrainian servicemen and civilians were handed over": one side's civilians stand for the other's too.</summary>
    private PartyCounts MirroredCivilians(PartyCounts civilians)
    {
        if ((civilians.RU is null) == (civilians.UA is null))
        {
            return civilians;
        }

        var (missing, value) = civilians.RU is null ? (Party.RU, civilians.UA) : (Party.UA, civilians.RU);
        if (SameNumberSaid(ofCivilians: true) is { } same)
        {
            evidence.Add($"civilians returned to {missing}: {value} from \"{same}\"");
            return civilians.With(missing, value);
        }

        return civilians;
    }

    /// <summary>"the same number" in a current sentence (followed by a word for civilians, when asked for them).</summary>
    private string? SameNumberSaid(bool ofCivilians)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            if (Classify(s) == SentenceKind.Current && tags.FirstMatch(RuleBook.SameNumber, Range(s)) is { } same
                && (!ofCivilians || RuleBook.CivilianWords.ContainsAny(text.AsSpan(same.To, sentences[s].End - same.To))))
            {
                return text[same.From..same.To];
            }
        }

        return null;
    }

    /// <summary>"Russia received the same number", or an agreed "84 for 84" of the count: one side's count stands for the other's too.</summary>
    private PartyCounts MirroredCount(PartyCounts returned)
    {
        if ((returned.RU is null) == (returned.UA is null))
        {
            return returned;
        }

        var (missing, value) = returned.RU is null ? (Party.RU, returned.UA) : (Party.UA, returned.RU);
        if (SameNumberSaid(ofCivilians: false) is { } same)
        {
            evidence.Add($"returned to {missing}: {value} from \"{same}\"");
            return returned.With(missing, value);
        }

        // "Росіяни погодили 84 на 84" beside "84 військових повернулися": the agreed formula is the one that took place.
        if (mentions.Find(m => m.Mention.Formula && m.Mention.Value == value && Classify(m.Sentence) is SentenceKind.Current or SentenceKind.Future) is { Mention.Formula: true } formula)
        {
            evidence.Add($"returned to {missing}: {value} from the formula \"{Quote(formula.Mention)}\"");
            return returned.With(missing, value);
        }

        return returned;
    }

    /// <summary>
    /// A sentence of this exchange: current; total wording with no count ("the UAE, which has brokered most
    /// swaps since 2022, mediated again"); or one that names the US with no swap of its own ("при содействии ОАЭ и США").
    /// </summary>
    private bool NamesMediators(int s) => Classify(s) switch
    {
        SentenceKind.Current => true,
        SentenceKind.Total => !mentions.Exists(m => m.Sentence == s),
        SentenceKind.OtherConflict => !tags.Any(RuleBook.Exchange, Range(s)) && !tags.Any(RuleBook.WeakExchange, Range(s)),
        // "The swap, brokered by the UAE, had been prepared for weeks": talks told of, but of this same swap.
        SentenceKind.Future => RuleBook.ThisSwapOpening.IsMatch(text.AsSpan(sentences[s].Start, sentences[s].Length))
            && tags.All(RuleBook.WeakExchange).Count(w => w.From >= sentences[s].Start && w.To <= sentences[s].End) == 1,
        _ => false,
    };


    private (List<string> Mediators, List<string> Transit) Countries()
    {
        var mediators = new List<string>();
        var transit = new List<string>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (!NamesMediators(s))
            {
                continue;
            }

            foreach (var cue in tags.All(RuleBook.MediatorCues))
            {
                if (cue.From < sentence.Start || cue.To > sentence.End)
                {
                    continue;
                }

                var from = Math.Max(sentence.Start, cue.From - 60);
                var to = Math.Min(sentence.End, cue.To + 80);
                var before = mediators.Count;
                foreach (var (code, rule) in Rules.Countries.Named)
                {
                    if (!mediators.Contains(code) && tags.All(rule).Exists(m => m.From < to && m.To > from))
                    {
                        mediators.Add(code);
                    }
                }

                if (mediators.Count > before)
                {
                    evidence.Add($"mediator {string.Join(',', mediators.Skip(before))} from \"{text[from..to]}\"");
                }
            }

            if (transit.Count == 0 && tags.Any(Rules.Countries.Belarus, Range(s)))
            {
                transit.Add("BY");
                evidence.Add($"transit BY (Belarus named in sentence {s + 1})");
            }
        }

        return (mediators, transit);
    }
}
