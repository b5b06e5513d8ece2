using System.IO.Compression;
using System.Text;
using Alerts.Core.Sources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Core.Tests.Sources.Feeds;

public sealed class FeedSourceReaderTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _services = SourceReaderHost.Create(new()
        {
            ["SourceHttp:MaxBodyBytes"] = "1048576",
            ["SourceHttp:MaxRedirects"] = "3",
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private Task<SourceReadResult> ReadAsync(string path, SourceState? state = null, bool allowPrivateNetwork = true, string? charset = null) =>
        _services.Reader(SourceKind.Feed).ReadAsync(
            SourceReaderHost.Source(_server.Url(path), allowPrivateNetwork: allowPrivateNetwork) with { Charset = charset },
            state ?? SourceReaderHost.State,
            CancellationToken.None);

    [Fact]
    public async Task ReadAsync_SecondReadWithValidators_IsNotModifiedWithoutABody()
    {
        _server.Map("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Fri, 20 Nov 2026 10:00:00 GMT";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(SourceFixtures.Rss2);
        });

        var first = await ReadAsync("/feed");
        var second = await ReadAsync("/feed", SourceReaderHost.State with { ETag = first.ETag, LastModified = first.LastModified });

        Assert.Equal(2, first.Items.Count);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), first.LastModified);
        Assert.True(second.NotModified);
        Assert.Empty(second.Items);
        Assert.Equal("\"v1\"", second.ETag);
        var conditional = _server.Requests.Last().Headers;
        Assert.Equal("Fri, 20 Nov 2026 10:00:00 GMT", conditional["If-Modified-Since"]);
        Assert.Equal("\"v1\"", conditional["If-None-Match"]);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task ReadAsync_CompressedBody_IsDecompressed(string encoding)
    {
        _server.Map("/compressed", async context =>
        {
            context.Response.Headers.ContentEncoding = encoding;
            context.Response.ContentType = "application/atom+xml; charset=utf-8";
            using var buffer = new MemoryStream();
            await using (Stream zip = encoding == "br" ? new BrotliStream(buffer, CompressionLevel.Fastest, true) : new GZipStream(buffer, CompressionLevel.Fastest, true))
            {
                await zip.WriteAsync(Encoding.UTF8.GetBytes(SourceFixtures.Atom));
            }

            await context.Response.Body.WriteAsync(buffer.ToArray());
        });

        var result = await ReadAsync("/compressed");

        Assert.Contains(encoding, _server.Requests.Single().Headers["Accept-Encoding"], StringComparison.Ordinal);

        Assert.Equal("Повернули додому 120 захисників", result.Items[0].Title);
    }

    [Fact]
    public async Task ReadAsync_SendsTheUserAgent()
    {
        _server.MapText("/ua", SourceFixtures.Rss2);

        await ReadAsync("/ua");

        Assert.StartsWith("AlertsBot/", _server.Requests.Single().Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_HugeBody_IsCutOffWithAClearError(bool withContentLength)
    {
        var huge = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel>" + new string(' ', 3 * 1024 * 1024) + "</channel></rss>");
        _server.Map("/huge", async context =>
        {
            if (withContentLength)
            {
                context.Response.ContentLength = huge.Length;
            }

            await context.Response.Body.WriteAsync(huge);
        });

        var ex = await Assert.ThrowsAsync<SourceReadException>(() => ReadAsync("/huge"));

        Assert.Contains("too large", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RedirectLoop_StopsAtTheLimit()
    {
        _server.Map("/loop", context =>
        {
            context.Response.Redirect("/loop");
            return Task.CompletedTask;
        });

        var ex = await Assert.ThrowsAsync<SourceReadException>(() => ReadAsync("/loop"));

        Assert.Contains("redirects", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task ReadAsync_Redirect_IsFollowed()
    {
        _server.Map("/old", context =>
        {
            context.Response.Redirect("/new", permanent: true);
            return Task.CompletedTask;
        });
        _server.MapText("/new", SourceFixtures.Rss2);

        var result = await ReadAsync("/old");

        Assert.Equal(2, result.Items.Count);
    }

    [Fact]
    public async Task ReadAsync_TooManyRequests_CarriesRetryAfterSeconds()
    {
        _server.Map("/busy", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });

        var ex = await Assert.ThrowsAsync<SourceReadException>(() => ReadAsync("/busy"));

        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Contains("HTTP 429", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ServiceUnavailable_CarriesRetryAfterDate()
    {
        _server.Map("/down", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddHours(1).ToString("R");
            return Task.CompletedTask;
        });

        var ex = await Assert.ThrowsAsync<SourceReadException>(() => ReadAsync("/down"));

        Assert.InRange(ex.RetryAfter!.Value, TimeSpan.FromMinutes(58), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task ReadAsync_NotFound_IsAReadError()
    {
        var ex = await Assert.ThrowsAsync<SourceReadException>(() => ReadAsync("/missing"));
        Assert.Contains("HTTP 404", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.RetryAfter);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_SlowServer_TimesOut(bool headersFirst)
    {
        _server.Map("/slow", async context =>
        {
            if (headersFirst)
            {
                await context.Response.WriteAsync("<rss version=\"2.0\">");
                await context.Response.Body.FlushAsync();
            }

            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        });

        using var impatient = SourceReaderHost.Create(new() { ["SourceHttp:RequestTimeout"] = "00:00:01" });

        var ex = await Assert.ThrowsAsync<SourceReadException>(() => impatient.Reader(SourceKind.Feed).ReadAsync(
            SourceReaderHost.Source(_server.Url("/slow")), SourceReaderHost.State, CancellationToken.None));

        Assert.Contains("did not answer within 1 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Windows1251WithWrongUtf8Header_DecodesCorrectly()
    {
        _server.MapBytes("/cp1251", SourceFixtures.Encode(SourceFixtures.CyrillicRss("windows-1251"), "windows-1251"), "application/rss+xml; charset=utf-8");

        var result = await ReadAsync("/cp1251");

        Assert.Equal(SourceFixtures.CyrillicTitle, result.Items[0].Title);
    }

    [Fact]
    public async Task ReadAsync_Koi8rWithoutAnyDeclaration_IsDetected()
    {
        _server.MapBytes("/koi8", SourceFixtures.Encode(SourceFixtures.CyrillicRss(null), "koi8-r"), "text/xml");

        var result = await ReadAsync("/koi8");

        Assert.Equal(SourceFixtures.CyrillicTitle, result.Items[0].Title);
    }

    [Fact]
    public async Task ReadAsync_CharsetOverride_BeatsAWrongDeclaration()
    {
        _server.MapBytes("/lying", SourceFixtures.Encode(SourceFixtures.CyrillicRss("iso-8859-1"), "windows-1251"), "text/xml; charset=iso-8859-1");

        var result = await ReadAsync("/lying", charset: "windows-1251");

        Assert.Equal(SourceFixtures.CyrillicTitle, result.Items[0].Title);
    }

    [Fact]
    public async Task ReadAsync_MalformedXml_NamesTheUrlAndTheProblem()
    {
        _server.MapText("/bad", SourceFixtures.Malformed);

        var ex = await Assert.ThrowsAsync<FormatException>(() => ReadAsync("/bad"));

        Assert.Contains(_server.Url("/bad").AbsoluteUri, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not well-formed XML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LoopbackWithoutPrivateNetworkAllowed_IsRefused()
    {
        _server.MapText("/feed", SourceFixtures.Rss2);
        using var services = SourceReaderHost.Create(new() { ["SsrfGuard:AllowHttp"] = "true" });

        var ex = await Assert.ThrowsAsync<SourceReadException>(() => services.Reader(SourceKind.Feed).ReadAsync(
            SourceReaderHost.Source(_server.Url("/feed"), allowPrivateNetwork: false), SourceReaderHost.State, CancellationToken.None));

        Assert.Contains("loopback addresses are not allowed", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
