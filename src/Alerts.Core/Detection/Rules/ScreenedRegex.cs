using System.Text.RegularExpressions;

namespace Alerts.Core.Detection.Rules;

/// <summary>
/// The patterns of one rule, each run only on text that holds one of the few strings its matches
/// need (<see cref="RequiredText.Of"/>, e.g. "among", "среди", "серед"): a rule asked of every number
/// in a text mostly cannot match, and a vectorised search for a handful of words says so for less
/// than a regex attempt. Patterns with many or short strings, where the search would cost more than
/// it saves, run together as one unscreened alternation.
/// </summary>
/// <remarks>Only for yes-or-no questions: which pattern matched, and where, is not kept.</remarks>
internal sealed class ScreenedRegex
{
    private const int MaxStrings = 6;

    private readonly (Regex Regex, string[]? Required)[] parts;

    public ScreenedRegex(IEnumerable<string> patterns, RegexOptions options)
    {
        var screened = new List<(Regex, string[]?)>();
        var unscreened = new List<string>();
        foreach (var pattern in patterns)
        {
            var regex = new Regex(pattern, options);
            if (RequiredText.Of(regex) is { Length: > 0 and <= MaxStrings } strings && strings.All(s => s.Trim().Length >= 3))
            {
                screened.Add((regex, strings));
            }
            else
            {
                unscreened.Add(pattern);
            }
        }

        if (unscreened.Count > 0)
        {
            screened.Add((new Regex(string.Join('|', unscreened.Select(p => $"(?:{p})")), options), null));
        }

        parts = [.. screened];
    }

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        foreach (var (regex, required) in parts)
        {
            if ((required is null || RequiredText.ContainsAny(text, required)) && regex.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}
