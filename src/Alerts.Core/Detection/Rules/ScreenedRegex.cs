using System.Text.RegularExpressions;

namespace Alerts.Core.Detection.Rules;

/// <summary>
/// The patterns of one rule, each run only on text that holds one of the few strings its matches
/// need (<see cref="RequiredText.Of"/>, e.g. "among", "среди", "серед"): a rule asked of every number
/// in a text mostly cannot match, and a vectorised search for a handful of words says so for less
/// than a regex attempt. Patterns with many or short strings, where the search would cost more than
/// it saves, run together as one unscreened alternation.
/// </summary>
/// <remarks>For yes-or-no questions, and for the length of a match anchored at the end: where a match lies is not kept.</remarks>
internal sealed class ScreenedRegex
{
    private const int MaxStrings = 6;

    private readonly (Regex Regex, string[]? Required, int[]? RequiredIds)[] parts;

    public ScreenedRegex(IEnumerable<string> patterns, RegexOptions options)
    {
        var screened = new List<(Regex Regex, string[]? Required)>();
        var unscreened = new List<string>();
        foreach (var pattern in patterns)
        {
            var regex = new Regex(pattern, options);
            if (RequiredText.Of(regex) is { Length: > 0 and <= MaxStrings } strings && strings.All(s => s.Trim().Length >= 3))
            {
                Flush();
                screened.Add((regex, strings));
            }
            else
            {
                unscreened.Add(pattern);
            }
        }

        Flush();
        parts = [.. screened.Select(p => (p.Regex, p.Required, RequiredOccurrences.Number(p.Required)))];

        // Unscreened patterns next to each other run as one alternation, in their place: the order stays the rules' order.
        void Flush()
        {
            if (unscreened.Count > 0)
            {
                screened.Add((new Regex(string.Join('|', unscreened.Select(p => $"(?:{p})")), options), null));
                unscreened.Clear();
            }
        }
    }

    /// <summary>
    /// The length of the first match of the first pattern, in the rules' order, that matches; 0 when none does. For
    /// patterns anchored at the text's end (right to left, ending in <c>$</c>) this is what one alternation of them finds.
    /// </summary>
    public int FirstMatchLength(ReadOnlySpan<char> text, RequiredOccurrences? found = null)
    {
        foreach (var (regex, required, ids) in parts)
        {
            if (Holds(text, required, ids, found))
            {
                foreach (var match in regex.EnumerateMatches(text))
                {
                    return match.Length;
                }
            }
        }

        return 0;
    }

    /// <summary>Whether a pattern matches; <paramref name="found"/>, when the text is a part of the text it was made for, answers the screen by lookup.</summary>
    public bool IsMatch(ReadOnlySpan<char> text, RequiredOccurrences? found = null)
    {
        foreach (var (regex, required, ids) in parts)
        {
            if (Holds(text, required, ids, found) && regex.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(ReadOnlySpan<char> text, string[]? required, int[]? ids, RequiredOccurrences? found) =>
        required is null || (found?.AnyWithin(ids, text) ?? RequiredText.ContainsAny(text, required));
}
