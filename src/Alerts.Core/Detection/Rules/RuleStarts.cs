using System.Buffers;
using System.Collections.Frozen;
using Alerts.Core.Detection.Text;

namespace Alerts.Core.Detection.Rules;

/// <summary>
/// Where in a text the patterns of every rule can start, found in one pass over its words. Most
/// patterns start with <c>\b</c> and one of a few literal strings (<see cref="RequiredText.Leading"/>):
/// instead of each of hundreds of patterns scanning the whole text, each word's first two letters
/// are looked up once in a table of those strings, and a pattern is then tried only where one of
/// its strings starts a word.
/// </summary>
internal sealed class RuleStarts
{
    private readonly FrozenDictionary<int, (string Start, int Pattern)[]> byFirstLetters;
    private readonly SearchValues<char> oneLetterStarts;
    private readonly Dictionary<RuleSet, int> firstPattern = new(ReferenceEqualityComparer.Instance);
    private readonly int patterns;

    public RuleStarts(IEnumerable<RuleSet> rules)
    {
        var entries = new List<(string Start, int Pattern)>();
        foreach (var rule in rules)
        {
            firstPattern.Add(rule, patterns);
            foreach (var leading in rule.Leading)
            {
                entries.AddRange((leading ?? []).Select(s => (s, patterns)));
                patterns++;
            }
        }

        byFirstLetters = entries.GroupBy(e => FirstLetters.Key(e.Start)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        oneLetterStarts = SearchValues.Create([.. entries.Where(e => e.Start.Length == 1).Select(e => e.Start[0]).Distinct()]);
    }

    /// <summary>The number of the rule's first pattern in <see cref="RuleStartPositions"/>.</summary>
    public int FirstPatternOf(RuleSet rule) => firstPattern[rule];

    /// <summary>Every word start where one of a pattern's leading strings begins, by pattern.</summary>
    public RuleStartPositions Find(string text)
    {
        var found = Found ??= new List<(int Pattern, int At)>(1024);
        found.Clear();
        var afterWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var inWord = char.IsLetterOrDigit(text[i]);
            if (inWord && !afterWord)
            {
                if (oneLetterStarts.Contains(text[i]))
                {
                    Add(text, i, FirstLetters.Key(text.AsSpan(i, 1)), found);
                }

                if (i + 1 < text.Length)
                {
                    Add(text, i, FirstLetters.Key(text.AsSpan(i, 2)), found);
                }
            }

            afterWord = inWord;
        }

        // A counting sort by pattern keeps each pattern's positions in text order.
        var first = new int[patterns + 1];
        foreach (var (pattern, _) in found)
        {
            first[pattern + 1]++;
        }

        for (var p = 1; p <= patterns; p++)
        {
            first[p] += first[p - 1];
        }

        var positions = new int[found.Count];
        var next = first[..^1];
        foreach (var (pattern, at) in found)
        {
            positions[next[pattern]++] = at;
        }

        return new RuleStartPositions(positions, first);
    }

    /// <summary>The list <see cref="Find"/> collects into, kept per thread: its growth would otherwise cost more than the search.</summary>
    [ThreadStatic]
    private static List<(int Pattern, int At)>? Found;

    private void Add(string text, int at, int key, List<(int Pattern, int At)> found)
    {
        if (!byFirstLetters.TryGetValue(key, out var entries))
        {
            return;
        }

        var rest = text.AsSpan(at);
        foreach (var (start, pattern) in entries)
        {
            if (rest.StartsWith(start, StringComparison.Ordinal))
            {
                found.Add((pattern, at));
            }
        }
    }
}

/// <summary>Where each pattern can start in one text: the positions of pattern p are <c>Positions[First[p]..First[p + 1]]</c>.</summary>
internal readonly record struct RuleStartPositions(int[] Positions, int[] First)
{
    public ReadOnlySpan<int> Of(int pattern) => Positions.AsSpan(First[pattern], First[pattern + 1] - First[pattern]);
}
