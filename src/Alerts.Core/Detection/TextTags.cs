using System.Text.RegularExpressions;
using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection;

/// <summary>A stretch of the normalized text: [From, To).</summary>
internal readonly record struct TextRange(int From, int To);

/// <summary>
/// Where each kind of rule matches in an item's text: every rule scans the whole text at most
/// once, then sentences and counts ask by range. This keeps one article to a few dozen scans.
/// </summary>
internal sealed class TextTags(string text)
{
    /// <summary>By rule set number: every match of the rule set, once asked for.</summary>
    private List<TextRange>?[] found = new List<TextRange>?[RuleSet.Count];
    private IndexedPositions? starts;

    /// <summary>Where each character that ends a sentence is (<see cref="RequiredText.SentenceEnds"/>), in order.</summary>
    private int[]? sentenceEnds;

    /// <summary>Where the rules' required strings occur in the text.</summary>
    public RequiredOccurrences Required { get; } = new(text);

    public bool Any(RuleSet rule, TextRange range) => FirstIndex(rule, range) >= 0;

    /// <summary>The text of the first match inside the range, or null.</summary>
    public string? First(RuleSet rule, TextRange range) => FirstMatch(rule, range) is { } match ? text[match.From..match.To] : null;

    /// <summary>The first match inside the range, or null.</summary>
    public TextRange? FirstMatch(RuleSet rule, TextRange range)
    {
        var i = FirstIndex(rule, range);
        return i < 0 ? null : All(rule)[i];
    }

    /// <summary>Every match, in order: for each pattern, what <see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/> finds.</summary>
    public List<TextRange> All(RuleSet rule)
    {
        if (rule.Number >= found.Length)
        {
            Array.Resize(ref found, RuleSet.Count);
        }

        var matches = found[rule.Number];
        if (matches is null)
        {
            matches = [];
            var first = RuleBook.Starts.FirstPatternOf(rule);
            for (var p = 0; p < rule.Patterns.Length; p++)
            {
                if (rule.Leading[p] is not null)
                {
                    starts ??= RuleBook.Starts.Find(text);
                    if (starts.Of(first + p) is { Length: > 0 } tries)
                    {
                        MatchAtStarts(rule, p, tries, matches);
                    }
                }
                else if (Required.Any(rule.RequiredIds[p]))
                {
                    foreach (var match in rule.Patterns[p].EnumerateMatches(text))
                    {
                        matches.Add(new TextRange(match.Index, match.Index + match.Length));
                    }
                }
            }

            if (matches.Count > 1 && rule.Patterns.Length > 1)
            {
                matches.Sort((a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To));
            }

            found[rule.Number] = matches;
        }

        return matches;
    }

    /// <summary>
    /// Tries an anchored pattern at each of its starts in turn, skipping starts inside the last
    /// match; not at all when the text lacks what the pattern needs beyond its start.
    /// </summary>
    private void MatchAtStarts(RuleSet rule, int p, ReadOnlySpan<int> tries, List<TextRange> matches)
    {
        var needed = rule.RequiredIds[p];
        if (!Required.Any(needed))
        {
            return;
        }

        var anchored = rule.Patterns[p];
        var screen = rule.StaysInSentence[p] ? needed : null;
        var ends = screen is null ? [] : sentenceEnds ??= SentenceEnds();
        int next = 0, sentenceEnd = -1, e = 0;
        foreach (var at in tries)
        {
            if (at < next)
            {
                continue;
            }

            if (screen is not null)
            {
                if (at > sentenceEnd)
                {
                    while (e < ends.Length && ends[e] < at)
                    {
                        e++;
                    }

                    sentenceEnd = e < ends.Length ? ends[e] : text.Length;
                }

                if (!Required.AnyWithin(screen, at, sentenceEnd))
                {
                    continue;
                }
            }

            next = at + 1;
            foreach (var match in anchored.EnumerateMatches(text, at))
            {
                matches.Add(new TextRange(match.Index, match.Index + match.Length));
                next = Math.Max(next, match.Index + match.Length);
                break;
            }
        }
    }

    private int[] SentenceEnds()
    {
        var ends = new List<int>();
        for (var at = text.AsSpan().IndexOfAny(RequiredText.SentenceEnds); at >= 0;)
        {
            ends.Add(at);
            var next = text.AsSpan(at + 1).IndexOfAny(RequiredText.SentenceEnds);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return [.. ends];
    }

    private int FirstIndex(RuleSet rule, TextRange range)
    {
        var matches = All(rule);
        int lo = 0, hi = matches.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (matches[mid].From < range.From)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < matches.Count && matches[lo].To <= range.To ? lo : -1;
    }
}
