using System.Buffers;
using System.Globalization;
using System.Text;
using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Detection.Text;

/// <summary>
/// Turns an item's text into the form the rules read: lower case, one kind of space, apostrophe
/// and dash, "ё" as "е", and every number as plain digits — "1,000", "1 000", "1.000", "6 тыс.",
/// "1.2 thousand", "two hundred and forty-six", "сто сорок шість", "полторы сотни" all become
/// digits. Rules then only ever match <c>\d+</c>.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            var length = Clean(text, buffer);
            return ReadNumbers(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Lower case; one space, apostrophe and dash; no runs of blanks or invisible marks.</summary>
    private static int Clean(string text, char[] into)
    {
        var n = 0;
        foreach (var raw in text)
        {
            if (raw is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= 'а' and <= 'я'))
            {
                into[n++] = raw; // most characters: nothing to change
                continue;
            }

            if (raw is '\ufe0f' or '\ufe0e' or '\u200d' or '\u200b')
            {
                // Emoji variation selectors and zero-width joiners are marks the regex counts as word characters ("⚡️Обмен").
                continue;
            }

            var c = raw switch
            {
                '\u00a0' or '\u202f' or '\u2009' or '\u2007' or '\u2002' or '\u2003' or '\t' => ' ',
                >= '\ud800' and <= '\udfff' => ' ', // emoji beyond the first plane ("84 🇺🇦 вдома") separate words like a space
                '\r' => '\n',
                '\u2019' or '\u02bc' or '\u2018' or '`' or '\u00b4' => '\'',
                '\u2013' or '\u2014' or '\u2011' or '\u2012' or '\u2212' => '-',
                '\u00ab' or '\u00bb' or '\u201c' or '\u201d' or '\u201e' => '"',
                'ё' or 'Ё' => 'е',
                _ => Lower(raw),
            };
            if (c == ' ' && (n == 0 || into[n - 1] is ' ' or '\n'))
            {
                continue;
            }

            if (c == '\n' && n > 0 && into[n - 1] == ' ')
            {
                n--;
            }

            into[n++] = c;
        }

        return n;
    }

    /// <summary>Lower case without a culture lookup for ASCII and Cyrillic (most of every text).</summary>
    private static char Lower(char c) => c switch
    {
        < '\u0080' => char.ToLowerInvariant(c),
        >= '\u0410' and <= '\u042f' => (char)(c + 0x20),
        >= '\u0400' and <= '\u040f' => (char)(c + 0x50),
        >= '\u0430' and <= '\u045f' => c,
        _ => char.ToLowerInvariant(c),
    };

    private static string ReadNumbers(ReadOnlySpan<char> s)
    {
        var output = Output ??= new StringBuilder(4096);
        output.Clear();
        var copied = 0; // s[copied..i] is still to be copied to the output as it is: most of the text
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) && (i == 0 || !Letters.IsLetter(s[i - 1])))
            {
                output.Append(s[copied..i]);
                i = copied = ReadDigits(s, i, output);
            }
            else if (Letters.IsLetter(c))
            {
                var end = SkipWord(s, i);
                if (NumberWords.MayBe(s[i..end]))
                {
                    output.Append(s[copied..i]);
                    i = copied = ReadWords(s, i, output);
                }
                else
                {
                    i = end; // most words: not a number word
                }
            }
            else if (c == ')')
            {
                output.Append(s[copied..i]);
                copied = i;
                if (DropRepeatedNumber(output))
                {
                    copied++;
                }

                i++;
            }
            else
            {
                i++;
            }
        }

        output.Append(s[copied..]);
        var normalized = output.ToString();
        if (output.Capacity > 64 * 1024)
        {
            Output = null;
        }

        return normalized;
    }

    /// <summary>
    /// "95 (девяносто пять)", read so far as "95 (95": the number repeated in words is dropped, so the
    /// wording around it reads as if written once ("возвращены 95 российских военнослужащих").
    /// </summary>
    private static bool DropRepeatedNumber(StringBuilder output)
    {
        var end = output.Length;
        var repeatStart = end;
        while (repeatStart > 0 && char.IsAsciiDigit(output[repeatStart - 1]))
        {
            repeatStart--;
        }

        var repeat = end - repeatStart;
        var numberEnd = repeatStart - 2;
        if (repeat == 0 || numberEnd - repeat < 0 || output[repeatStart - 1] != '(' || output[numberEnd] != ' ')
        {
            return false;
        }

        var numberStart = numberEnd - repeat;
        for (var k = 0; k < repeat; k++)
        {
            if (output[numberStart + k] != output[repeatStart + k])
            {
                return false;
            }
        }

        if (numberStart > 0 && char.IsLetterOrDigit(output[numberStart - 1]))
        {
            return false;
        }

        output.Length = numberEnd;
        return true;
    }

    /// <summary>The builder of the normalized text, kept per thread (a text is normalized in one call).</summary>
    [ThreadStatic]
    private static StringBuilder? Output;

    private static int ReadDigits(ReadOnlySpan<char> s, int start, StringBuilder output)
    {
        var end = SkipDigits(s, start);
        double value = long.Parse(s[start..end], CultureInfo.InvariantCulture);
        var firstRun = end - start;
        // Group separators: "1,000", "1 000", "1.000" (one kind of separator, groups of three).
        var separator = '\0';
        while (firstRun <= 3 && end + 4 <= s.Length && s[end] is ',' or '.' or ' ' && (separator == '\0' || s[end] == separator)
               && SkipDigits(s, end + 1) == end + 4 && (end + 4 == s.Length || !char.IsLetterOrDigit(s[end + 4])))
        {
            separator = s[end];
            value = (value * 1000) + long.Parse(s[(end + 1)..(end + 4)], CultureInfo.InvariantCulture);
            end += 4;
        }

        // A decimal before a scale word: "1.2 thousand", "1,5 тыс."
        var decimalEnd = end;
        if (separator == '\0' && end + 1 < s.Length && s[end] is ',' or '.' && char.IsAsciiDigit(s[end + 1]))
        {
            decimalEnd = SkipDigits(s, end + 1);
        }

        if (end < s.Length && char.IsLetter(s[end]))
        {
            // An ordinal or unit glued to the digits ("60th", "5km"): keep it as written.
            output.Append(s[start..end]);
            return end;
        }

        var scaleAt = decimalEnd < s.Length && s[decimalEnd] == ' ' ? decimalEnd + 1 : -1;
        if (scaleAt > 0 && scaleAt < s.Length && char.IsLetter(s[scaleAt]))
        {
            var wordEnd = SkipWord(s, scaleAt);
            if (NumberWords.TryGet(s[scaleAt..wordEnd], out var scale) && scale.Kind is NumberWordKind.Thousand or NumberWordKind.Hundred)
            {
                var number = decimalEnd > end
                    ? double.Parse(string.Concat(s[start..end], ".", s[(end + 1)..decimalEnd]), CultureInfo.InvariantCulture)
                    : value;
                AppendNumber(output, number * scale.Value);
                return wordEnd < s.Length && s[wordEnd] == '.' && wordEnd - scaleAt <= 4 ? wordEnd + 1 : wordEnd;
            }
        }

        // Nothing to convert: keep the digits as written ("08" in a date stays "08").
        if (separator == '\0')
        {
            output.Append(s[start..end]);
        }
        else
        {
            AppendNumber(output, value);
        }

        return end;
    }

    /// <summary>Reads a word that may be a number word; a run of number words ("сто сорок шість") becomes digits.</summary>
    private static int ReadWords(ReadOnlySpan<char> s, int start, StringBuilder output)
    {
        var phrase = new NumberPhrase();
        var at = start;
        var consumedTo = start;
        while (at < s.Length && char.IsLetter(s[at]))
        {
            var end = SkipWord(s, at);
            var word = s[at..end];
            if (NumberWords.IsConnector(word) && phrase.Words > 0)
            {
                // "and" counts only when a number word follows it.
            }
            else if (!phrase.TryAddWordOrParts(word))
            {
                break;
            }
            else
            {
                consumedTo = end;
            }

            if (end + 1 < s.Length && s[end] == ' ' && char.IsLetter(s[end + 1]))
            {
                at = end + 1;
            }
            else
            {
                break;
            }
        }

        if (phrase.Words == 0 || (phrase.Words == 1 && ((!phrase.Standalone && !EndsWithWord(output, Comparatives)) || EndsWithWord(output, Vague))))
        {
            var end = SkipWord(s, start);
            output.Append(s[start..end]);
            return end;
        }

        AppendNumber(output, phrase.Value);
        if (consumedTo < s.Length && s[consumedTo] == '.' && phrase.EndsWithAbbreviation)
        {
            consumedTo++;
        }

        return consumedTo;
    }

    /// <summary>Words before which a lone "тысячи", "сотні" is one thousand, one hundred ("более тысячи", "понад сотні").</summary>
    private static readonly string[] Comparatives = [.. RuleBook.Languages.SelectMany(l => l.Comparatives).Distinct(StringComparer.Ordinal)];

    /// <summary>Words before which a lone "thousand" is no number ("several thousand").</summary>
    private static readonly string[] Vague = [.. RuleBook.Languages.SelectMany(l => l.Vague).Distinct(StringComparer.Ordinal)];

    /// <summary>The text so far ends with one of the words ("более ", "several ").</summary>
    private static bool EndsWithWord(StringBuilder output, string[] words)
    {
        foreach (var word in words)
        {
            var at = output.Length - word.Length;
            if (at >= 0 && (at == 0 || !char.IsLetter(output[at - 1])) && EndsWith(output, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The builder ends with the word, compared in place (no string per check).</summary>
    private static bool EndsWith(StringBuilder output, string word)
    {
        var at = output.Length - word.Length;
        for (var k = 0; k < word.Length; k++)
        {
            if (output[at + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendNumber(StringBuilder output, double value) =>
        output.Append((long)Math.Round(value));

    private static int SkipDigits(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipWord(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (Letters.IsLetter(s[i]) || (s[i] is '\'' or '-' && i + 1 < s.Length && Letters.IsLetter(s[i + 1]))))
        {
            i++;
        }

        return i;
    }
}
