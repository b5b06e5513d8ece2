using System.Globalization;
using System.Xml.Linq;
using Alerts.Core.Detection;
using Alerts.Pages.Text;
using Alerts.Pages.Views;

namespace Alerts.Pages.Tests.Views;

public sealed class ExchangeChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Points_ExchangesInAnyOrder_SummedPerDateWithRunningTotalsOldestFirst()
    {
        var exchanges = new[]
        {
            Samples.Exchange("c", new DateOnly(2026, 3, 1), 10, 12),
            Samples.Exchange("a", new DateOnly(2026, 1, 1), 100, 90) with { CiviliansReturnedTo = new PartyCounts(null, 5) },
            Samples.Exchange("b", new DateOnly(2026, 3, 1), 1, 2),
            Samples.Exchange("undated", new DateOnly(2026, 2, 1), 7, 7) with { Date = null },
        };

        var points = ExchangeChart.Points(exchanges);

        Assert.Equal(
            [new(new DateOnly(2026, 1, 1), 105, 90, 105, 90), new ChartPoint(new DateOnly(2026, 3, 1), 11, 14, 116, 104)],
            points);
    }

    [Theory]
    [InlineData(0, 4, 1)]
    [InlineData(3, 4, 1)]
    [InlineData(7, 8, 2)]
    [InlineData(11, 15, 5)]
    [InlineData(185, 200, 50)]
    [InlineData(205, 300, 100)]
    [InlineData(390, 400, 100)]
    [InlineData(2600, 3000, 1000)]
    [InlineData(5000, 6000, 2000)]
    [InlineData(240, 300, 100)]
    public void Axis_Value_ReachesItInAtMostFourRoundSteps(int value, int max, int step)
    {
        var axis = ExchangeChart.Axis(value);

        Assert.Equal((max, step), axis);
        Assert.True(axis.Max / axis.Step <= 4);
        Assert.Equal(0, axis.Max % axis.Step);
    }

    [Fact]
    public void Render_Points_IsWellFormedSvgWithABarPairPerDateAndTwoTotalLines()
    {
        var points = ExchangeChart.Points([
            Samples.Exchange("a", new DateOnly(2025, 5, 23), 390, 390),
            Samples.Exchange("b", new DateOnly(2025, 8, 24), 146, 146),
            Samples.Exchange("c", new DateOnly(2026, 11, 22), 185, 185),
        ]);

        var svg = SvgOf(ExchangeChart.Render(PageText.For("en"), points).Value);

        var bars = svg.Descendants(Svg + "rect").ToList();
        Assert.Equal(6, bars.Count);
        Assert.All(bars, b => Assert.True(double.Parse(b.Attribute("height")!.Value, CultureInfo.InvariantCulture) > 0));
        Assert.Equal(2, svg.Descendants(Svg + "path").Count());
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Contains("To Ukraine: 721", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Contains("24 August 2025: To Ukraine 146, To Russia 146", svg.Descendants(Svg + "title").Select(t => t.Value));
    }

    [Fact]
    public void Render_OneExchange_DrawsItInTheMiddle()
    {
        var svg = SvgOf(ExchangeChart.Render(PageText.For("uk"), ExchangeChart.Points([Samples.Exchange("a", new DateOnly(2026, 1, 1), 10, 10)])).Value);

        var bars = svg.Descendants(Svg + "rect").Select(r => double.Parse(r.Attribute("x")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(384, bars[1]);
    }

    [Fact]
    public void Render_NoPoints_SaysTheChartIsComing() =>
        Assert.Equal("<p>The chart appears once exchanges are detected.</p>", ExchangeChart.Render(PageText.For("en"), []).Value);

    private static XElement SvgOf(string html)
    {
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(html[start..end]);
    }
}
