using System.Net;
using Alerts.Core.Net;
using Alerts.Core.Sources.Demo;
using Alerts.Core.Sources.Feeds;
using Alerts.Core.Sources.Health;
using Alerts.Core.Sources.Html;
using Alerts.Core.Sources.Http;
using Alerts.Core.Sources.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Sources;

/// <summary>Registers the source readers and the guarded "sources" HTTP clients.</summary>
public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// Readers for every kind, <see cref="SourceFetcher"/>, options (<see cref="SourceHttpOptions"/>,
    /// <see cref="SsrfGuardOptions"/>) and two named clients behind the SSRF guard: "sources" and,
    /// for sources that allow private networks, "sources-private-network".
    /// </summary>
    public static IServiceCollection AddSourceReaders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SourceHttpOptions>().Bind(configuration.GetSection(SourceHttpOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SsrfGuardOptions>().Bind(configuration.GetSection(SsrfGuardOptions.Section));
        services.AddOptions<SourceRegistryOptions>().Bind(configuration.GetSection(SourceRegistryOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SourceFetcher>();
        services.TryAddSingleton<IOperatorAlerts, LoggingOperatorAlerts>();
        services.TryAddSingleton<SourcePreview>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, FeedSourceReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, TelegramSourceReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, HtmlSourceReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, DemoSourceReader>());
        AddClient(services, SourceFetcher.HttpClientName, sp => sp.GetRequiredService<IOptions<SsrfGuardOptions>>().Value);
        AddClient(services, SourceFetcher.PrivateNetworkHttpClientName, _ => new SsrfGuardOptions { AllowPrivateNetwork = true });
        return services;
    }

    private static void AddClient(IServiceCollection services, string name, Func<IServiceProvider, SsrfGuardOptions> guardOptions) =>
        services.AddHttpClient(name, (sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<SourceHttpOptions>>().Value;
                client.Timeout = Timeout.InfiniteTimeSpan; // SourceFetcher limits the whole request, body included
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
                client.DefaultRequestHeaders.TryAddWithoutValidation(
                    "Accept",
                    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.9, text/html;q=0.8, */*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => CreateHandler(
                sp.GetRequiredService<IOptions<SourceHttpOptions>>().Value, guardOptions(sp)));

    /// <summary>The guarded handler with the source limits; public for tests and benchmarks.</summary>
    public static SocketsHttpHandler CreateHandler(SourceHttpOptions options, SsrfGuardOptions guardOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SsrfGuard(guardOptions).CreateHandler();
        handler.AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli;
        handler.AllowAutoRedirect = options.MaxRedirects > 0;
        handler.MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects);
        handler.MaxConnectionsPerServer = options.MaxConcurrencyPerHost;
        handler.ConnectTimeout = TimeSpan.FromSeconds(10);
        handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
        handler.MaxResponseHeadersLength = 64;
        return handler;
    }
}
