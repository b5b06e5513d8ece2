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
}
