using System.Text.RegularExpressions;
using Alerts.Core.Detection;
using Alerts.Core.Detection.Rules;
using Alerts.Core.Detection.Text;
using Xunit;

namespace Alerts.Core.Tests.Detection;

public class TextTagsTests
{
    private static readonly List<RuleSet> AllRules =
        [.. typeof(RuleBook).GetFields().Select(f => f.GetValue(null)).OfType<RuleSet>(), Countries.Belarus];

    [Fact]
    public void All_EveryRuleOnEveryCorpusText_FindsWhatAPlainScanFinds()
    {
        var texts = CorpusTexts();
        Assert.True(texts.Count > 100);
        Assert.True(AllRules.Count > 20);
        foreach (var rule in AllRules)
        {
            var plain = rule.Sources.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToList();
            foreach (var text in texts)
            {
                var expected = plain.SelectMany(r => r.Matches(text).Select(m => new TextRange(m.Index, m.Index + m.Length)))
                    .OrderBy(m => m.From).ThenBy(m => m.To).ToList();

                var found = new TextTags(text).All(rule);

                Assert.True(expected.SequenceEqual(found), $"{string.Join(" | ", rule.Sources)} on \"{text}\"");
            }
        }
    }

    [Fact]
    public void All_RulesStartingWithAWord_AreTriedOnlyAtTheirStarts()
    {
        var anchored = AllRules.Sum(r => r.Leading.Count(l => l is not null));
        var total = AllRules.Sum(r => r.Leading.Length);

        // Every rule today starts with \b and a word or a group of words; a new one that does not
        // still works (it scans the text), but this catches a parser regression that would silently slow all of them.
        Assert.True(anchored >= total * 0.95, $"{anchored} of {total} patterns anchored");
    }

    [Theory]
    [InlineData("returned to ukraine", "ukraine")]
    [InlineData("prisoner-exchange", "exchange")]
    [InlineData("обмін полоненими", "обмін")]
    public void All_WordInsideAnotherWord_IsNotAStart(string text, string notAStart)
    {
        var rule = new RuleSet([$@"\b{notAStart[1..]}"], RegexOptions.CultureInvariant);
        var starts = new RuleStarts([rule]);

        Assert.Empty(starts.Find(text).Positions);
    }

    [Fact]
    public void Find_SharedLeadingStrings_ListsEachPatternsStartsInTextOrder()
    {
        var rule = new RuleSet([@"\bexchange of fire", @"\bexchange\b", @"\b(?:ex|swap)"], RegexOptions.CultureInvariant);
        var starts = new RuleStarts([rule]);

        var found = starts.Find("an exchange of fire, a swap, an exchange");

        Assert.Equal([3], found.Of(0).ToArray());
        Assert.Equal([3, 32], found.Of(1).ToArray());
        Assert.Equal([3, 23, 32], found.Of(2).ToArray());
    }

    private static List<string> CorpusTexts() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(e => TextNormalizer.Normalize(e.GetProperty("title").GetString() + "\n" + e.GetProperty("text").GetString())),
        TextNormalizer.Normalize(string.Concat(Enumerable.Repeat("Обмін полоненими: 185 на 185. ", 50))),
    ];
}
