using System.Buffers;
using System.Text.RegularExpressions;

namespace Alerts.Core.Detection.Rules;

/// <summary>
/// A regular expression run only on text that holds one of the strings every match needs
/// (<see cref="RequiredText.Of"/>): the rules asked of every number in a text mostly cannot match,
/// and a vectorised search says so for far less than a regex attempt.
/// </summary>
internal sealed class ScreenedRegex
{
    private readonly SearchValues<string>? screen;

    public ScreenedRegex(Regex regex)
    {
        Regex = regex;
        screen = RequiredText.Of(regex) is { Length: > 0 } required ? SearchValues.Create(required, StringComparison.Ordinal) : null;
    }

    public Regex Regex { get; }

    public bool IsMatch(ReadOnlySpan<char> text) => (screen is null || text.IndexOfAny(screen) >= 0) && Regex.IsMatch(text);
}
