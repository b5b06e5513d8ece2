using System.Text.RegularExpressions;
using Alerts.Core.Detection.Rules;
using Xunit;

namespace Alerts.Core.Tests.Detection.Rules;

public class RequiredTextTests
{
    [Theory]
    [InlineData(@"\b(?:returned|freed) (?:\w+ ){0,2}from captivity", "from captivity")]
    [InlineData(@"\bобмен\w* \d+ на \d+", "обмен")]
    [InlineData(@"\b(?:prisoner|pow)s? (?:exchange|swap)", "exchange|swap")]
    [InlineData(@"\b(?:exchange|swap)\b|\bобмен\w*", "exchange|swap|обмен")]
    [InlineData(@"\bno (?:prisoner )?(?:exchange|swap)", "exchange|swap")]
    [InlineData(@"\b\d+[- ]for[- ]\d+ (?:swap|exchange)", "swap|exchange")]
    [InlineData(@"\bu\.s(?:-| and )", "u.s")]
    [InlineData(@"\bmoscow said\b", "moscow said")]
    public void Of_RulePattern_NamesTheTextEveryMatchContains(string pattern, string expected)
    {
        var required = RequiredText.Of(new Regex(pattern));

        Assert.NotNull(required);
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"\b\d+\w*")]
    [InlineData(@"\b(?:a|\w+)")]
    [InlineData(@"(?<n>abc)")]
    [InlineData(@"\p{L}+")]
    [InlineData(@"(?:abc)?")]
    public void Of_NothingLiteralRequired_ReturnsNull(string pattern) =>
        Assert.Null(RequiredText.Of(new Regex(pattern)));

    [Theory]
    [InlineData(@"\b(?:prisoner|pow)s? (?:exchange|swap)", "prisoner|pow")]
    [InlineData(@"\b(?:to|in) ukraine\b", "to ukraine|in ukraine")]
    [InlineData(@"\b(?:returned|were returned) (?:\w+ ){0,2}to (?:ukraine|russia)\b", "returned |were returned ")]
    [InlineData(@"\bexchange of (?:fire|blows)", "exchange of fire|exchange of blows")]
    [InlineData(@"\b\d+[- ]for[- ]\d+", "0|1|2|3|4|5|6|7|8|9")]
    [InlineData(@"\bobmen\w*", "obmen")]
    [InlineData(@"\b(?:a|b)(?:c|d)e+f", "ace|ade|bce|bde")]
    [InlineData(@"\b(?:a|an|\d+) (?:days?|weeks?) ago", "a day|a week|an day|an week|0|1|2|3|4|5|6|7|8|9")]
    [InlineData(@"\b(?:in|to|(?:over|under)\w*) ukraine", "in ukraine|to ukraine|over|under")]
    public void Leading_RulePattern_NamesTheStringsEveryMatchStartsWith(string pattern, string expected)
    {
        var leading = RequiredText.Leading(new Regex(pattern));

        Assert.NotNull(leading);
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), leading.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"prisoner")]
    [InlineData(@"\b(?:\w+ ){0,2}home")]
    [InlineData(@"\b(?:prisoner )?exchange")]
    [InlineData(@"\b(?:a|\w+)")]
    [InlineData(@"\b(?=a)abc")]
    [InlineData(@"\b-abc")]
    public void Leading_NoLiteralStart_ReturnsNull(string pattern) =>
        Assert.Null(RequiredText.Leading(new Regex(pattern)));

    [Fact]
    public void Of_IgnoreCase_ReturnsNull() =>
        Assert.Null(RequiredText.Of(new Regex("captivity", RegexOptions.IgnoreCase)));

    [Theory]
    [InlineData(@"\b(?:returned|freed) (?:\w+ ){0,2}from captivity\b", true)]
    [InlineData(@"\bобмен\w*(?! (?:опыт|мнени))(?<!\bкак и обмен)", true)]
    [InlineData(@"\bобмен (?:состоялся|прошел)(?=[.!\n]|$)", false)]
    [InlineData(@"\b(?:us|u\.s\.?) citizens?\b", false)]
    [InlineData(@"\bexchange\s+of", false)]
    [InlineData(@"\bexchange[^,]+of", false)]
    [InlineData(@"\bthe claim: .+", false)]
    public void StaysInSentence_RulePattern_TellsWhetherAMatchCanHoldASentenceEnd(string pattern, bool expected) =>
        Assert.Equal(expected, RequiredText.StaysInSentence(pattern));

    [Fact]
    public void RequiredIds_EveryRuleOnEveryCorpusText_NeverScreenOutAMatch()
    {
        var texts = CorpusTexts();
        var rules = typeof(RuleBook).GetFields().Select(f => f.GetValue(null)).OfType<RuleSet>().ToList();
        Assert.NotEmpty(texts);
        Assert.True(rules.Count > 20);
        foreach (var rule in rules)
        {
            for (var p = 0; p < rule.Sources.Count; p++)
            {
                var pattern = new Regex(rule.Sources[p]);
                foreach (var text in texts.Where(t => pattern.IsMatch(t)))
                {
                    Assert.True(new RequiredOccurrences(text).Any(rule.RequiredIds[p]), $"{pattern} screened out a match");
                }
            }
        }
    }

    /// <summary>
    /// A pattern without leading strings is run over the whole text (only the start trie makes a rule cheap): a lookbehind
    /// or a group before a rule's first word silently turns it into such a scan, as a month list's "(?&lt;![\w ])" once
    /// made the English article 15 % slower. Such patterns must be screened by their required strings, and stay few.
    /// </summary>
    [Fact]
    public void Leading_EveryRule_FewPatternsScanTheWholeTextAndEachIsScreened()
    {
        var scanning = typeof(RuleBook).GetFields().Select(f => f.GetValue(null)).OfType<RuleSet>()
            .SelectMany(rule => Enumerable.Range(0, rule.Patterns.Length).Where(p => rule.Leading[p] is null).Select(p => (rule, p)))
            .ToList();

        Assert.All(scanning, s => Assert.True(s.rule.RequiredIds[s.p] is not null, $"{s.rule.Sources[s.p]} scans every text unscreened"));
        Assert.True(scanning.Count <= MaxScanningPatterns, string.Join("\n", scanning.Select(s => s.rule.Sources[s.p])));
    }

    /// <summary>Thirteen today, all with a lookbehind before their first word ("(?&lt;!\bне )\bобмен").</summary>
    private const int MaxScanningPatterns = 16;

    private static List<string> CorpusTexts() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(e => Alerts.Core.Detection.Text.TextNormalizer.Normalize(e.GetProperty("title").GetString() + "\n" + e.GetProperty("text").GetString())),
    ];
}
