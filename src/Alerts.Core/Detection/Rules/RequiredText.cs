using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Alerts.Core.Detection.Rules;

/// <summary>
/// The literal text a regular expression cannot match without: a few strings, one of which every
/// match contains ("captivity" for <c>\b(?:returned|freed) (?:\w+ ){0,2}from captivity</c>, "обмен"
/// or "swap" for an alternation of both). A rule whose strings are all absent from a text cannot
/// match it, so the regex is not run: a plain ordinal search is far cheaper than a regex scan.
/// </summary>
/// <remarks>
/// Reads the subset of syntax the rules use (literals, <c>\b \d \w \s</c>, classes, groups,
/// alternation, quantifiers); for anything else it answers null (no screen), never a wrong screen.
/// </remarks>
internal sealed class RequiredText
{
    private readonly string pattern;
    private int at;

    private RequiredText(string pattern) => this.pattern = pattern;

    /// <summary>Strings one of which every match of the regex contains, or null when none can be told.</summary>
    public static string[]? Of(Regex regex)
    {
        if ((regex.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) != 0)
        {
            return null;
        }

        try
        {
            var reader = new RequiredText(regex.ToString());
            var required = reader.Alternation();
            return reader.at == reader.pattern.Length ? required : null;
        }
        catch (Exception e) when (e is NotSupportedException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// Strings one of which every match of the regex starts with, right after a leading <c>\b</c>
    /// ("prisoner", "pow" for <c>\b(?:prisoner|pow)s? exchange</c>; the ten digits for <c>\b\d+</c>),
    /// or null when the regex does not start with <c>\b</c> and a letter, a digit or a group of them.
    /// </summary>
    public static string[]? Leading(Regex regex)
    {
        var pattern = regex.ToString();
        if ((regex.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0
            || !pattern.StartsWith(@"\b", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var reader = new RequiredText(pattern) { at = 2 };
            var leading = reader.LeadingAlternation()?.Select(s => s.Text).Distinct(StringComparer.Ordinal).ToArray();
            return reader.at == reader.pattern.Length && leading is not null && Array.TrueForAll(leading, s => char.IsLetterOrDigit(s[0])) ? leading : null;
        }
        catch (Exception e) when (e is NotSupportedException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Characters that end a sentence: a match that cannot hold one lies before the next one after its start.</summary>
    public static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?;\n");

    /// <summary>
    /// Whether a pattern cannot match any of <see cref="SentenceEnds"/>: true when it has none of the
    /// syntax that could (<c>\s \W \S \D \p</c>, a negated class, a wildcard, an escaped or literal
    /// end). Lookarounds are read too, so the answer errs towards false, which only costs a screen.
    /// </summary>
    public static bool StaysInSentence(string pattern)
    {
        var plain = pattern.Replace("(?<!", "(", StringComparison.Ordinal).Replace("(?!", "(", StringComparison.Ordinal);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (c == '\\')
            {
                i++;
                if (i < plain.Length && plain[i] is 's' or 'S' or 'W' or 'D' or 'p' or 'P' or 'n' or '.' or '?' or '!' or ';')
                {
                    return false;
                }
            }
            else if (c is '.' or '!' or ';' || (c == '[' && i + 1 < plain.Length && plain[i + 1] == '^'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text holds one of the strings (an ordinal search for each).</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] strings)
    {
        foreach (var s in strings)
        {
            if (text.IndexOf(s, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private string[]? Alternation()
    {
        var all = new List<string>();
        var complete = true;
        while (true)
        {
            var branch = Sequence();
            if (branch is null)
            {
                complete = false;
            }
            else
            {
                all.AddRange(branch);
            }

            if (at < pattern.Length && pattern[at] == '|')
            {
                at++;
                continue;
            }

            return complete ? [.. all.Distinct(StringComparer.Ordinal)] : null;
        }
    }

    private string[]? Sequence()
    {
        string[]? best = null;
        var run = new StringBuilder();
        void Flush()
        {
            if (run.Length > 0)
            {
                best = Better(best, [run.ToString()]);
                run.Clear();
            }
        }

        while (at < pattern.Length && pattern[at] is not '|' and not ')')
        {
            var (literal, required) = Atom();
            var min = Quantifier();
            if (literal is { } c && min >= 1)
            {
                run.Append(c);
                if (min != int.MaxValue)
                {
                    Flush();
                }

                continue;
            }

            Flush();
            if (required is not null && min >= 1)
            {
                best = Better(best, required);
            }
        }

        Flush();
        return best;
    }

    /// <summary>The strings every branch starts with, each marked open when its branch goes on with more literal text.</summary>
    private List<(string Text, bool Open)>? LeadingAlternation()
    {
        var all = new List<(string Text, bool Open)>();
        var complete = true;
        while (true)
        {
            if (LeadingSequence() is { } branch)
            {
                all.AddRange(branch);
            }
            else
            {
                complete = false;
            }

            if (at < pattern.Length && pattern[at] == '|')
            {
                at++;
                continue;
            }

            return complete ? [.. all.Distinct()] : null;
        }
    }

    /// <summary>
    /// The literal text a branch starts with: its literal characters and the strings of its groups
    /// ("to ukraine", "in ukraine" for <c>(?:to|in) ukraine\b</c>), up to the first other atom, for each
    /// string on its own ("a day", "an hour" and the ten digits for <c>(?:a|an|\d+) (?:day|hour)</c>). Reads the whole branch.
    /// </summary>
    private List<(string Text, bool Open)>? LeadingSequence()
    {
        List<(string Text, bool Open)> starts = [("", true)];
        while (at < pattern.Length && pattern[at] is not '|' and not ')')
        {
            var growing = starts.Count(s => s.Open);
            if (growing > 0 && At("(?:"))
            {
                at += 3;
                var inner = LeadingAlternation();
                Expect(')');
                var min = Quantifier();
                if (inner is null || min < 1 || growing * inner.Count + starts.Count > MaxLeading)
                {
                    starts = Closed(starts);
                    continue;
                }

                starts = [.. starts.SelectMany(s => s.Open ? inner.Select(i => (s.Text + i.Text, i.Open && min == int.MaxValue)) : [s])];
                continue;
            }

            var digit = At(@"\d") && starts is [{ Text: "" }];
            var (literal, _) = Atom();
            var quantifier = Quantifier();
            if (growing == 0)
            {
                continue;
            }

            starts = literal is { } c && quantifier >= 1 ? [.. starts.Select(s => s.Open ? (s.Text + c, quantifier == int.MaxValue) : s)]
                : digit && quantifier >= 1 ? [.. Digits.Select(d => (d, false))]
                : Closed(starts);
        }

        return starts.Exists(s => s.Text.Length == 0) ? null : starts;
    }

    private static List<(string Text, bool Open)> Closed(List<(string Text, bool Open)> starts) => [.. starts.Select(s => (s.Text, false))];

    private const int MaxLeading = 256;

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    /// <summary>Prefers the screen whose shortest string is longest (rarer in text).</summary>
    private static string[] Better(string[]? a, string[] b) =>
        a is null || b.Min(s => s.Length) > a.Min(s => s.Length) ? b : a;

    /// <summary>One atom: a literal character, or what a group requires (null for classes and anchors).</summary>
    private (char? Literal, string[]? Required) Atom()
    {
        var c = pattern[at++];
        switch (c)
        {
            case '(':
                var lookaround = false;
                if (At("?:"))
                {
                    at += 2;
                }
                else if (At("?=") || At("?!"))
                {
                    at += 2;
                    lookaround = true;
                }
                else if (At("?<=") || At("?<!"))
                {
                    at += 3;
                    lookaround = true;
                }
                else if (At("?"))
                {
                    throw new NotSupportedException();
                }

                var inner = Alternation();
                Expect(')');
                return (null, lookaround ? null : inner);
            case '[':
                SkipClass();
                return (null, null);
            case '\\':
                var e = pattern[at++];
                if (e is 'b' or 'B' or 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                {
                    return (null, null);
                }

                return char.IsLetterOrDigit(e) ? throw new NotSupportedException() : (e, null);
            case '.' or '^' or '$':
                return (null, null);
            case '*' or '+' or '?' or '{' or '}' or ']' or '#':
                throw new NotSupportedException();
            default:
                return (c, null);
        }
    }

    /// <summary>
    /// The least number of repeats of the atom just read: 0 (optional), 2 (at least once, maybe
    /// more: a literal counts once and ends the run) or <see cref="int.MaxValue"/> (no quantifier).
    /// </summary>
    private int Quantifier()
    {
        if (at >= pattern.Length)
        {
            return 1;
        }

        int min;
        switch (pattern[at])
        {
            case '*' or '?':
                at++;
                min = 0;
                break;
            case '+':
                at++;
                min = 2;
                break;
            case '{':
                at++;
                var start = at;
                while (at < pattern.Length && char.IsAsciiDigit(pattern[at]))
                {
                    at++;
                }

                if (at == start)
                {
                    throw new NotSupportedException();
                }

                min = int.Parse(pattern.AsSpan(start, at - start), System.Globalization.CultureInfo.InvariantCulture);
                while (at < pattern.Length && (char.IsAsciiDigit(pattern[at]) || pattern[at] == ','))
                {
                    at++;
                }

                Expect('}');
                min = min == 0 ? 0 : 2;
                break;
            default:
                return int.MaxValue;
        }

        if (at < pattern.Length && pattern[at] == '?')
        {
            at++;
        }

        return min;
    }

    private void SkipClass()
    {
        if (At("^"))
        {
            at++;
        }

        if (At("]"))
        {
            at++;
        }

        while (at < pattern.Length && pattern[at] != ']')
        {
            at += pattern[at] == '\\' ? 2 : 1;
        }

        Expect(']');
    }

    private bool At(string s) => pattern.AsSpan(at).StartsWith(s, StringComparison.Ordinal);

    private void Expect(char c)
    {
        if (at >= pattern.Length || pattern[at] != c)
        {
            throw new NotSupportedException();
        }

        at++;
    }
}
