using System.Buffers;

namespace Alerts.Core.Detection.Text;

/// <summary>A sentence of normalized text: [Start, End).</summary>
internal readonly record struct Sentence(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Splits normalized text into sentences at . ! ? ; and line breaks.</summary>
internal static class Sentences
{
    private static readonly SearchValues<char> Ends = SearchValues.Create(".!?;\n");

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>(16);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Ends);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            var ends = c is '\n' or '!' or '?' or ';'
                || (c == '.' && (i + 1 == text.Length || text[i + 1] is ' ' or '\n' or '"') && !Abbreviation(text, i));
            if (ends)
            {
                Add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && text[start] is ' ' or '\n')
        {
            start++;
        }

        if (end - start <= 1)
        {
            return;
        }

        if (HasNoWord(text.AsSpan(start, end - start)))
        {
            // A line of emoji ("🇷🇺🙏") says nothing of its own: it ends the sentence before it.
            if (sentences.Count > 0)
            {
                sentences[^1] = sentences[^1] with { End = end };
            }

            return;
        }

        sentences.Add(new Sentence(start, end));
    }

    /// <summary>Neither letters nor digits: punctuation, spaces, and the surrogates and joiners emoji are made of.</summary>
    private static bool HasNoWord(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviations = new HashSet<string>(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "янв", "февр", "сент", "окт", "нояб", "дек", "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"jan.", "г.", "u.s.", single letters ("a. smith"): a dot that does not end the sentence ("стільки ж." does).</summary>
    private static bool Abbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var length = dot - wordStart;
        return (length == 1 && text[wordStart] != 'ж') || (length is 3 or 4 && MonthAbbreviations.Contains(text.AsSpan(wordStart, length))) || (length == 2 && text.AsSpan(wordStart, 2) is "гг" or "им" or "ст" or "mr" or "dr" or "st");
    }
}
