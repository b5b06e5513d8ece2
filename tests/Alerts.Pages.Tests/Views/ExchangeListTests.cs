using AngleSharp.Html.Parser;
using Alerts.Core.Detection;
using Alerts.Pages.Text;
using Alerts.Pages.Views;

namespace Alerts.Pages.Tests.Views;

public sealed class ExchangeListTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Render_HostileTitleAndUrl_TextIsEscapedAndNotLinked()
    {
        var exchange = Samples.Exchange("e1", new DateOnly(2026, 11, 22), 185, 185,
            Samples.Report("i1", "javascript:alert(document.cookie)", Samples.HostileTitle),
            Samples.Report("i2", "https://news.example.org/a\"><script>alert(2)</script>", "fine"));

        var html = ExchangeList.Render(PageText.For("en"), [exchange]).Value;
        var document = Parser.ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.DoesNotContain("javascript:", string.Join(" ", document.QuerySelectorAll("a").Select(a => a.GetAttribute("href"))), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Samples.HostileTitle, document.QuerySelector("ul.sources")!.TextContent, StringComparison.Ordinal);
        var link = Assert.Single(document.QuerySelectorAll("ul.sources a"));
        Assert.Equal("https://news.example.org/a%22%3E%3Cscript%3Ealert(2)%3C/script%3E", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
    }

    [Fact]
    public void Render_Exchange_ShowsDateNumbersCiviliansMediatorAndSources()
    {
        var exchange = Samples.Exchange("e1", new DateOnly(2026, 11, 22), 1185, 1180) with
        {
            CiviliansReturnedTo = new PartyCounts(null, 20),
            Transit = ["BY"],
        };

        var document = Parser.ParseDocument(ExchangeList.Render(PageText.For("en"), [exchange]).Value);
        var facts = document.QuerySelectorAll("dl.facts > div").Select(d => d.QuerySelector("dt")!.TextContent + "=" + d.QuerySelector("dd")!.TextContent);

        Assert.Equal("Exchange of 22 November 2026", document.QuerySelector("h3")!.TextContent);
        Assert.Equal("2026-11-22", document.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(["Returned to Ukraine=1,185", "Returned to Russia=1,180", "Civilians returned to Ukraine=20", "Mediated by=UAE", "Via=Belarus"], facts);
        Assert.Equal("https://news.example.org/e1", document.QuerySelector("ul.sources a")!.GetAttribute("href"));
        Assert.Null(document.QuerySelector(".discrepancy"));
    }

    [Fact]
    public void Render_Discrepancy_ShowsWhatEachReportSaid()
    {
        var exchange = Samples.Exchange("e1", new DateOnly(2026, 11, 22), 189, 150,
            Samples.Report("kyiv", "https://kyiv.example.org/1", "Kyiv report", Party.UA, ua: 189, ru: 189),
            Samples.Report("moscow", "https://moscow.example.org/1", "Moscow report", Party.RU, ua: 150, ru: 150)) with { Discrepancy = true };

        var document = Parser.ParseDocument(ExchangeList.Render(PageText.For("en"), [exchange]).Value);
        var reports = document.QuerySelectorAll("ul.sources li").Select(li => li.TextContent).ToList();

        Assert.NotNull(document.QuerySelector(".discrepancy"));
        Assert.Equal(["Kyiv report (Ukrainian side): 189 to Ukraine, 189 to Russia", "Moscow report (Russian side): 150 to Ukraine, 150 to Russia"], reports);
    }

    [Fact]
    public void Render_NoExchanges_SaysSo() =>
        Assert.Equal("<p>Обменов пока не обнаружено.</p>", ExchangeList.Render(PageText.For("ru"), []).Value);
}
