using AngleSharp.Html.Parser;
using Alerts.Pages.Text;
using Alerts.Pages.Views;

namespace Alerts.Pages.Tests.Views;

public sealed class StatisticsViewTests
{
    [Fact]
    public void Render_StatisticWithHistory_ShowsCurrentValueAndHistoryNewestFirst()
    {
        var document = new HtmlParser().ParseDocument(StatisticsView.Render(PageText.For("en"), [Samples.HeldByRussia()]).Value);

        Assert.Equal("Ukrainians held by Russia", document.QuerySelector("h3")!.TextContent);
        Assert.Equal("about 8,000", document.QuerySelector(".value")!.TextContent);
        Assert.Equal("as of 20 November 2026 (source)", document.QuerySelector(".as-of")!.TextContent);
        Assert.Equal(
            ["20 November 2026: about 8,000 (source)", "1 September 2026: at least 7,900", "1 June 2026: 8,100 (source)"],
            document.QuerySelectorAll("ol.history li").Select(li => li.TextContent));
        Assert.NotNull(document.QuerySelector("svg.sparkline polyline"));
        Assert.DoesNotContain("javascript:", document.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoStatistics_SaysSo() =>
        Assert.Equal("<p>Статистики ще немає.</p>", StatisticsView.Render(PageText.For("uk"), []).Value);
}
