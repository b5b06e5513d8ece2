using Alerts.Core.Detection.Rules;
using Xunit;

namespace Alerts.Core.Tests.Detection.Rules;

public sealed class StringSearchTests
{
    [Fact]
    public void Find_OverlappingAndNestedStrings_FindsEveryOccurrenceOfEach()
    {
        var search = new StringSearch(["he", "she", "his", "hers"]);

        var found = search.Find("ushers and his shes");

        Assert.Equal([2, 16], found.Of(0).ToArray());
        Assert.Equal([1, 15], found.Of(1).ToArray());
        Assert.Equal([11], found.Of(2).ToArray());
        Assert.Equal([2], found.Of(3).ToArray());
    }

    [Fact]
    public void Find_StringAbsent_FindsNothing()
    {
        var found = new StringSearch(["captivity", "полон"]).Find("returned from capture");

        Assert.True(found.Of(0).IsEmpty);
        Assert.True(found.Of(1).IsEmpty);
    }

    [Fact]
    public void Find_CharactersNoStringHas_RestartTheSearch() =>
        Assert.Equal([8], new StringSearch(["обмін"]).Find("обм😀ін обмін").Of(0).ToArray());

    [Fact]
    public void Find_CharactersBeyondLatinAndCyrillic_AreMatched() =>
        Assert.Equal([2], new StringSearch(["բարև", "ab"]).Find("x բարև").Of(0).ToArray());

    [Fact]
    public void Find_AgreesWithOrdinalSearchOnEveryOccurrence()
    {
        string[] strings = ["aa", "aaa", "ab", "ba", "b"];
        const string text = "aaabaaab baba aa";
        var found = new StringSearch(strings).Find(text);

        for (var n = 0; n < strings.Length; n++)
        {
            var expected = new List<int>();
            for (var at = text.IndexOf(strings[n], StringComparison.Ordinal); at >= 0; at = text.IndexOf(strings[n], at + 1, StringComparison.Ordinal))
            {
                expected.Add(at);
            }

            Assert.Equal(expected, found.Of(n).ToArray());
        }
    }
}
