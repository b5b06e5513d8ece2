namespace Alerts.Core.Detection.Rules;

/// <summary>
/// Where in one text each of the rules' required strings (<see cref="RequiredText"/>) occurs, found
/// on first ask with one ordinal search per string. Hundreds of patterns share a hundred or so
/// strings ("freed", "swap", "полон"), and each pattern asks again for every place it may start;
/// the answers then cost a lookup instead of a search. The search itself is skipped for a string with
/// a run of three characters that the text lacks (most of them: another language's words, say).
/// </summary>
internal sealed class RequiredOccurrences(string text)
{
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Numbering = new();

    /// <summary>The strings by number, with their runs of three: replaced, never changed, when rules number new ones, so reading needs no lock.</summary>
    private static (string Text, int[] Triples)[] strings = [];

    private const int Unknown = -2;

    private int[] firsts = [];
    private int[]?[] starts = [];
    private readonly List<int> found = [];
    private ulong[]? triples;
    private int searched;

    private const int SearchesBeforeTriples = 40;

    /// <summary>The numbers of the strings, the same for equal strings in every rule (null for no screen).</summary>
    public static int[]? Number(string[]? required)
    {
        if (required is null)
        {
            return null;
        }

        lock (Numbering)
        {
            return [.. required.Select(s => Ids.TryGetValue(s, out var id) ? id : Add(s))];
        }

        static int Add(string s)
        {
            Ids.Add(s, strings.Length);
            Volatile.Write(ref strings, [.. strings, (s, [.. Enumerable.Range(0, Math.Max(0, s.Length - 2)).Select(i => Triple(s[i], s[i + 1], s[i + 2]))])]);
            return strings.Length - 1;
        }
    }

    /// <summary>Whether the text holds one of the strings (true when there is no screen).</summary>
    public bool Any(int[]? ids)
    {
        if (ids is null)
        {
            return true;
        }

        foreach (var id in ids)
        {
            if (First(id) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the strings lies wholly within [from, to) of the text (true when there is no screen).</summary>
    public bool AnyWithin(int[]? ids, int from, int to)
    {
        if (ids is null)
        {
            return true;
        }

        foreach (var id in ids)
        {
            var first = First(id);
            if (first < 0 || first >= to)
            {
                continue;
            }

            var at = Of(id);
            var i = at.AsSpan().BinarySearch(from);
            if (i < 0)
            {
                i = ~i;
            }

            if (i < at.Length && at[i] + Volatile.Read(ref strings)[id].Text.Length <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the string first occurs, or -1.</summary>
    private int First(int id)
    {
        if (id >= firsts.Length)
        {
            var known = firsts.Length;
            Array.Resize(ref firsts, Volatile.Read(ref strings).Length);
            Array.Resize(ref starts, firsts.Length);
            firsts.AsSpan(known).Fill(Unknown);
        }

        if (firsts[id] == Unknown)
        {
            var (s, sTriples) = Volatile.Read(ref strings)[id];
            // The runs of three are worth reading from the text only when many strings are asked for (an unrelated text asks few).
            firsts[id] = ++searched <= SearchesBeforeTriples || MayOccur(sTriples) ? text.IndexOf(s, StringComparison.Ordinal) : -1;
        }

        return firsts[id];
    }

    /// <summary>The start of every occurrence of a string that occurs, in text order (occurrences may overlap).</summary>
    private int[] Of(int id)
    {
        if (starts[id] is { } known)
        {
            return known;
        }

        var s = Volatile.Read(ref strings)[id].Text;
        found.Clear();
        for (var at = firsts[id]; at >= 0; at = text.IndexOf(s, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return starts[id] = [.. found];
    }

    /// <summary>Whether the text has each of the runs of three (false only when it surely lacks the string).</summary>
    private bool MayOccur(int[] of)
    {
        if (triples is null)
        {
            var bits = triples = new ulong[TripleBits / 64];
            var chars = text.AsSpan();
            for (var i = 2; i < chars.Length; i++)
            {
                var t = Triple(chars[i - 2], chars[i - 1], chars[i]);
                bits[t >> 6] |= 1UL << t;
            }
        }

        foreach (var t in of)
        {
            if ((triples[t >> 6] & (1UL << t)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private const int TripleBits = 1 << 14;

    /// <summary>A 14-bit hash of three characters.</summary>
    private static int Triple(char a, char b, char c) => (int)((uint)((a * 961) + (b * 31) + c) * 2654435761u >> 18);
}
