using Alerts.Core.Sources;
using Alerts.Core.Sources.Feeds;

namespace Alerts.Core.Tests.Sources.Feeds;

public class FeedParserTests
{
    private static readonly Source Source = new() { Id = "s", Kind = SourceKind.Feed, Url = "https://feed.example/rss" };
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    private static List<Alerts.Core.Items.SourceItem> Items(string text) =>
        FeedParser.Parse(text).Select(e => e.ToItem(Source, new Uri(Source.Url), Now)).ToList();

    [Fact]
    public void Parse_Rss2_ReadsGuidLinkDateAndCleanText()
    {
        var items = Items(SourceFixtures.Rss2);

        Assert.Equal(2, items.Count);
        Assert.Equal("Prisoner swap: 84 return home", items[0].Title);
        Assert.Equal("Both sides said 84 soldiers came home.\nTalks continue & more are expected.", items[0].Text);
        Assert.Equal("https://news.example/world/swap-84?id=7", items[0].Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 30, 0, TimeSpan.Zero), items[0].Published.ToUniversalTime());
        Assert.Equal("en", items[0].Language);
        Assert.Equal("Full text\non two lines", items[1].Text);
        Assert.Equal("https://news.example/world/second", items[1].Url);
    }

    [Fact]
    public void Parse_Rdf_ReadsItemsInTheRss10Namespace()
    {
        var item = Assert.Single(Items(SourceFixtures.Rdf));

        Assert.Equal("Обмен пленными", item.Title);
        Assert.Equal("Из плена возвращены 50 военнослужащих.", item.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 5, 0, 0, TimeSpan.Zero), item.Published.ToUniversalTime());
        Assert.Equal("ru", item.Language);
    }

    [Fact]
    public void Parse_Atom_ReadsAlternateLinkXhtmlContentAndLanguage()
    {
        var items = Items(SourceFixtures.Atom);

        Assert.Equal(2, items.Count);
        Assert.Equal("Повернули додому 120 захисників", items[0].Title);
        Assert.Equal("Перший абзац.\nДругий абзац.", items[0].Text);
        Assert.Equal("https://ombudsman.example/news/1", items[0].Url);
        Assert.Equal("uk", items[0].Language);
        Assert.Equal("Short summary", items[1].Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 13, 0, 0, TimeSpan.Zero), items[1].Published);
    }

    [Fact]
    public void Parse_JsonFeed_ReadsItemsAndKeepsPlainTextMarkupCharacters()
    {
        var items = Items(SourceFixtures.JsonFeed);

        Assert.Equal("Exchange <announced>", items[0].Title);
        Assert.Equal("One\nTwo", items[0].Text);
        Assert.Equal("a < b & c", items[1].Text);
        Assert.Equal(Now, items[1].Published);
        Assert.Equal("en", items[1].Language);
    }

    [Fact]
    public void Parse_GdeltArticleList_ReadsUrlTitleSeenDateAndLanguage()
    {
        var items = Items(SourceFixtures.Gdelt);

        Assert.Equal(2, items.Count);
        Assert.Equal("https://outlet.example/pow-swap", items[0].Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 15, 0, TimeSpan.Zero), items[0].Published);
        Assert.Equal("en", items[0].Language);
        Assert.Equal("ru", items[1].Language);
    }

    [Fact]
    public void Parse_EmptyGdeltAnswer_ReturnsNoEntries() => Assert.Empty(FeedParser.Parse("{}"));

    [Theory]
    [InlineData(SourceFixtures.ExternalEntity)]
    [InlineData(SourceFixtures.EntityExpansion)]
    public void Parse_Dtd_IsRefused(string xml)
    {
        var ex = Assert.Throws<FormatException>(() => FeedParser.Parse(xml));
        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedXml_ThrowsFormatExceptionWithReason()
    {
        var ex = Assert.Throws<FormatException>(() => FeedParser.Parse(SourceFixtures.Malformed));
        Assert.StartsWith("not well-formed XML", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body>hi</body></html>", "HTML page")]
    [InlineData("<sitemap/>", "root element is <sitemap>")]
    [InlineData("{\"foo\": 1}", "neither a JSON Feed")]
    [InlineData("{ broken", "not well-formed JSON")]
    [InlineData("   ", "empty")]
    public void Parse_NotAFeed_SaysWhat(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => FeedParser.Parse(text));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
