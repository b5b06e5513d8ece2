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
    private readonly TextTags tags;
    private List<DateMention>? allDates;
    private TextRange?[]? contexts; // each count's clause (Context), read once all counts are read
    private readonly TextRange whole;
    private Party? side;

    public ItemReading(string text, string language, DateOnly published)
    {
        this.text = text;
        this.language = language;
        this.published = published;
        sentences = Sentences.Split(text);
        tags = new TextTags(text);
        whole = new TextRange(0, text.Length);
        kinds = new SentenceKind[sentences.Count];
        reasons = new string?[sentences.Count];
    }

    /// <summary>"Минобороны сообщило о возвращении 146 военнослужащих" over a body that counts the same 146 in a current sentence.</summary>
    private bool HeadlineCountRepeated() =>
        mentions.Exists(h => h.Sentence == 0 && mentions.Exists(m => m.Sentence > 0 && m.Mention.Value == h.Mention.Value && Classify(m.Sentence) == SentenceKind.Current));

    /// <summary>"#обмен" in the sentence: the post's topic, so an each-side count of a day anywhere in it ("Сегодня ещё 303 на 303") is this exchange's.</summary>
    private bool TopicTag(int s) =>
        tags.All(RuleBook.WeakExchange).Exists(w => w.From > 0 && text[w.From - 1] == '#' && w.From >= sentences[s].Start && w.To <= sentences[s].End);

    public Detection Decide()
    {
        var strong = SentencesMatching(RuleBook.Exchange, out var strongAt);
        var weak = SentencesMatching(RuleBook.WeakExchange, out _);
        if (strong.Count == 0 && weak.Count == 0 && !tags.Any(RuleBook.Held, whole) && !tags.Any(RuleBook.Cumulative, whole))
        {
            ExplainNoExchange();
            return Detection.None(language, evidence);
        }

        var found = new List<CountMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            CountReader.Read(text, sentences[s], found, tags.Required);
            if (found.Count == 0 && Asks(s - 1))
            {
                CountReader.ReadAnswer(text, sentences[s], found);
            }

            if (s > 0 && found.Count == 0)
            {
                CountReader.ReadNumberLine(text, sentences[s - 1], sentences[s], found);
            }

            foreach (var m in found)
            {
                mentions.Add((m, s));
            }

            found.Clear();
        }

        side = Side();
        var statistics = Statistics();
        // Prisoner-exchange wording or prisoner words place an item in this war, unless it names another conflict
        // ("students returned home from an academic exchange" is exchange wording in another sense).
        var prisonerWording = strong.Exists(s => !tags.Any(RuleBook.OtherExchange, Range(s)));
        if (!tags.Any(RuleBook.WarContext, whole) && !((prisonerWording || tags.Any(RuleBook.GenericContext, whole)) && !tags.Any(RuleBook.OtherConflicts, whole)))
        {
            ExplainNoExchange();
            evidence.Add("rejected: nothing places it in the Russia–Ukraine war");
            return Detection.None(language, evidence) with { Counts = tags.Any(RuleBook.OtherConflicts, whole) ? [] : statistics };
        }

        var current = new List<int>();
        foreach (var s in strong)
        {
            if (IsQuestion(s))
            {
                evidence.Add($"sentence {s + 1} rejected (a question): \"{strongAt[s]}\"");
            }
            else if (InGeneral(s) || tags.Any(RuleBook.Habitual, Range(s)))
            {
                evidence.Add($"sentence {s + 1} rejected (exchanges in general): \"{strongAt[s]}\"");
            }
            else if (tags.First(RuleBook.OtherExchange, Range(s)) is { } otherKind && !tags.Any(RuleBook.LivingPrisoners, Range(s)))
            {
                // "Студенти повернулися додому після семестру за програмою академічного обміну": another kind of exchange.
                evidence.Add($"sentence {s + 1} rejected (another kind of exchange): \"{otherKind}\"");
            }
            else if (Classify(s) == SentenceKind.Current)
            {
                current.Add(s);
                evidence.Add($"exchange wording in sentence {s + 1}: \"{strongAt[s]}\"");
            }
            else
            {
                evidence.Add($"sentence {s + 1} rejected ({Describe(kinds[s])}): \"{reasons[s]}\"");
            }
        }

        if (current.Count > 0 && tags.First(RuleBook.Denied, whole) is { } denial)
        {
            // A fact check or a rebuttal: "No prisoner exchange took place on December 15", "обмена не было".
            evidence.Add($"rejected: the text denies that an exchange took place: \"{denial}\"");
            return Detection.None(language, evidence) with { Counts = statistics, Side = side, Confidence = 0.2 };
        }

        if (current is [0] && IsHeadline(0) && !RecentDate(0) && strong.Concat(weak).Any(s => s > 0 && Classify(s) == SentenceKind.Recap && OldDate(s) is not null) && !HeadlineCountRepeated())
        {
            // "Rehab centre takes in men freed from captivity" over "... freed in the exchange on 29 June": the headline tells of that old exchange
            // (not "What we know about today's prisoner swap" over "the first swap since the Istanbul deal wrapped up on June 14").
            evidence.Add("rejected: the headline's exchange is the dated earlier one in the text");
            return Detection.None(language, evidence) with { Counts = statistics, Side = side, Confidence = 0.3 };
        }

        var counts = ExchangeCounts();
        // "Обмін «150 на 150»: українські студенти…": a bare "exchange" in a text about another kind of exchange, with no prisoners in it.
        var otherKindOnly = tags.Any(RuleBook.OtherExchange, whole) && !tags.Any(RuleBook.LivingPrisoners, whole);
        var weakCurrent = weak.Where(w => !otherKindOnly && !strong.Contains(w) && Classify(w) is SentenceKind.Current or SentenceKind.Total && !tags.Any(RuleBook.OtherExchange, Range(w))
            && counts.Any(c => (c.Sentence == w || c.Sentence == w + 1 || (c.Mention.EachSide && TopicTag(w) && DatesIn(c.Sentence).Count > 0)) && (c.Mention.Kind is CountKind.Military or CountKind.Civilians || c.Mention.Nationality is not null))).ToList();
        var completed = current.Any(s => tags.All(RuleBook.Completed).Exists(c => c.From >= sentences[s].Start && c.To <= sentences[s].End
            && !RuleBook.NominalReturn.IsMatch(text.AsSpan(c.From, c.To - c.From))));
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

    /// <summary>A headline: a first line with no full stop, followed by more text.</summary>
    private bool IsHeadline(int s) =>
        sentences.Count > s + 1 && sentences[s].Length > 1 && text[sentences[s].End - 1] == '\n'
        && text[sentences[s].End - 2] is not ('.' or '!' or '?');

    private Party? Side()
    {
        var russia = tags.All(RuleBook.SideRussia).Count;
        var ukraine = tags.All(RuleBook.SideUkraine).Count;
        if (language == "uk" && russia <= ukraine + 1)
        {
            // Russia's ministry does not write in Ukrainian: a Ukrainian text that quotes it once still speaks for Ukraine.
            return Party.UA;
        }

        if (russia != ukraine)
        {
            return russia > ukraine ? Party.RU : Party.UA;
        }

        return language switch { "ru" => Party.RU, "uk" => Party.UA, _ => null };
    }

    private void ExplainNoExchange()
    {
        if (tags.First(RuleBook.OtherExchange, whole) is { } other)
        {
            evidence.Add($"rejected: \"{other}\" is not a prisoner exchange");
        }

        if (tags.First(RuleBook.OtherConflicts, whole) is { } conflict)
        {
            evidence.Add($"rejected: \"{conflict}\" points to a swap of another conflict");
        }

        if (tags.First(RuleBook.Captures, whole) is { } capture)
        {
            evidence.Add($"rejected: a capture (\"{capture}\") with no exchange");
        }

        if (!evidence.Exists(e => e.StartsWith("rejected", StringComparison.Ordinal)))
        {
            evidence.Add("no exchange wording");
        }
    }
}
