using Alerts.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Core.Tests.Sources.Telegram;

public sealed class TelegramSourceReaderTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _services = SourceReaderHost.Create();
        _server.MapText("/s/chan", SourceFixtures.TelegramPosts("chan", 181, 200), "text/html; charset=utf-8");
        _server.MapText("/s/chan?before=181", SourceFixtures.TelegramPosts("chan", 161, 180), "text/html; charset=utf-8");
        _server.MapText("/s/chan?before=161", SourceFixtures.TelegramPosts("chan", 141, 160), "text/html; charset=utf-8");
        _server.MapText("/s/chan?before=141", SourceFixtures.TelegramPosts("chan", 121, 140), "text/html; charset=utf-8");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private Task<SourceReadResult> ReadAsync(string path, string? cursor) =>
        _services.Reader(SourceKind.Telegram).ReadAsync(
            SourceReaderHost.Source(_server.Url(path), SourceKind.Telegram), SourceReaderHost.State with { Cursor = cursor }, CancellationToken.None);

    [Fact]
    public async Task ReadAsync_FirstPoll_ReadsTheLatestPageAndSetsTheCursor()
    {
        var result = await ReadAsync("/s/chan", null);

        Assert.Equal(20, result.Items.Count);
        Assert.Equal("200", result.Cursor);
        Assert.Equal("https://t.me/chan/181", result.Items[0].Url);
        Assert.Equal("Post 181", result.Items[0].Title);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ReadAsync_AfterDowntime_PagesBackWithBeforeUntilTheCursor()
    {
        var result = await ReadAsync("/s/chan", "150");

        Assert.Equal(Enumerable.Range(151, 50).Select(n => $"https://t.me/chan/{n}"), result.Items.Select(i => i.Url));
        Assert.Equal("200", result.Cursor);
        Assert.Equal(["/s/chan", "/s/chan?before=181", "/s/chan?before=161"], _server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task ReadAsync_CursorOnTheLatestPage_FetchesOnePageAndKeepsItsPostsForEdits()
    {
        var result = await ReadAsync("/s/chan", "195");

        Assert.Single(_server.Requests);
        Assert.Equal(20, result.Items.Count);
        Assert.Equal("200", result.Cursor);
    }

    [Fact]
    public async Task ReadAsync_RealMarkup_GivesPostTextAndTitle()
    {
        _server.MapText("/s/koordshtab", SourceFixtures.TelegramPage, "text/html; charset=utf-8");

        var result = await ReadAsync("/s/koordshtab", null);

        Assert.Equal("1003", result.Cursor);
        Assert.Equal("🇺🇦 Повернули додому 73 захисників!", result.Items[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 15, 0, TimeSpan.Zero), result.Items[0].Published);
    }

    [Fact]
    public async Task ReadAsync_NotAChannelPage_IsAFormatError()
    {
        _server.MapText("/s/nothing", "<html><body>Not found</body></html>", "text/html");

        var ex = await Assert.ThrowsAsync<FormatException>(() => ReadAsync("/s/nothing", null));

        Assert.Contains("not a Telegram channel preview", ex.Message, StringComparison.Ordinal);
    }
}
