using System.Text.Json;
using System.Xml.Linq;
using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Tests.Alerting;

public sealed class AlertFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Write_HostileReport_StaysWellFormedTextAndDropsScriptLinks()
    {
        var alert = new Alert
        {
            Id = "a1",
            Type = AlertType.ExchangeReported,
            CreatedAt = new DateTimeOffset(2025, 8, 24, 18, 0, 0, TimeSpan.Zero),
            Exchange = new ExchangeEvent
            {
                Id = "ex-1",
                Date = new DateOnly(2025, 8, 24),
                ReturnedTo = new PartyCounts(146, 146),
                Mediators = ["AE"],
                Reports =
                [
                    new ExchangeReport { SourceId = "s", ItemId = "1", Url = "javascript:alert(1)", Title = "<script>x</script>" },
                    new ExchangeReport { SourceId = "s", ItemId = "2", Url = "https://wire.example/a?x=1&y=<2>", Title = "ok" },
                ],
            },
        };

        var xml = AlertFeed.Write([alert], "https://alerts.example.org/api/alerts.atom", "https://alerts.example.org/", alert.CreatedAt);

        var entry = XDocument.Parse(xml).Root!.Element(Atom + "entry")!;
        Assert.Equal("Prisoner exchange: 146 for 146, UAE-mediated (24 Aug 2025)", entry.Element(Atom + "title")!.Value);
        Assert.StartsWith("https://wire.example/", entry.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", xml, StringComparison.Ordinal);
        Assert.Equal("text", entry.Element(Atom + "content")!.Attribute("type")!.Value);
    }

    [Fact]
    public void Write_NoAlerts_IsAValidEmptyFeed()
    {
        var xml = AlertFeed.Write([], "https://alerts.example.org/api/alerts.atom", "https://alerts.example.org/", new DateTimeOffset(2025, 8, 24, 0, 0, 0, TimeSpan.Zero));

        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.Equal("2025-08-24T00:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    [Theory]
    [InlineData("\"exchange.reported\"", AlertType.ExchangeReported)]
    [InlineData("\"ExchangeCountsChanged\"", AlertType.ExchangeCountsChanged)]
    [InlineData("\"STATISTIC.CHANGED\"", AlertType.StatisticChanged)]
    public void AlertTypeJson_WireOrEnumName_Reads(string json, AlertType expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<AlertType>(json));
    }

    [Fact]
    public void AlertTypeJson_Unknown_SaysWhichNamesExist()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AlertType>("\"exchange.imagined\""));

        Assert.Contains("exchange.reported", error.Message, StringComparison.Ordinal);
        Assert.Equal("\"exchange.counts_changed\"", JsonSerializer.Serialize(AlertType.ExchangeCountsChanged));
    }
}
