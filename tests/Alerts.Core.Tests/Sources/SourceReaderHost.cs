using Alerts.Core.Sources;
using Alerts.Core.Sources.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Core.Tests.Sources;

/// <summary>The readers as the hosts register them (AddSourceReaders), with test settings.</summary>
internal static class SourceReaderHost
{
    public static ServiceProvider Create(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddSourceReaders(configuration);
        return services.BuildServiceProvider();
    }

    public static ISourceReader Reader(this ServiceProvider services, SourceKind kind) =>
        services.GetServices<ISourceReader>().Single(r => r.Kind == kind);

    public static SourceFetcher Fetcher(this ServiceProvider services) => services.GetRequiredService<SourceFetcher>();

    /// <summary>A source on the loopback server; loopback needs private networks allowed.</summary>
    public static Source Source(Uri url, SourceKind kind = SourceKind.Feed, bool allowPrivateNetwork = true) => new()
    {
        Id = "test",
        Kind = kind,
        Url = url.AbsoluteUri,
        AllowPrivateNetwork = allowPrivateNetwork,
    };

    public static SourceState State => new() { SourceId = "test" };
}
