using System.Text.RegularExpressions;
using Alerts.Core.Detection.Rules;
using Alerts.Core.Detection.Text;

namespace Alerts.Core.Detection;

/// <summary>One item being read: its sentences, what each says, the counts in them, and the decision.</summary>
internal sealed partial class ItemReading
{
    private readonly string text;
    private readonly string language;
    private readonly DateOnly published;
    private readonly List<Sentence> sentences;
    private readonly SentenceKind[] kinds;
    private readonly string?[] reasons;
    private readonly List<string> evidence = [];
    private readonly List<(CountMention Mention, int Sentence)> mentions = [];
    private readonly List<DateMention> dates = [];
    private Party? side;

    public ItemReading(string text, string language, DateOnly published)
    {
        this.text = text;
        this.language = language;
        this.published = published;
        sentences = Sentences.Split(text);
        kinds = new SentenceKind[sentences.Count];
        reasons = new string?[sentences.Count];
    }

    public Detection Decide()
    {
        var strong = SentencesMatching(RuleBook.Exchange, out var strongAt);
        var weak = SentencesMatching(RuleBook.WeakExchange, out _);
        if (strong.Count == 0 && weak.Count == 0 && !RuleBook.Held.IsMatch(text) && !RuleBook.Cumulative.IsMatch(text))
        {
            ExplainNoExchange();
            return Detection.None(language, evidence);
        }

        var found = new List<CountMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            CountReader.Read(text, sentences[s], found);
            foreach (var m in found)
            {
                mentions.Add((m, s));
            }

            found.Clear();
        }

        side = Side();
        var statistics = Statistics();
        if (!RuleBook.WarContext.IsMatch(text) && !(RuleBook.GenericContext.IsMatch(text) && !RuleBook.OtherConflicts.IsMatch(text)))
        {
            ExplainNoExchange();
            evidence.Add("rejected: nothing places it in the Russia–Ukraine war");
            return Detection.None(language, evidence) with { Counts = RuleBook.OtherConflicts.IsMatch(text) ? [] : statistics };
        }

        var current = new List<int>();
        foreach (var s in strong)
        {
            if (Classify(s) == SentenceKind.Current)
            {
                current.Add(s);
                evidence.Add($"exchange wording in sentence {s + 1}: \"{strongAt[s]}\"");
            }
            else
            {
                evidence.Add($"sentence {s + 1} rejected ({Describe(kinds[s])}): \"{reasons[s]}\"");
            }
        }

        var counts = ExchangeCounts();
        var weakCurrent = weak.Where(w => !strong.Contains(w) && Classify(w) is SentenceKind.Current or SentenceKind.Total && !RuleBook.OtherExchange.IsMatch(Span(w))
            && counts.Any(c => (c.Sentence == w || c.Sentence == w + 1) && c.Mention.Kind is CountKind.Military or CountKind.Civilians)).ToList();
        var completed = current.Any(s => RuleBook.Completed.IsMatch(Span(s)));
        var isExchange = (current.Count > 0 && (completed || counts.Count > 0)) || weakCurrent.Count > 0;
        if (!isExchange)
        {
            if (current.Count > 0)
            {
                evidence.Add("rejected: exchange wording without a completed action or numbers");
            }
            else
            {
                ExplainNoExchange();
            }

            return Detection.None(language, evidence) with { Counts = statistics, Side = side, Confidence = current.Count > 0 ? 0.3 : 0.1 };
        }

        foreach (var w in weakCurrent)
        {
            evidence.Add($"exchange wording next to servicemen counted in sentence {w + 1}");
        }

        var anchors = current.Concat(weakCurrent).Order().ToList();
        var facts = Facts(anchors, counts);
        var confidence = 0.6 + (completed ? 0.15 : 0) + (facts.ReturnedTo != PartyCounts.None ? 0.15 : 0) + (anchors.Count > 1 ? 0.05 : 0);
        return new Detection
        {
            IsExchange = true,
            Exchange = facts,
            Counts = statistics,
            Language = language,
            Side = side,
            Confidence = Math.Round(Math.Min(confidence, 0.99), 2),
            Evidence = evidence,
        };
    }

    /// <summary>What the sentence says, read once: other conflict, vetoed, bodies, future, recap or current.</summary>
    private SentenceKind Classify(int s)
    {
        if (kinds[s] != SentenceKind.Unread)
        {
            return kinds[s];
        }

        var span = Span(s);
        var (kind, reason) =
            First(RuleBook.OtherConflicts, span) is { } other && !RuleBook.WarContext.IsMatch(span) ? (SentenceKind.OtherConflict, other)
            : First(RuleBook.Vetoed, span) is { } vetoed ? (SentenceKind.Vetoed, vetoed)
            : First(RuleBook.Bodies, span) is { } bodies && !LivingPrisoners().IsMatch(span) ? (SentenceKind.Bodies, bodies)
            : First(RuleBook.Future, span) is { } future && !RuleBook.Completed.IsMatch(span) ? (SentenceKind.Future, future)
            : First(RuleBook.Recap, span) is { } recap && !RecentDate(s) ? (SentenceKind.Recap, recap)
            : OldDate(s) is { } old ? (SentenceKind.Recap, old)
            : First(RuleBook.Cumulative, span) is { } total && OnlyTotals(s) ? (SentenceKind.Total, total)
            : (SentenceKind.Current, null);
        kinds[s] = kind;
        reasons[s] = reason;
        return kind;
    }

    /// <summary>Every count in the sentence is a cumulative total (or there is none).</summary>
    private bool OnlyTotals(int s)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Sentence == s && !RuleBook.Cumulative.IsMatch(Context(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sentence dates what it tells to the last few days ("on Sunday", "today"), and names no older date.</summary>
    private bool RecentDate(int s) =>
        OldDate(s) is null && DatesIn(s).Exists(d => !d.MonthOnly && d.Date.DayNumber >= published.DayNumber - 3);

    /// <summary>A date in the sentence that is days before publication (or a month before this one).</summary>
    private string? OldDate(int s)
    {
        var found = DatesIn(s);
        foreach (var d in found)
        {
            var old = d.MonthOnly
                ? d.Date.Year * 12 + d.Date.Month < published.Year * 12 + published.Month
                : d.Date.DayNumber < published.DayNumber - 3;
            if (old)
            {
                return text.Substring(d.Index, d.Length);
            }
        }

        return null;
    }

    private List<DateMention> DatesIn(int s)
    {
        dates.Clear();
        DateResolver.Find(text, sentences[s].Start, sentences[s].End, published, dates);
        return dates;
    }

    private Party? Side()
    {
        var russia = RuleBook.SideRussia.Count(text);
        var ukraine = RuleBook.SideUkraine.Count(text);
        if (russia != ukraine)
        {
            return russia > ukraine ? Party.RU : Party.UA;
        }

        return language switch { "ru" => Party.RU, "uk" => Party.UA, _ => null };
    }

    private List<int> SentencesMatching(Regex pattern, out Dictionary<int, string> at)
    {
        var found = new List<int>();
        at = [];
        foreach (var match in pattern.EnumerateMatches(text))
        {
            var s = SentenceOf(match.Index);
            if (s >= 0 && !at.ContainsKey(s))
            {
                found.Add(s);
                at[s] = text.Substring(match.Index, match.Length);
            }
        }

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

    private ReadOnlySpan<char> Span(int s) => text.AsSpan(sentences[s].Start, sentences[s].Length);

    private static string? First(Regex pattern, ReadOnlySpan<char> span)
    {
        foreach (var match in pattern.EnumerateMatches(span))
        {
            return span.Slice(match.Index, match.Length).ToString();
        }

        return null;
    }

    private void ExplainNoExchange()
    {
        if (First(RuleBook.OtherExchange, text) is { } other)
        {
            evidence.Add($"rejected: \"{other}\" is not a prisoner exchange");
        }

        if (First(RuleBook.OtherConflicts, text) is { } conflict)
        {
            evidence.Add($"rejected: \"{conflict}\" points to a swap of another conflict");
        }

        if (First(RuleBook.Captures, text) is { } capture)
        {
            evidence.Add($"rejected: a capture (\"{capture}\") with no exchange");
        }

        if (!evidence.Exists(e => e.StartsWith("rejected", StringComparison.Ordinal)))
        {
            evidence.Add("no exchange wording");
        }
    }

    private static string Describe(SentenceKind kind) => kind switch
    {
        SentenceKind.OtherConflict => "a swap of another conflict",
        SentenceKind.Vetoed => "proposal, list, postponed or cancelled",
        SentenceKind.Bodies => "repatriation of bodies",
        SentenceKind.Future => "future or talks",
        SentenceKind.Recap => "recap of an earlier exchange",
        SentenceKind.Total => "cumulative total",
        _ => kind.ToString(),
    };

    [GeneratedRegex(@"\b(?:prisoners|pows|captivity|captives|плен\w*|пленн\w*|полон\w*|полонен\w*)")]
    private static partial Regex LivingPrisoners();
}
