using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>What each sentence says: current, future, vetoed, bodies, recap, total, another conflict.</summary>
internal sealed partial class ItemReading
{
    /// <summary>What the sentence says, read once: other conflict, vetoed, bodies, future, recap or current.</summary>
    private SentenceKind Classify(int s)
    {
        if (kinds[s] != SentenceKind.Unread)
        {
            return kinds[s];
        }

        var span = Range(s);
        var (kind, reason) =
            tags.First(RuleBook.ClaimLabel, span) is { } claim ? (SentenceKind.Claimed, claim)
            : tags.First(RuleBook.OtherConflicts, span) is { } other && !tags.Any(RuleBook.WarContext, span) ? (SentenceKind.OtherConflict, other)
            : tags.First(RuleBook.Vetoed, span) is { } vetoed && !OnlyInside(RuleBook.Vetoed, RuleBook.VetoedEarlier, span) ? (SentenceKind.Vetoed, vetoed)
            : tags.First(RuleBook.Bodies, span) is { } bodies && !tags.Any(RuleBook.LivingPrisoners, span) ? (SentenceKind.Bodies, bodies)
            : tags.First(RuleBook.Future, span) is { } future && !CompletedIn(span) && !OnlyInside(RuleBook.Future, RuleBook.AgreedClause, span) ? (SentenceKind.Future, future)
            : tags.First(RuleBook.PreviousExchange, span) is { } previous ? (SentenceKind.Recap, previous)
            : tags.First(RuleBook.FormerCaptives, span) is { } former && OnlyInside(RuleBook.Exchange, RuleBook.FormerCaptives, span)
                && !mentions.Exists(x => x.Sentence == s && !tags.All(RuleBook.FormerCaptives).Exists(f => f.From <= x.Mention.Start && x.Mention.NounEnd <= f.To)) ? (SentenceKind.Recap, former)
            : tags.First(RuleBook.Recap, span) is { } recap && (!RecentDate(s) || RecapOfItsExchange(span)) && !OnlyWhere(RuleBook.Recap, span, at => AfterAgreement(span, at))
                && !OnlyWhere(RuleBook.Recap, span, at => AfterCapture(span, at) || AfterSinceCue(at)) ? (SentenceKind.Recap, recap)
            : OldDate(s) is { } old ? (SentenceKind.Recap, old)
            : tags.First(RuleBook.Reminder, span) is { } reminder && DatesIn(s).Count > 0 ? (SentenceKind.Recap, reminder)
            : EarlierStageOfThisDeal(s) is { } earlier ? (SentenceKind.Recap, earlier)
            : tags.First(RuleBook.Cumulative, span) is { } total && OnlyTotals(s) ? (SentenceKind.Total, total)
            : (SentenceKind.Current, null);
        kinds[s] = kind;
        reasons[s] = reason;
        return kind;
    }

    /// <summary>
    /// "Yesterday's first phase also returned 300" in a report headed "second phase of the exchange", "The first stage,
    /// on Thursday, returned 120" beside "on Saturday, the final 90": the sentence tells of the deal's earlier stage.
    /// In a later stage's report, so does a sentence dated before today beside counts that are not ("Вчера было 120").
    /// </summary>
    private string? EarlierStageOfThisDeal(int s)
    {
        var span = Range(s);
        var earlierStage = tags.Any(RuleBook.EarlierStage, span);
        var laterHeadline = LaterStageHeadline(s);
        if (s == 0 || (!earlierStage && !laterHeadline) || tags.Any(RuleBook.LaterStage, span))
        {
            return null;
        }

        // "completing the three-stage swap agreed in Istanbul on Oct. 14": the day of the agreement is no earlier stage.
        var days = DatesIn(s).Where(d => !d.MonthOnly && !AfterAgreement(span, d.Index)).Select(d => (d.Date, Text: text.Substring(d.Index, d.Length))).ToList();
        if (tags.First(RuleBook.EarlierStage, span) is { } earlier)
        {
            return laterHeadline || (days.Count > 0 && allDates!.Exists(d => !d.MonthOnly && d.Date > days.Max(x => x.Date))) ? earlier : null;
        }

        return laterHeadline && days.Count > 0 && days.TrueForAll(d => d.Date < published) && mentions.Exists(m => m.Sentence != s && tags.Any(RuleBook.Exchange, Range(m.Sentence)) && Undated(m.Sentence))
            ? days[0].Text
            : null;
    }

    /// <summary>
    /// "freed in a prisoner exchange last spring, he won on Tuesday": the recap wording dates the exchange wording right
    /// before or after it, whatever else the sentence dates.
    /// </summary>
    private bool RecapOfItsExchange(TextRange span) =>
        tags.All(RuleBook.Recap).Exists(r => r.From >= span.From && r.To <= span.To
            && tags.All(RuleBook.Exchange).Exists(e => e.From >= span.From && e.To <= span.To
                && ((r.From >= e.To && r.From - e.To <= 1) || (e.From >= r.To && e.From - r.To <= 1))));

    /// <summary>The headline, or a live blog's entry heading under a general title, names a later stage ("second phase").</summary>
    private bool LaterStageHeadline(int s)
    {
        for (var h = 0; h < Math.Min(2, s); h++)
        {
            if (tags.Any(RuleBook.LaterStage, Range(h)) && !tags.Any(RuleBook.EarlierStage, Range(h)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence names no day before publication (read from the whole text's dates: the caller holds <see cref="DatesIn"/>'s list).</summary>
    private bool Undated(int s) =>
        !allDates!.Exists(d => !d.MonthOnly && d.Index >= sentences[s].Start && d.Index < sentences[s].End && d.Date < published);

    /// <summary>Every match of the rule in the span lies inside a match of the wider one ("after a planned swap was called off").</summary>
    private bool OnlyInside(RuleSet rule, RuleSet wider, TextRange span)
    {
        var outer = tags.All(wider);
        return outer.Count > 0 && tags.All(rule).TrueForAll(r => r.To <= span.From || r.From >= span.To || outer.Exists(o => o.From <= r.From && r.To <= o.To));
    }

    /// <summary>The sentence is a question asking "how many".</summary>
    private bool Asks(int s) => s >= 0 && IsQuestion(s) && RuleBook.HowMany.IsMatch(text.AsSpan(sentences[s].Start, sentences[s].Length));

    /// <summary>
    /// Every piece of exchange wording in the sentence is plural and the sentence counts no one, while no current sentence
    /// speaks of one exchange ("how prisoner exchanges work" over a Q&amp;A): exchanges in general.
    /// </summary>
    private bool InGeneral(int s)
    {
        var span = Range(s);
        return !mentions.Exists(m => m.Sentence == s) && OnlyPlural(RuleBook.Exchange, span)
            && !tags.All(RuleBook.WeakExchange).Concat(tags.All(RuleBook.Exchange)).Any(e =>
                !Plural(e) && SentenceOf(e.From) is var at and >= 0
                && !IsQuestion(at) && Classify(at) == SentenceKind.Current);
    }

    private bool OnlyPlural(RuleSet rule, TextRange span) =>
        tags.All(rule).TrueForAll(e => e.To <= span.From || e.From >= span.To || Plural(e));

    /// <summary>The wording names exchanges in the plural (read a little past it: "prisoner-of-war exchange" + "s").</summary>
    private bool Plural(TextRange wording) =>
        RuleBook.PluralExchange.IsMatch(text.AsSpan(wording.From, Math.Min(text.Length, wording.To + 3) - wording.From));

    private bool IsQuestion(int s) => text.AsSpan(sentences[s].Start, sentences[s].Length).TrimEnd().EndsWith('?');

    /// <summary>Completion wording in the span that no future stands before ("swapped", not "are to be swapped"; "возвращение" names a return, it completes nothing).</summary>
    private bool CompletedIn(TextRange span) =>
        tags.All(RuleBook.Completed).Exists(c => c.From >= span.From && c.To <= span.To
            && !RuleBook.NominalReturn.IsMatch(text.AsSpan(c.From, c.To - c.From)) && !RuleBook.FutureBefore.IsMatch(text.AsSpan(span.From, c.From - span.From)));

    /// <summary>Every count in the sentence is a cumulative total or prisoners still held (or there is none).</summary>
    private bool OnlyTotals(int s)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Sentence == s && !IsTotal(i, Context(i))
                && !(tags.Any(RuleBook.Held, Context(i)) && !tags.Any(RuleBook.Returned, Context(i))))
            {
                return false;
            }
        }

        return true;
    }

    private List<int> SentencesMatching(RuleSet rule, out Dictionary<int, string> at)
    {
        var found = new List<int>();
        at = [];
        foreach (var match in tags.All(rule))
        {
            var s = SentenceOf(match.From);
            if (s >= 0 && !at.ContainsKey(s))
            {
                found.Add(s);
                at[s] = text[match.From..match.To];
            }
        }

        found.Sort();
        return found;
    }

    private int SentenceOf(int index)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (index < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (index >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private TextRange Range(int s) => new(sentences[s].Start, sentences[s].End);

    private static string Describe(SentenceKind kind) => kind switch
    {
        SentenceKind.OtherConflict => "a swap of another conflict",
        SentenceKind.Vetoed => "proposal, list, postponed or cancelled",
        SentenceKind.Bodies => "repatriation of bodies",
        SentenceKind.Future => "future or talks",
        SentenceKind.Recap => "recap of an earlier exchange",
        SentenceKind.Total => "cumulative total",
        SentenceKind.Claimed => "a claim being checked",
        _ => kind.ToString(),
    };
}
