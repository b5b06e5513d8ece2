using Alerts.Core.Detection;

namespace Alerts.Core.Tests.Detection;

public class DateResolverTests
{
    // Sunday 22 November 2026.
    private static readonly DateOnly Published = new(2026, 11, 22);

    [Theory]
    [InlineData("the swap took place on sunday", "2026-11-22")]
    [InlineData("on wednesday the sides exchanged", "2026-11-18")]
    [InlineData("24 августа обменялись", "2026-08-24")]
    [InlineData("august 24th swap", "2026-08-24")]
    [InlineData("freed on aug. 24 in the swap", "2026-08-24")]
    [InlineData("сьогодні повернулися", "2026-11-22")]
    [InlineData("вчера вернулись", "2026-11-21")]
    [InlineData("the day before yesterday", "2026-11-20")]
    [InlineData("в пятницу состоялся", "2026-11-20")]
    [InlineData("у неділю відбувся", "2026-11-22")]
    [InlineData("15 декабря", "2025-12-15")]
    [InlineData("24.08.2025", "2025-08-24")]
    public void Find_DateWords_ResolveAgainstPublished(string text, string expected)
    {
        var found = new List<DateMention>();

        DateResolver.Find(text, 0, text.Length, Published, found);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), found[0].Date);
    }

    [Fact]
    public void Find_MonthOnly_IsMarkedMonthOnly()
    {
        var found = new List<DateMention>();

        DateResolver.Find("in may 2025 the sides", 0, 21, Published, found);

        Assert.True(found[0].MonthOnly);
        Assert.Equal(new DateOnly(2025, 5, 1), found[0].Date);
    }

    [Theory]
    [InlineData("freed in the august prisoner swap", 8, 2026)]
    [InlineData("после августовского обмена", 8, 2026)]
    [InlineData("учасник грудневого обміну", 12, 2025)]
    public void Find_MonthNamedAlone_IsItsMonthBeforePublication(string text, int month, int year)
    {
        var found = new List<DateMention>();

        DateResolver.Find(text, 0, text.Length, Published, found);

        Assert.True(found[0].MonthOnly);
        Assert.Equal(new DateOnly(year, month, 1), found[0].Date);
    }
}
