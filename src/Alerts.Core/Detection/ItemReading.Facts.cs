using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>The numbers, date, mediators and statistics of an item.</summary>
internal sealed partial class ItemReading
{
    /// <summary>Counts of people exchanged: in current sentences, not totals and not prisoners still held.</summary>
    private List<(CountMention Mention, int Sentence, Party? Party)> ExchangeCounts()
    {
        var counts = new List<(CountMention, int, Party?)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var (m, s) = mentions[i];
            if (Classify(s) != SentenceKind.Current)
            {
                continue;
            }

            var context = Context(i);
            if (RuleBook.Cumulative.IsMatch(context) || (RuleBook.Held.IsMatch(context) && !RuleBook.Returned.IsMatch(context)))
            {
                continue;
            }

            var party = m.EachSide ? null
                : m.Kind == CountKind.Civilians ? m.Nationality ?? Direction(context) ?? PreviousParty(counts, s) ?? side ?? Party.UA
                : PartyOf(m, context, s);
            counts.Add((m, s, party));
        }

        return counts;
    }

    private ExchangeFacts Facts(List<int> anchors, List<(CountMention Mention, int Sentence, Party? Party)> counts)
    {
        var returned = PartyCounts.None;
        var civilians = PartyCounts.None;
        foreach (var party in new[] { Party.RU, Party.UA })
        {
            // Servicemen counted in words first, then "N each", then an "N for N" formula (not of a stage), then people.
            var forParty = counts.Where(c => !c.Mention.Part && (c.Party == party || (c.Mention.EachSide && c.Mention.Kind != CountKind.Civilians))).ToList();
            var pick = forParty.FirstOrDefault(c => c.Mention.Kind == CountKind.Military && !c.Mention.Formula && c.Mention.NounEnd > c.Mention.Start + Digits(c.Mention));
            if (pick.Mention == default)
            {
                pick = forParty.FirstOrDefault(c => c.Mention.Kind == CountKind.Military && !c.Mention.Formula);
            }

            if (pick.Mention == default)
            {
                pick = forParty.FirstOrDefault(c => c.Mention.Formula && !RuleBook.Stages.IsMatch(text));
            }

            if (pick.Mention == default)
            {
                pick = forParty.FirstOrDefault(c => c.Mention.Kind == CountKind.People);
            }

            if (pick.Mention != default)
            {
                returned = returned.With(party, pick.Mention.Value);
                evidence.Add($"returned to {party}: {pick.Mention.Value} from \"{Quote(pick.Mention)}\"");
            }

            var civilian = counts.FirstOrDefault(c => c.Mention.Kind == CountKind.Civilians && (c.Party ?? side ?? Party.UA) == party);
            if (civilian.Mention != default)
            {
                civilians = civilians.With(party, civilian.Mention.Value);
                evidence.Add($"civilians returned to {party}: {civilian.Mention.Value}");
            }
        }

        var (mediators, transit) = Countries(anchors);
        return new ExchangeFacts
        {
            Date = ExchangeDate(anchors),
            ReturnedTo = returned,
            CiviliansReturnedTo = civilians,
            Mediators = mediators,
            Transit = transit,
        };
    }

    private DateOnly ExchangeDate(List<int> anchors)
    {
        var candidates = anchors.Append(0).Concat(Enumerable.Range(0, sentences.Count).Where(s => Classify(s) == SentenceKind.Current));
        foreach (var s in candidates)
        {
            if (Classify(s) != SentenceKind.Current)
            {
                continue;
            }

            foreach (var d in DatesIn(s))
            {
                if (!d.MonthOnly && d.Date.DayNumber <= published.DayNumber + 1)
                {
                    evidence.Add($"date {d.Date:yyyy-MM-dd} from \"{text.Substring(d.Index, d.Length)}\"");
                    return d.Date;
                }
            }
        }

        evidence.Add($"date {published:yyyy-MM-dd}: the published date (no date in the text)");
        return published;
    }

    private (List<string> Mediators, List<string> Transit) Countries(List<int> anchors)
    {
        var mediators = new List<string>();
        var transit = new List<string>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (Classify(s) != SentenceKind.Current)
            {
                continue;
            }

            foreach (var cue in RuleBook.MediatorCues.EnumerateMatches(Span(s)))
            {
                var from = Math.Max(sentence.Start, sentence.Start + cue.Index - 25);
                var to = Math.Min(sentence.End, sentence.Start + cue.Index + cue.Length + 80);
                var before = mediators.Count;
                Rules.Countries.Find(text.AsSpan(from, to - from), mediators);
                if (mediators.Count > before)
                {
                    evidence.Add($"mediator {string.Join(',', mediators.Skip(before))} from \"{text[from..to]}\"");
                }
            }

            if (transit.Count == 0 && Rules.Countries.Belarus.IsMatch(Span(s)))
            {
                transit.Add("BY");
                evidence.Add($"transit BY (Belarus named in sentence {s + 1})");
            }
        }

        _ = anchors;
        return (mediators, transit);
    }

    /// <summary>Prisoners held by each side and totals returned, with their qualifiers.</summary>
    private List<CountStatistic> Statistics()
    {
        var statistics = new List<CountStatistic>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var (m, s) = mentions[i];
            if (m.EachSide || m.Part || m.Kind == CountKind.Civilians || Classify(s) is SentenceKind.OtherConflict or SentenceKind.Recap or SentenceKind.Bodies)
            {
                continue;
            }

            var context = Context(i);
            CountStatistic? statistic = null;
            if (RuleBook.Cumulative.IsMatch(context) && RuleBook.Returned.IsMatch(context))
            {
                var party = PartyOf(m, context, s) ?? side ?? Party.UA;
                statistic = new CountStatistic(StatisticMetric.ReturnedTotal, party, m.Value, m.Qualifier);
            }
            else if (RuleBook.Held.IsMatch(context) && !RuleBook.Returned.IsMatch(context))
            {
                Party? holder = RuleBook.HeldByRussia.IsMatch(context) ? Party.RU
                    : RuleBook.HeldByUkraine.IsMatch(context) ? Party.UA
                    : m.Nationality is { } people ? (people == Party.UA ? Party.RU : Party.UA)
                    : null;
                statistic = holder is { } h ? new CountStatistic(StatisticMetric.Held, h, m.Value, m.Qualifier) : null;
            }

            var same = statistics.FindIndex(x => statistic is { } f && x.Metric == f.Metric && x.Party == f.Party);
            if (same >= 0 && statistics[same].Value == statistic!.Value && statistics[same].Qualifier == CountQualifier.Exact)
            {
                // A headline drops "about": the body's qualifier wins for the same value.
                statistics[same] = statistic;
            }

            if (statistic is { } found && same < 0)
            {
                statistics.Add(found);
                evidence.Add($"statistic {found.Metric} {found.Party} = {found.Value} ({found.Qualifier}) from \"{context.ToString().Trim()}\"");
            }
        }

        return statistics;
    }

    private static Party? Direction(ReadOnlySpan<char> context)
    {
        var toUkraine = RuleBook.ToUkraine.IsMatch(context);
        return toUkraine != RuleBook.ToRussia.IsMatch(context) ? (toUkraine ? Party.UA : Party.RU) : null;
    }

    /// <summary>"246 Ukrainian servicemen and 31 civilians": the civilians go where the servicemen went.</summary>
    private static Party? PreviousParty(List<(CountMention Mention, int Sentence, Party? Party)> counts, int s) =>
        counts.Count > 0 && counts[^1].Sentence == s && counts[^1].Mention.Kind != CountKind.Civilians ? counts[^1].Party : null;

    /// <summary>Where a count belongs: nationality, then "to Ukraine"/"from Russian captivity", then "home" for the report's side.</summary>
    private Party? PartyOf(CountMention m, ReadOnlySpan<char> context, int s)
    {
        if (m.Nationality is { } nationality)
        {
            return nationality;
        }

        var toUkraine = RuleBook.ToUkraine.IsMatch(context);
        var toRussia = RuleBook.ToRussia.IsMatch(context);
        if (toUkraine != toRussia)
        {
            return toUkraine ? Party.UA : Party.RU;
        }

        if (!toUkraine && RuleBook.Home.IsMatch(context) && side is { } home)
        {
            return home;
        }

        var sentence = Span(s);
        toUkraine = RuleBook.ToUkraine.IsMatch(sentence);
        toRussia = RuleBook.ToRussia.IsMatch(sentence);
        if (toUkraine != toRussia)
        {
            return toUkraine ? Party.UA : Party.RU;
        }

        return !toUkraine && RuleBook.Home.IsMatch(sentence) ? side : null;
    }

    /// <summary>
    /// The text a count belongs to: from the previous count (or the sentence start) to the next
    /// count, comma or the sentence end after it.
    /// </summary>
    private ReadOnlySpan<char> Context(int i)
    {
        var (m, s) = mentions[i];
        var sentence = sentences[s];
        var from = i > 0 && mentions[i - 1].Sentence == s ? mentions[i - 1].Mention.NounEnd : sentence.Start;
        var to = i + 1 < mentions.Count && mentions[i + 1].Sentence == s ? mentions[i + 1].Mention.Start : sentence.End;
        var comma = text.AsSpan(m.NounEnd, to - m.NounEnd).IndexOfAny(',', '(', ':');
        if (comma >= 0)
        {
            to = m.NounEnd + comma;
        }

        return text.AsSpan(from, to - from);
    }

    private string Quote(CountMention m) => text[m.Start..m.NounEnd];

    private static int Digits(CountMention m) => m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
}
