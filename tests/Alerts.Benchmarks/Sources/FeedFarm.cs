using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Benchmarks.Sources;

/// <summary>
/// Many RSS feeds on loopback (spread over several ports, i.e. several "hosts"), each answering
/// after a fixed latency: 304 when the request carries the feed's ETag, else the full feed.
/// Counts full answers and body bytes, so a benchmark can prove no bodies were transferred.
/// </summary>
internal sealed class FeedFarm : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly byte[][] _bodies;
    private long _fullAnswers;
    private long _notModified;
    private long _bodyBytes;

    private FeedFarm(WebApplication app, byte[][] bodies, IReadOnlyList<Uri> hosts)
    {
        _app = app;
        _bodies = bodies;
        Hosts = hosts;
    }

    public IReadOnlyList<Uri> Hosts { get; }

    public long FullAnswers => Interlocked.Read(ref _fullAnswers);

    public long NotModified => Interlocked.Read(ref _notModified);

    public long BodyBytes => Interlocked.Read(ref _bodyBytes);

    public static async Task<FeedFarm> StartAsync(int feeds, int itemsPerFeed, int ports, TimeSpan latency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k =>
        {
            for (var i = 0; i < ports; i++)
            {
                k.Listen(IPAddress.Loopback, 0);
            }
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bodies = Enumerable.Range(0, feeds).Select(n => Encoding.UTF8.GetBytes(Feed(n, itemsPerFeed))).ToArray();
        FeedFarm? farm = null;
        app.Run(context => farm!.ServeAsync(context, latency));
        await app.StartAsync();
        var hosts = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        farm = new FeedFarm(app, bodies, hosts);
        return farm;
    }

    /// <summary>The URL of feed n, on host n mod ports.</summary>
    public Uri Url(int n) => new(Hosts[n % Hosts.Count], $"/feed/{n}");

    private async Task ServeAsync(HttpContext context, TimeSpan latency)
    {
        await Task.Delay(latency, context.RequestAborted);
        var n = int.Parse(context.Request.Path.Value!.AsSpan("/feed/".Length), CultureInfo.InvariantCulture);
        var etag = $"\"f{n}\"";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            Interlocked.Increment(ref _notModified);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        Interlocked.Increment(ref _fullAnswers);
        Interlocked.Add(ref _bodyBytes, _bodies[n].Length);
        context.Response.Headers.ETag = etag;
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.Body.WriteAsync(_bodies[n], context.RequestAborted);
    }

    private static string Feed(int n, int items)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed {n}</title><language>en</language>");
        for (var i = 0; i < items; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><title>Report {i} of feed {n}: talks on the exchange of prisoners continue</title>
                <link>https://feed{n}.example/news/{i}?utm_source=rss</link><guid>feed{n}-item{i}</guid>
                <pubDate>Fri, 20 Nov 2026 {i % 24:00}:00:00 +0000</pubDate>
                <description>&lt;p&gt;Officials said on Friday that negotiations over a further exchange were continuing.&lt;/p&gt;&lt;p&gt;No numbers were given &amp;amp; no date was set.&lt;/p&gt;</description></item>
                """);
        }

        return xml.Append("</channel></rss>").ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
