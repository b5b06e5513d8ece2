namespace Alerts.Core.Detection.Rules;

/// <summary>
/// Every occurrence of every one of a fixed list of strings in a text, found in one pass (an Aho–Corasick
/// automaton, with its moves laid out as a table by state and character). Hundreds of rule patterns need one
/// of some six hundred short strings ("captivity", "обмен", " for "); one pass over a 2 KB text costs about
/// what a dozen of the separate ordinal searches it replaces did.
/// </summary>
internal sealed class StringSearch
{
    private const char MaxTabled = '\u04FF';

    /// <summary>Per character, its symbol: its place among the characters the strings use (0: none of them).</summary>
    private readonly ushort[] symbolOf = new ushort[MaxTabled + 1];
    private readonly Dictionary<char, ushort> symbolBeyondTable = [];
    private readonly int symbols;

    /// <summary>
    /// The move on reading a symbol in a state: <c>moves[row + symbol]</c>, where a state's row is its number times
    /// <see cref="symbols"/>. A move holds the next state's row, negated (<c>~row</c>) when strings end at that state.
    /// </summary>
    private readonly int[] moves;

    // The strings that end when the automaton enters state s: ending[endingStart[s]..endingStart[s + 1]].
    private readonly int[] endingStart;
    private readonly int[] ending;
    private readonly int[] lengths;

    public StringSearch(IReadOnlyList<string> strings)
    {
        Count = strings.Count;
        lengths = [.. strings.Select(s => s.Length)];
        foreach (var c in strings.SelectMany(s => s).Distinct())
        {
            var symbol = (ushort)(symbols++ + 1);
            if (c <= MaxTabled)
            {
                symbolOf[c] = symbol;
            }
            else
            {
                symbolBeyondTable[c] = symbol;
            }
        }

        symbols++;
        var (children, ends) = Trie(strings);
        var (next, endsWithSuffixes) = Automaton(children, ends);
        moves = [.. next.Select(state => endsWithSuffixes[state].Count > 0 ? ~(state * symbols) : state * symbols)];
        endingStart = new int[children.Count + 1];
        for (var s = 0; s < children.Count; s++)
        {
            endingStart[s + 1] = endingStart[s] + endsWithSuffixes[s].Count;
        }

        ending = [.. endsWithSuffixes.SelectMany(e => e)];
    }

    /// <summary>How many strings the search knows: their numbers are 0 to Count - 1.</summary>
    public int Count { get; }

    /// <summary>Where each string occurs in the text (overlapping occurrences included), in text order, by string number.</summary>
    public IndexedPositions Find(ReadOnlySpan<char> text)
    {
        var found = new IndexedPositions.Collector(Count);
        var row = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            row = moves[row + (c <= MaxTabled ? symbolOf[c] : symbolBeyondTable.GetValueOrDefault(c))];
            if (row < 0)
            {
                row = ~row;
                var state = row / symbols;
                for (var k = endingStart[state]; k < endingStart[state + 1]; k++)
                {
                    var s = ending[k];
                    found.Add(s, i - lengths[s] + 1);
                }
            }
        }

        return found.Build();
    }

    /// <summary>The trie of the strings: each state's children by symbol, and the strings that end at it.</summary>
    private (List<int[]> Children, List<List<int>> Ends) Trie(IReadOnlyList<string> strings)
    {
        var children = new List<int[]> { new int[symbols] };
        var ends = new List<List<int>> { new() };
        for (var n = 0; n < strings.Count; n++)
        {
            var state = 0;
            foreach (var c in strings[n])
            {
                var symbol = c <= MaxTabled ? symbolOf[c] : symbolBeyondTable[c];
                if (children[state][symbol] == 0)
                {
                    children[state][symbol] = children.Count;
                    children.Add(new int[symbols]);
                    ends.Add([]);
                }

                state = children[state][symbol];
            }

            ends[state].Add(n);
        }

        return (children, ends);
    }

    /// <summary>
    /// The moves of every state (breadth first, each missing child takes the move of the state's longest proper
    /// suffix in the trie), and the strings ending at each state, its suffixes' included.
    /// </summary>
    private (int[] Moves, List<List<int>> Ends) Automaton(List<int[]> children, List<List<int>> ends)
    {
        var table = new int[children.Count * symbols];
        var suffix = new int[children.Count];
        var pending = new Queue<int>();
        for (var a = 1; a < symbols; a++)
        {
            table[a] = children[0][a];
            if (children[0][a] != 0)
            {
                pending.Enqueue(children[0][a]);
            }
        }

        while (pending.TryDequeue(out var state))
        {
            ends[state].AddRange(ends[suffix[state]]);
            for (var a = 1; a < symbols; a++)
            {
                var child = children[state][a];
                if (child == 0)
                {
                    table[(state * symbols) + a] = table[(suffix[state] * symbols) + a];
                }
                else
                {
                    table[(state * symbols) + a] = child;
                    suffix[child] = table[(suffix[state] * symbols) + a];
                    pending.Enqueue(child);
                }
            }
        }

        return (table, ends);
    }
}
