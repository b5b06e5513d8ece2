using System.Text.RegularExpressions;

namespace Alerts.Core.Detection.Rules;

/// <summary>
/// A regular expression run only on text that holds one of the few strings every match needs
/// (<see cref="RequiredText.Of"/>, e.g. "among", "среди", "серед"): a rule asked of every number in
/// a text mostly cannot match, and a vectorised search for a handful of words says so for less than a
/// regex attempt. With many or short strings the search would cost more than it saves, so the regex
/// runs unscreened.
/// </summary>
internal sealed class ScreenedRegex
{
    private const int MaxStrings = 6;

    private readonly string[]? required;

    public ScreenedRegex(Regex regex)
    {
        Regex = regex;
        if (RequiredText.Of(regex) is { Length: > 0 and <= MaxStrings } strings && strings.All(s => s.Trim().Length >= 3))
        {
            required = strings;
        }
    }

    public Regex Regex { get; }

    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Regex.IsMatch(text);

    private bool MayMatch(ReadOnlySpan<char> text)
    {
        if (required is null)
        {
            return true;
        }

        foreach (var s in required)
        {
            if (text.IndexOf(s, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
