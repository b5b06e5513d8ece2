using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Core.Tests.Sources;

/// <summary>Kestrel on 127.0.0.1 with a free port; routes can be added at any time; requests are recorded.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    private LoopbackServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Every request seen: path with query, and its headers.</summary>
    public ConcurrentQueue<(string PathAndQuery, Dictionary<string, string> Headers)> Requests { get; } = new();

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(context => server!.DispatchAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackServer(app, new Uri(address));
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    public void MapText(string path, string body, string contentType = "application/rss+xml; charset=utf-8") =>
        MapBytes(path, Encoding.UTF8.GetBytes(body), contentType);

    public void MapBytes(string path, byte[] body, string? contentType) => Map(path, async context =>
    {
        if (contentType is not null)
        {
            context.Response.Headers.ContentType = contentType;
        }

        await context.Response.Body.WriteAsync(body);
    });

    private Task DispatchAsync(HttpContext context)
    {
        Requests.Enqueue((
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        if (_routes.TryGetValue(context.Request.Path + context.Request.QueryString, out var exact)
            || _routes.TryGetValue(context.Request.Path, out exact))
        {
            return exact(context);
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
