using Alerts.Core.Sources;

namespace Alerts.Core.Tests.Sources;

public class SourceRegistryTests
{
    [Fact]
    public void Defaults_AreValidAndCoverEveryRequiredKindOfSource()
    {
        var sources = SourceRegistry.Defaults();

        Assert.DoesNotContain(sources, s => s.Kind == SourceKind.Demo);
        Assert.Contains(sources, s => s is { Kind: SourceKind.Telegram, Url: "https://t.me/s/mod_russia" });
        Assert.Contains(sources, s => s is { Kind: SourceKind.Telegram, Url: "https://t.me/s/Koordshtab" });
        Assert.Equal(["en", "ru", "uk"], sources.Where(s => s.Kind == SourceKind.Feed).Select(s => s.Language).OfType<string>().Distinct().Order());
        Assert.All(sources, s => Assert.StartsWith("https://", s.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BareArrayWithLowerCaseKind_IsRead()
    {
        var source = Assert.Single(SourceRegistry.Parse("""[{ "id": "x", "kind": "telegram", "url": "https://t.me/s/x", "interval": "00:05:00" }]"""));

        Assert.Equal(SourceKind.Telegram, source.Kind);
        Assert.Equal(TimeSpan.FromMinutes(5), source.Interval);
    }

    [Fact]
    public void Parse_BadDefinitions_NameEveryProblem()
    {
        var ex = Assert.Throws<FormatException>(() => SourceRegistry.Parse("""
            { "sources": [
              { "id": "a/b", "kind": "feed", "url": "ftp://x" },
              { "id": "h", "kind": "html", "url": "https://h.example", "charset": "nope" },
              { "id": "h", "kind": "feed", "url": "https://h.example/rss" }
            ]}
            """));

        Assert.Contains("a/b: the id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"ftp://x\" is not an http(s) URL", ex.Message, StringComparison.Ordinal);
        Assert.Contains("h: an html source needs selectors", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown charset \"nope\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("h: the id is used more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_IsAFormatError() =>
        Assert.StartsWith("not a source registry", Assert.Throws<FormatException>(() => SourceRegistry.Parse("{ nope")).Message, StringComparison.Ordinal);
}
