using Alerts.Core.Detection.Text;

namespace Alerts.Core.Detection.Rules;

/// <summary>
/// Where in a text the patterns of every rule can start, found in one pass over its words. Most
/// patterns start with <c>\b</c> and one of a few literal strings (<see cref="RequiredText.Leading"/>):
/// instead of each of hundreds of patterns scanning the whole text, each word start walks a trie
/// of those strings once, and a pattern is then tried only where one of its strings starts a word.
/// </summary>
/// <remarks>
/// The trie is kept in flat arrays, not as node objects: a walk then reads a few contiguous arrays
/// instead of chasing thousands of small objects that the regex work in between evicts from the cache.
/// </remarks>
internal sealed class RuleStarts
{
    /// <summary>By rule set number: the number of its first pattern, or -1 for a rule set not listed.</summary>
    private readonly int[] firstPattern;
    private readonly int patterns;

    // Node n's children are edges edgeStart[n]..edgeStart[n + 1] (a letter and the child's number),
    // the patterns whose leading string ends at node n are endingPatterns[patternStart[n]..patternStart[n + 1]].
    private readonly int[] edgeStart;
    private readonly char[] edgeLetter;
    private readonly int[] edgeTarget;
    private readonly int[] patternStart;
    private readonly int[] endingPatterns;

    /// <summary>The root's children by letter, for the Latin and Cyrillic letters the rules start with (0: none).</summary>
    private readonly int[] rootChild;

    /// <summary>The letter of each node's first edge (-1: none), read first: most nodes have one child.</summary>
    private readonly int[] firstLetter;

    private const char MaxRootLetter = '\u04FF';

    public RuleStarts(IEnumerable<RuleSet> rules)
    {
        var root = new Node();
        var listed = rules.ToArray();
        firstPattern = new int[listed.Max(r => r.Number) + 1];
        Array.Fill(firstPattern, -1);
        foreach (var rule in listed)
        {
            firstPattern[rule.Number] = patterns;
            foreach (var leading in rule.Leading)
            {
                foreach (var start in leading ?? [])
                {
                    root.Add(start, 0, patterns);
                }

                patterns++;
            }
        }

        (edgeStart, edgeLetter, edgeTarget, patternStart, endingPatterns) = Flatten(root);
        rootChild = new int[MaxRootLetter + 1];
        for (var e = edgeStart[0]; e < edgeStart[1]; e++)
        {
            if (edgeLetter[e] <= MaxRootLetter)
            {
                rootChild[edgeLetter[e]] = edgeTarget[e];
            }
        }

        firstLetter = [.. Enumerable.Range(0, edgeStart.Length - 1).Select(n => edgeStart[n] < edgeStart[n + 1] ? edgeLetter[edgeStart[n]] : -1)];
    }

    /// <summary>The number of the rule's first pattern in the positions <see cref="Find"/> gives.</summary>
    public int FirstPatternOf(RuleSet rule) =>
        rule.Number < firstPattern.Length && firstPattern[rule.Number] >= 0
            ? firstPattern[rule.Number]
            : throw new KeyNotFoundException("The rule set is not one of the rules the starts were found for.");

    /// <summary>Every word start where one of a pattern's leading strings begins, by pattern.</summary>
    public IndexedPositions Find(string text)
    {
        var found = new IndexedPositions.Collector(patterns);
        var chars = text.AsSpan();
        var afterWord = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var inWord = Letters.IsLetterOrDigit(chars[i]);
            if (inWord && !afterWord)
            {
                var node = chars[i] <= MaxRootLetter ? rootChild[chars[i]] : Child(0, chars[i]);
                for (var j = i + 1; node > 0; j++)
                {
                    for (var k = patternStart[node]; k < patternStart[node + 1]; k++)
                    {
                        found.Add(endingPatterns[k], i);
                    }

                    node = j < chars.Length ? Child(node, chars[j]) : 0;
                }
            }

            afterWord = inWord;
        }

        return found.Build();
    }

    /// <summary>The child of a node by a letter, or 0 (the root is no one's child).</summary>
    private int Child(int node, char letter)
    {
        if (firstLetter[node] == letter)
        {
            return node + 1; // numbered depth first: a node's first child comes right after it
        }

        for (var e = edgeStart[node] + 1; e < edgeStart[node + 1]; e++)
        {
            if (edgeLetter[e] == letter)
            {
                return edgeTarget[e];
            }
        }

        return 0;
    }

    /// <summary>Numbers the nodes (the root is 0) and lays out their edges and patterns in arrays.</summary>
    private static (int[], char[], int[], int[], int[]) Flatten(Node root)
    {
        // Depth first, so that the nodes of one word's walk lie next to each other in the arrays.
        var nodes = new List<Node>();
        var pending = new Stack<Node>([root]);
        while (pending.TryPop(out var node))
        {
            nodes.Add(node);
            foreach (var child in node.Children.Reverse())
            {
                pending.Push(child);
            }
        }

        var number = new Dictionary<Node, int>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < nodes.Count; n++)
        {
            number[nodes[n]] = n;
        }

        int[] edgeStart = new int[nodes.Count + 1], patternStart = new int[nodes.Count + 1];
        for (var n = 0; n < nodes.Count; n++)
        {
            edgeStart[n + 1] = edgeStart[n] + nodes[n].Children.Length;
            patternStart[n + 1] = patternStart[n] + nodes[n].Patterns.Length;
        }

        return (edgeStart, [.. nodes.SelectMany(n => n.Letters)], [.. nodes.SelectMany(n => n.Children.Select(c => number[c]))],
            patternStart, [.. nodes.SelectMany(n => n.Patterns)]);
    }

    /// <summary>A trie node while building: the patterns whose leading string ends here, and the characters that continue one.</summary>
    private sealed class Node
    {
        public char[] Letters { get; private set; } = [];

        public Node[] Children { get; private set; } = [];

        public int[] Patterns { get; private set; } = [];

        private Node? Next(char c)
        {
            var i = Letters.AsSpan().IndexOf(c);
            return i < 0 ? null : Children[i];
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
                Letters = [.. Letters, start[at]];
                Children = [.. Children, child];
            }

            child.Add(start, at + 1, pattern);
        }
    }
}
