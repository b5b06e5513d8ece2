using System.Collections.Frozen;

namespace Alerts.Core.Detection.Text;

/// <summary>
/// The first two letters of a set of words: a cheap test that a word cannot be one of them,
/// run before a dictionary lookup that would hash the whole word. Most words of a text fail it.
/// </summary>
internal sealed class FirstLetters
{
    private const char End = '\uffff';

    private readonly FrozenSet<int> keys;

    public FirstLetters(IEnumerable<string> words) =>
        keys = words.Where(w => w.Length > 0).Select(w => Key(w)).ToFrozenSet();

    /// <summary>False when no word of the set starts like this one (the word may be longer or shorter than a listed one's first two letters).</summary>
    public bool MayStart(ReadOnlySpan<char> word) => word.Length > 0 && keys.Contains(Key(word));

    /// <summary>The key of a word's first two letters (one letter and <see cref="End"/> for a one-letter word).</summary>
    public static int Key(ReadOnlySpan<char> word) => (word[0] << 16) | (word.Length > 1 ? word[1] : End);
}
