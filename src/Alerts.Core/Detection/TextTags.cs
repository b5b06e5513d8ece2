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
    private readonly Dictionary<RuleSet, List<TextRange>> found = new(ReferenceEqualityComparer.Instance);
    private RuleStartPositions? starts;

    public bool Any(RuleSet rule, TextRange range) => FirstIndex(rule, range) >= 0;

    /// <summary>The text of the first match inside the range, or null.</summary>
    public string? First(RuleSet rule, TextRange range)
    {
        var i = FirstIndex(rule, range);
        if (i < 0)
        {
            return null;
        }

        var match = found[rule][i];
        return text[match.From..match.To];
    }

    /// <summary>Every match, in order: for each pattern, what <see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/> finds.</summary>
    public List<TextRange> All(RuleSet rule)
    {
        if (!found.TryGetValue(rule, out var matches))
        {
            matches = [];
            var first = RuleBook.Starts.FirstPatternOf(rule);
            for (var p = 0; p < rule.Patterns.Count; p++)
            {
                if (rule.Leading[p] is not null)
                {
                    MatchAtStarts(rule, p, first + p, matches);
                }
                else if (RequiredText.MayMatch(rule.Required[p], text))
                {
                    foreach (var match in rule.Patterns[p].EnumerateMatches(text))
                    {
                        matches.Add(new TextRange(match.Index, match.Index + match.Length));
                    }
                }
            }

            if (rule.Patterns.Count > 1)
            {
                matches.Sort((a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To));
            }

            found[rule] = matches;
        }

        return matches;
    }

    /// <summary>
    /// Tries an anchored pattern at each of its starts in turn, skipping starts inside the last
    /// match; not at all when the text lacks what the pattern needs beyond its start.
    /// </summary>
    private void MatchAtStarts(RuleSet rule, int p, int pattern, List<TextRange> matches)
    {
        starts ??= RuleBook.Starts.Find(text);
        var tries = starts.Value.Of(pattern);
        if (tries.Length == 0 || !RequiredText.MayMatch(rule.Required[p], text))
        {
            return;
        }

        var anchored = rule.Patterns[p];
        var screen = rule.StaysInSentence[p] ? rule.Required[p] : null;
        var next = 0;
        foreach (var at in tries)
        {
            if (at < next || !RequiredText.MayMatchInSentence(screen, text, at))
            {
                continue;
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
