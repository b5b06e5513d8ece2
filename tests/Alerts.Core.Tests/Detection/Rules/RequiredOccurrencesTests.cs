using Alerts.Core.Detection.Rules;

namespace Alerts.Core.Tests.Detection.Rules;

public sealed class RequiredOccurrencesTests
{
    private static readonly int[] Captivity = RequiredOccurrences.Number(["captivity"])!;

    [Fact]
    public void Number_SameStringInTwoRules_GetsTheSameNumber() =>
        Assert.Equal(RequiredOccurrences.Number(["swap", "captivity"])![1], Captivity[0]);

    [Fact]
    public void Number_NoScreen_StaysNull() => Assert.Null(RequiredOccurrences.Number(null));

    [Theory]
    [InlineData("returned from captivity", true)]
    [InlineData("returned from capture", false)]
    public void Any_WholeText_TellsWhetherOneStringOccurs(string text, bool expected) =>
        Assert.Equal(expected, new RequiredOccurrences(text).Any(Captivity));

    [Fact]
    public void Any_NoScreen_IsTrue() => Assert.True(new RequiredOccurrences("anything").Any(null));

    [Theory]
    [InlineData("returned 95 men. from captivity", 0, 15, false)]
    [InlineData("returned 95 men from captivity. more", 0, 30, true)]
    [InlineData("returned 95 men from captivity. more", 0, 29, false)]
    [InlineData("freed from captivity; returned 95 men", 22, 37, false)]
    [InlineData("captivity, then captivity again", 1, 31, true)]
    [InlineData("captivity, then captivity again", 17, 31, false)]
    public void AnyWithin_Range_FindsOnlyOccurrencesWhollyInside(string text, int from, int to, bool expected) =>
        Assert.Equal(expected, new RequiredOccurrences(text).AnyWithin(Captivity, from, to));

    [Fact]
    public void AnyWithin_AskedAgain_GivesTheSameAnswer()
    {
        var occurrences = new RequiredOccurrences("a swap, then captivity");
        Assert.True(occurrences.AnyWithin(Captivity, 5, 22));
        Assert.True(occurrences.AnyWithin(Captivity, 5, 22));
        Assert.False(occurrences.AnyWithin(Captivity, 14, 22));
    }

    [Fact]
    public void AnyWithin_WindowOfTheText_AnswersForThatStretch()
    {
        const string text = "a swap, then captivity";
        var occurrences = new RequiredOccurrences(text);

        Assert.True(occurrences.AnyWithin(Captivity, text.AsSpan(5)));
        Assert.False(occurrences.AnyWithin(Captivity, text.AsSpan(0, 15)));
    }

    [Fact]
    public void AnyWithin_WindowOfAnotherText_IsNull() =>
        Assert.Null(new RequiredOccurrences("a swap, then captivity").AnyWithin(Captivity, "from captivity".AsSpan()));
}
