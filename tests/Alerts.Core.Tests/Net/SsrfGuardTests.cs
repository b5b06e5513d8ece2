using System.Net;
using Alerts.Core.Net;
using Alerts.Core.Tests.Sources;

namespace Alerts.Core.Tests.Net;

/// <summary>
/// Only loopback targets are ever requested here: hostile non-loopback URLs are checked by
/// <see cref="SsrfGuard.CheckUrl"/>, which never connects, so a defect cannot reach another host.
/// </summary>
public sealed class SsrfGuardTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.MapText("/ok", "fine", "text/plain");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static HttpClient Client(SsrfGuardOptions options, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        var guard = resolve is null ? new SsrfGuard(options) : new SsrfGuard(options, resolve);
        return new HttpClient(guard.CreateHandler());
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/ok", "loopback")]
    [InlineData("http://[::1]:{0}/ok", "loopback")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/ok", "loopback")]
    [InlineData("http://localhost:{0}/ok", "loopback")]
    public async Task Send_LoopbackTargets_AreRefusedBeforeConnecting(string template, string kind)
    {
        using var client = Client(new SsrfGuardOptions { AllowHttp = true });
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, _server.BaseUrl.Port);

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(url)));

        var refused = Assert.IsType<OutboundRequestRefusedException>(ex.InnerException);
        Assert.Contains(kind, refused.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Send_NameThatResolvesToLoopback_IsRefused()
    {
        using var client = Client(new SsrfGuardOptions { AllowHttp = true }, (_, _) => Task.FromResult(new[] { IPAddress.Loopback }));

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri($"http://rebound.example:{_server.BaseUrl.Port}/ok")));

        Assert.Contains("rebound.example (127.0.0.1): loopback", ex.InnerException!.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Send_PlainHttpWhenHttpsOnly_IsRefused()
    {
        using var client = Client(new SsrfGuardOptions(), (_, _) => Task.FromResult(new[] { IPAddress.Loopback }));

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri($"http://plain.example:{_server.BaseUrl.Port}/ok")));

        Assert.Contains("plain HTTP is not allowed", ex.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_PrivateNetworkAllowed_Connects()
    {
        using var client = Client(new SsrfGuardOptions { AllowPrivateNetwork = true }, (_, _) => Task.FromResult(new[] { IPAddress.Loopback }));

        var body = await client.GetStringAsync(new Uri($"http://dev.example:{_server.BaseUrl.Port}/ok"));

        Assert.Equal("fine", body);
    }

    [Theory]
    [InlineData("https://10.0.0.5/feed", "private")]
    [InlineData("https://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("https://100.64.1.1/", "carrier-grade NAT")]
    [InlineData("https://192.168.0.1/", "private")]
    [InlineData("https://[fd00::1]/", "unique-local")]
    [InlineData("https://[::ffff:10.0.0.1]/", "private")]
    [InlineData("https://[::1]/", "loopback")]
    public void CheckUrl_HostileLiteralAddress_IsRefusedWithTheReason(string url, string kind)
    {
        var ex = Assert.Throws<OutboundRequestRefusedException>(() => new SsrfGuard(new SsrfGuardOptions()).CheckUrl(new Uri(url)));
        Assert.Contains(kind, ex.Message, StringComparison.Ordinal);
        Assert.Contains("AllowPrivateNetwork", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://files.example/x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://news.example/")]
    public void CheckUrl_SchemeNotAllowed_IsRefused(string url) =>
        Assert.Throws<OutboundRequestRefusedException>(() => new SsrfGuard(new SsrfGuardOptions()).CheckUrl(new Uri(url)));

    [Fact]
    public void CheckUrl_PublicHttpsName_Passes() =>
        new SsrfGuard(new SsrfGuardOptions()).CheckUrl(new Uri("https://news.example/feed"));
}
