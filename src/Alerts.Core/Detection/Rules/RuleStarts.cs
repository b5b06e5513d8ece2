namespace Alerts.Core.Detection.Rules;

/// <summary>
/// Where in a text the patterns of every rule can start, found in one pass over its words. Most
/// patterns start with <c>\b</c> and one of a few literal strings (<see cref="RequiredText.Leading"/>):
/// instead of each of hundreds of patterns scanning the whole text, each word start walks a trie
/// of those strings once, and a pattern is then tried only where one of its strings starts a word.
/// </summary>
internal sealed class RuleStarts
{
    private readonly Node root = new();
    private readonly Dictionary<RuleSet, int> firstPattern = new(ReferenceEqualityComparer.Instance);
    private readonly int patterns;

    public RuleStarts(IEnumerable<RuleSet> rules)
    {
        foreach (var rule in rules)
        {
            firstPattern.Add(rule, patterns);
            foreach (var leading in rule.Leading)
            {
                foreach (var start in leading ?? [])
                {
                    root.Add(start, 0, patterns);
                }

                patterns++;
            }
        }
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
                var node = root;
                for (var j = i; j < text.Length && node.Next(text[j]) is { } child; j++)
                {
                    node = child;
                    foreach (var pattern in node.Patterns)
                    {
                        found.Add((pattern, i));
                    }
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

        if (found.Capacity > MaxKeptStarts)
        {
            Found = null; // one huge text should not pin its buffer to the thread
        }

        return new RuleStartPositions(positions, first);
    }

    /// <summary>The list <see cref="Find"/> collects into, kept per thread: its growth would otherwise cost more than the search.</summary>
    [ThreadStatic]
    private static List<(int Pattern, int At)>? Found;

    private const int MaxKeptStarts = 64 * 1024;

    /// <summary>A trie node: the patterns whose leading string ends here, and the characters that continue one.</summary>
    private sealed class Node
    {
        private char[] letters = [];
        private Node[] children = [];

        public int[] Patterns { get; private set; } = [];

        public Node? Next(char c)
        {
            var i = letters.AsSpan().IndexOf(c);
            return i < 0 ? null : children[i];
        }

        public void Add(string start, int at, int pattern)
        {
            if (at == start.Length)
            {
                Patterns = Patterns.Contains(pattern) ? Patterns : [.. Patterns, pattern];
                return;
            }

            if (Next(start[at]) is not { } child)
            {
                child = new Node();
                letters = [.. letters, start[at]];
                children = [.. children, child];
            }

            child.Add(start, at + 1, pattern);
        }
    }
}

/// <summary>Where each pattern can start in one text: the positions of pattern p are <c>Positions[First[p]..First[p + 1]]</c>.</summary>
internal readonly record struct RuleStartPositions(int[] Positions, int[] First)
{
    public ReadOnlySpan<int> Of(int pattern) => Positions.AsSpan(First[pattern], First[pattern + 1] - First[pattern]);
}
