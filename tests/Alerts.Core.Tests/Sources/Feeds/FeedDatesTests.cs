using Alerts.Core.Sources.Feeds;

namespace Alerts.Core.Tests.Sources.Feeds;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Fri, 20 Nov 2026 10:30:00 +0300", "2026-11-20T07:30:00Z")]
    [InlineData("Fri, 20 Nov 2026 10:30:00 GMT", "2026-11-20T10:30:00Z")]
    [InlineData("20 Nov 2026 10:30 MSK", "2026-11-20T07:30:00Z")]
    [InlineData("Fri, 20 Nov 26 10:30:00 EST", "2026-11-20T15:30:00Z")]
    [InlineData("Friday, 20 November 2026 10:30:00 +03:00", "2026-11-20T07:30:00Z")]
    [InlineData("2026-11-20T10:30:00+02:00", "2026-11-20T08:30:00Z")]
    [InlineData("2026-11-20T10:30:00Z", "2026-11-20T10:30:00Z")]
    [InlineData("20261120T103000Z", "2026-11-20T10:30:00Z")]
    public void Parse_FeedDateForms_GivesTheInstant(string value, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Fri, 31 Feb 2026 10:30:00 GMT")]
    public void Parse_Unreadable_ReturnsNull(string? value) => Assert.Null(FeedDates.Parse(value));
}
