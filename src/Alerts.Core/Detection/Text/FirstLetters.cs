using System.Collections.Frozen;

namespace Alerts.Core.Detection.Text;

/// <summary>
/// The first two letters of a set of words: a cheap test that a word cannot be one of them,
/// run before a dictionary lookup that would hash the whole word. Most words of a text fail it.
/// </summary>
/// <remarks>
/// Pairs of Latin and Cyrillic letters (nearly every word) are answered from a table of bits by
/// the letters' places among the letters the words start with; other pairs from a set.
/// </remarks>
internal sealed class FirstLetters
{
    private const char End = '\uffff';
    private const char MaxTabled = '\u04FF';

    private readonly FrozenSet<int> keys;

    /// <summary>Per character, its place among the characters the words' first two letters use (0: none).</summary>
    private readonly byte[] place = new byte[MaxTabled + 1];
    private readonly bool[] pairs;
    private readonly int places;

    public FirstLetters(IEnumerable<string> words)
    {
        var listed = words.Where(w => w.Length > 0).ToArray();
        keys = listed.Select(w => Key(w)).ToFrozenSet();
        foreach (var c in listed.SelectMany(w => w.Take(2)).Where(c => c <= MaxTabled).Distinct())
        {
            place[c] = (byte)++places;
        }

        places += 2; // one more for a one-letter word's End
        pairs = new bool[places * places];
        foreach (var word in listed.Where(w => w[0] <= MaxTabled && (w.Length == 1 || w[1] <= MaxTabled)))
        {
            pairs[(place[word[0]] * places) + (word.Length > 1 ? place[word[1]] : places - 1)] = true;
        }
    }

    /// <summary>False when no word of the set starts like this one (the word may be longer or shorter than a listed one's first two letters).</summary>
    public bool MayStart(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (word[0] > MaxTabled || (word.Length > 1 && word[1] > MaxTabled))
        {
            return keys.Contains(Key(word));
        }

        var first = place[word[0]];
        var second = word.Length > 1 ? place[word[1]] : places - 1;
        return first != 0 && second != 0 && pairs[(first * places) + second];
    }

    /// <summary>The key of a word's first two letters (one letter and <see cref="End"/> for a one-letter word).</summary>
    public static int Key(ReadOnlySpan<char> word) => (word[0] << 16) | (word.Length > 1 ? word[1] : End);
}
