using System.Text.RegularExpressions;
using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Tests.Detection.Rules;

public sealed class ScreenedRegexTests
{
    private static readonly string[] Patterns = [@"^ (?:\w+ ){0,3}?from (?:the )?\w+ region\b", @"^ (?:\w+ ){0,3}?\w+(?:ской|цкой) област\w*", @"^ \w+ \d"];

    [Theory]
    [InlineData(" men from the kursk region", true)]
    [InlineData(" жителей курской области", true)]
    [InlineData(" men 12", true)] // the pattern with no string to screen by still runs
    [InlineData(" men from kursk", false)]
    [InlineData(" жителей области", false)]
    [InlineData("", false)]
    public void IsMatch_ScreenedAndUnscreenedPatterns_AnswersAsTheirAlternation(string text, bool expected)
    {
        var screened = new ScreenedRegex(Patterns, RegexOptions.CultureInvariant);
        var alternation = new Regex(string.Join('|', Patterns.Select(p => $"(?:{p})")), RegexOptions.CultureInvariant);

        Assert.Equal(expected, screened.IsMatch(text));
        Assert.Equal(alternation.IsMatch(text), screened.IsMatch(text));
    }

    [Theory]
    [InlineData("the swap included, among those freed, 12 civilians and ", true)]
    [InlineData("the swap included 12 civilians and ", false)]
    public void IsMatch_RightToLeftPattern_ReadsTheWindowsEnd(string text, bool expected) =>
        Assert.Equal(expected, new ScreenedRegex([@"\bamong\b[^.!?]{0,100}, (?:\w+ ){0,3}$"], RegexOptions.RightToLeft).IsMatch(text));

    [Theory]
    [InlineData("the two sides each released ", 14)] // "each released " (screened by "each")
    [InlineData("russia and ukraine freed each other ", 11)] // "each other " comes first in the rules' order
    [InlineData("обменялись пленными по ", 23)] // the unscreened pattern after the screened ones
    [InlineData("россия передала по ", 3)]
    [InlineData("officials said that ", 0)]
    public void FirstMatchLength_PatternsAnchoredAtTheEnd_AnswersAsTheirAlternation(string text, int expected)
    {
        string[] patterns = [@"\b(?:each other|one another)(?: \w+)? $", @"\beach (?:released|freed) $", @"\bобменял\w* (?:\w+ ){0,2}по $", @"\bпо $"];
        var screened = new ScreenedRegex(patterns, RegexOptions.RightToLeft);
        var alternation = new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), RegexOptions.RightToLeft);

        Assert.Equal(expected, screened.FirstMatchLength(text));
        Assert.Equal(alternation.Match(text) is { Success: true } m ? m.Length : 0, screened.FirstMatchLength(text));
    }
}
