using Alerts.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Core.Tests.Sources;

public sealed class SourcePreviewTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _services = SourceReaderHost.Create();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("https://t.me/s/mod_russia", false, SourceKind.Telegram)]
    [InlineData("https://news.example/rss", false, SourceKind.Feed)]
    [InlineData("https://news.example/list", true, SourceKind.Html)]
    public void GuessKind_Url_GivesTheLikelyKind(string url, bool withSelectors, SourceKind expected) =>
        Assert.Equal(expected, SourcePreview.GuessKind(new Uri(url), withSelectors ? SourceFixtures.HtmlPageSelectors : null));

    [Fact]
    public async Task ReadAsync_Feed_ReturnsItemsAndStoresNothing()
    {
        _server.MapText("/rss", SourceFixtures.Rss2);

        var items = await _services.GetRequiredService<SourcePreview>().ReadAsync(SourceReaderHost.Source(_server.Url("/rss")), CancellationToken.None);

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public async Task ReadAsync_LoopbackNotAllowed_IsRefused()
    {
        var ex = await Assert.ThrowsAsync<SourceReadException>(() => _services.GetRequiredService<SourcePreview>()
            .ReadAsync(SourceReaderHost.Source(_server.Url("/rss"), allowPrivateNetwork: false), CancellationToken.None));

        Assert.Contains("loopback", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
