using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Alerts.Core.Detection.Rules;

/// <summary>
/// Where in one text each of the rules' required strings (<see cref="RequiredText"/>) occurs. Hundreds of
/// patterns share some six hundred strings ("freed", "swap", "полон"), and each pattern asks again for every
/// place it may start; on the first ask one pass of a <see cref="StringSearch"/> finds every occurrence of
/// every string, and the answers then cost a lookup.
/// </summary>
internal sealed class RequiredOccurrences(string text)
{
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Numbering = new();

    /// <summary>The strings by number: replaced, never changed, when rules number new ones, so reading needs no lock.</summary>
    private static string[] strings = [];

    /// <summary>The search for the strings numbered so far, made again when rules number new ones (all do as the rules load).</summary>
    private static StringSearch? search;

    private IndexedPositions? found;

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
            Volatile.Write(ref strings, [.. strings, s]);
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
            if (!Of(id).IsEmpty)
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
            var at = Of(id);
            if (at.IsEmpty || at[0] >= to)
            {
                continue;
            }

            var i = at.BinarySearch(from);
            if (i < 0)
            {
                i = ~i;
            }

            if (i < at.Length && at[i] + Volatile.Read(ref strings)[id].Length <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of the strings lies wholly within a window of the text (true when there is no screen); null when the
    /// window is not a part of this text.
    /// </summary>
    public bool? AnyWithin(int[]? ids, ReadOnlySpan<char> window)
    {
        var from = Unsafe.ByteOffset(ref MemoryMarshal.GetReference(text.AsSpan()), ref MemoryMarshal.GetReference(window)) / sizeof(char);
        return from >= 0 && from <= text.Length - window.Length ? AnyWithin(ids, (int)from, (int)from + window.Length) : null;
    }

    /// <summary>The start of every occurrence of a string, in text order (occurrences may overlap).</summary>
    private ReadOnlySpan<int> Of(int id)
    {
        if (found is null || id >= found.First.Length - 1)
        {
            found = Search().Find(text); // the second time only when rules numbered new strings since the first
        }

        return found.Of(id);
    }

    private static StringSearch Search()
    {
        var known = Volatile.Read(ref strings);
        if (Volatile.Read(ref search) is { } current && current.Count == known.Length)
        {
            return current;
        }

        lock (Numbering)
        {
            if (search is null || search.Count != strings.Length)
            {
                Volatile.Write(ref search, new StringSearch(strings));
            }

            return search;
        }
    }
}
