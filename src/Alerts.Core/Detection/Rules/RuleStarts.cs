using System.Collections.Frozen;

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
    private const char OneLetter = '\uffff';

    private readonly FrozenDictionary<int, (string Start, int Pattern)[]> byFirstLetters;
    private readonly Dictionary<RuleSet, int> firstPattern = new(ReferenceEqualityComparer.Instance);

    public RuleStarts(IEnumerable<RuleSet> rules)
    {
        var entries = new List<(int Key, string Start, int Pattern)>();
        var next = 0;
        foreach (var rule in rules)
        {
            firstPattern.Add(rule, next);
            foreach (var leading in rule.Leading)
            {
                foreach (var start in leading ?? [])
                {
                    entries.Add((Key(start[0], start.Length > 1 ? start[1] : OneLetter), start, next));
                }

                next++;
            }
        }

        byFirstLetters = entries.GroupBy(e => e.Key).ToFrozenDictionary(g => g.Key, g => g.Select(e => (e.Start, e.Pattern)).ToArray());
    }

    /// <summary>The number of the rule's first pattern in the values <see cref="Find"/> returns.</summary>
    public int FirstPatternOf(RuleSet rule) => firstPattern[rule];

    /// <summary>
    /// Every pattern and word start where one of the pattern's leading strings begins, as
    /// <c>pattern &lt;&lt; 32 | position</c>, sorted (by pattern, then position).
    /// </summary>
    public long[] Find(string text)
    {
        var found = Found ??= new List<long>(1024);
        found.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            Add(text, i, Key(text[i], OneLetter), found);
            if (i + 1 < text.Length)
            {
                Add(text, i, Key(text[i], text[i + 1]), found);
            }
        }

        var sorted = found.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The list <see cref="Find"/> collects into, kept per thread: most of a text's cost is otherwise its growth.</summary>
    [ThreadStatic]
    private static List<long>? Found;

    private void Add(string text, int at, int key, List<long> found)
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
                found.Add(((long)pattern << 32) | (uint)at);
            }
        }
    }

    private static int Key(char first, char second) => (first << 16) | second;
}
