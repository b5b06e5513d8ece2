using Alerts.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Core.Tests.Sources.Html;

public sealed class HtmlSourceReaderTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _services = SourceReaderHost.Create();
        _server.MapBytes("/news", SourceFixtures.Encode(SourceFixtures.HtmlPage.Replace("utf-8", "windows-1251", StringComparison.Ordinal), "windows-1251"), "text/html");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private Task<SourceReadResult> ReadAsync(HtmlSelectors? selectors) =>
        _services.Reader(SourceKind.Html).ReadAsync(
            SourceReaderHost.Source(_server.Url("/news"), SourceKind.Html) with { Selectors = selectors }, SourceReaderHost.State, CancellationToken.None);

    [Fact]
    public async Task ReadAsync_PageInWindows1251_GivesItemsWithAbsoluteCleanLinks()
    {
        var result = await ReadAsync(SourceFixtures.HtmlPageSelectors);

        Assert.Equal(2, result.Items.Count);
        Assert.Equal(_server.Url("/news/obmin-1").AbsoluteUri, result.Items[0].Url);
        Assert.Equal("Обмін полоненими — повернулися 60 оборонців", result.Items[0].Title);
    }

    [Fact]
    public async Task ReadAsync_NoSelectors_IsAClearError() =>
        Assert.Contains("no selectors", (await Assert.ThrowsAsync<FormatException>(() => ReadAsync(null))).Message, StringComparison.Ordinal);

    [Fact]
    public async Task ReadAsync_SelectorFindsNothing_SaysThePageMayHaveChanged() =>
        Assert.Contains("found no items", (await Assert.ThrowsAsync<FormatException>(() => ReadAsync(new HtmlSelectors("article.gone", "h2", "a")))).Message, StringComparison.Ordinal);
}
