using Alerts.Core.Sources.Text;

namespace Alerts.Core.Tests.Sources.Text;

public class ItemIdentityTests
{
    [Theory]
    [InlineData("https://a.example/x?utm_source=tg&utm_medium=social&id=5#top", "https://a.example/x?id=5")]
    [InlineData("https://A.Example:443/x?fbclid=1&gclid=2", "https://a.example/x")]
    [InlineData("http://a.example:8080/x?page=2&yclid=9", "http://a.example:8080/x?page=2")]
    [InlineData("  https://a.example/x  ", "https://a.example/x")]
    public void CanonicalLink_TrackingParameters_AreRemoved(string link, string expected) =>
        Assert.Equal(expected, ItemIdentity.CanonicalLink(link));

    [Fact]
    public void CanonicalLink_Relative_IsResolvedAgainstThePage() =>
        Assert.Equal("https://site.example/news/1", ItemIdentity.CanonicalLink("/news/1?utm_campaign=a", new Uri("https://site.example/list")));

    [Fact]
    public void Of_SameLinkWithOtherTracking_IsTheSameItem() =>
        Assert.Equal(
            ItemIdentity.Of(null, "https://a.example/x?utm_source=rss", "t", "a"),
            ItemIdentity.Of(null, "https://a.example/x?utm_source=email", "t2", "b"));

    [Fact]
    public void Of_Guid_WinsOverLinkAndContent() =>
        Assert.Equal(ItemIdentity.Of("g1", "https://a.example/1", "t", "a"), ItemIdentity.Of("g1", "https://a.example/2", "u", "b"));

    [Fact]
    public void Of_NoGuidNoLink_UsesContent()
    {
        Assert.Equal(ItemIdentity.Of(null, null, "t", "a"), ItemIdentity.Of("", " ", "t", "a"));
        Assert.NotEqual(ItemIdentity.Of(null, null, "t", "a"), ItemIdentity.Of(null, null, "t", "b"));
    }
}
