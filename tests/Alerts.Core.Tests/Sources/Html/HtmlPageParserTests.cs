using Alerts.Core.Sources;
using Alerts.Core.Sources.Html;

namespace Alerts.Core.Tests.Sources.Html;

public class HtmlPageParserTests
{
    [Fact]
    public void Parse_Selectors_FindTitleLinkDateAndText()
    {
        var source = new Source { Id = "s", Kind = SourceKind.Html, Url = "https://site.example/news" };
        var items = HtmlPageParser.Parse(SourceFixtures.HtmlPage, SourceFixtures.HtmlPageSelectors)
            .Select(e => e.ToItem(source, new Uri(source.Url), DateTimeOffset.UnixEpoch))
            .ToList();

        Assert.Equal(2, items.Count);
        Assert.Equal("Обмін полоненими — повернулися 60 оборонців", items[0].Title);
        Assert.Equal("https://site.example/news/obmin-1", items[0].Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), items[0].Published);
        Assert.Equal("Додому повернулися 60 захисників.", items[0].Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero), items[1].Published.ToUniversalTime());
    }

    [Fact]
    public void Parse_InvalidSelector_IsAClearError() =>
        Assert.Contains("selector", Assert.Throws<FormatException>(() => HtmlPageParser.Parse("<p>x</p>", new HtmlSelectors("li[[", "a", "a"))).Message, StringComparison.Ordinal);
}
