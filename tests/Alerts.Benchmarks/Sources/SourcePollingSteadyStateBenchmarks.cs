using System.Diagnostics;
using Alerts.Core.Items;
using Alerts.Core.Sources;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Benchmarks.Sources;

/// <summary>
/// Steady state: 1,000 feeds (20 items each) on loopback answering after 100 ms, nothing changed,
/// so every answer must be a 304. One benchmark invocation is one full poll cycle through
/// <see cref="SourcePoller.PollManyAsync"/> with the production HTTP stack (SSRF guard, limits).
/// Goal: within 1.2 × (1,000 × 100 ms ÷ concurrency), no feed bodies transferred, peak memory &lt; 300 MB.
/// The feeds sit on 16 loopback ports ("hosts") with 4 connections per host, as 1,000 real feeds
/// would be spread over many hosts.
/// </summary>
[Config(typeof(SteadyStateConfig))]
public class SourcePollingSteadyStateBenchmarks
{
    private const int Feeds = 1000;
    private const int ItemsPerFeed = 20;
    private const int Hosts = 16;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    private FeedFarm _farm = null!;
    private ServiceProvider _services = null!;
    private SourcePoller _poller = null!;
    private string[] _ids = [];
    private long _bodiesAfterWarmUp;

    [Params(64)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _farm = await FeedFarm.StartAsync(Feeds, ItemsPerFeed, Hosts, Latency);
        _services = SourcePollingHost.Build(
            new InMemorySourceStore(), new InMemoryItemStore(), Concurrency, Math.Max(1, Concurrency / Hosts));
        var sources = _services.GetRequiredService<ISourceStore>();
        _ids = [.. Enumerable.Range(0, Feeds).Select(n => $"feed{n}")];
        for (var n = 0; n < Feeds; n++)
        {
            await sources.UpsertAsync(new Source { Id = _ids[n], Kind = SourceKind.Feed, Url = _farm.Url(n).AbsoluteUri }, CancellationToken.None);
        }

        _poller = _services.GetRequiredService<SourcePoller>();
        var first = await _poller.PollManyAsync(_ids, CancellationToken.None);
        if (first.Count != Feeds * ItemsPerFeed)
        {
            throw new InvalidOperationException($"warm-up poll found {first.Count} items, expected {Feeds * ItemsPerFeed}");
        }

        _bodiesAfterWarmUp = _farm.BodyBytes;
    }

    [Benchmark]
    public async Task<int> PollCycleAllNotModified() => (await _poller.PollManyAsync(_ids, CancellationToken.None)).Count;

    [IterationCleanup]
    public void CheckNoBodies()
    {
        if (_farm.BodyBytes != _bodiesAfterWarmUp)
        {
            throw new InvalidOperationException($"{_farm.BodyBytes - _bodiesAfterWarmUp} body bytes were transferred in steady state");
        }
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        var limit = Feeds * Latency.TotalSeconds / Concurrency;
        Console.WriteLine($"// steady state: {_farm.NotModified} answers 304, {_farm.FullAnswers - Feeds} full answers and {_farm.BodyBytes - _bodiesAfterWarmUp} body bytes after warm-up;"
            + $" latency-bound limit {limit:0.000} s, goal {1.2 * limit:0.000} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        await _services.DisposeAsync();
        await _farm.DisposeAsync();
    }
}

/// <summary>The poller with the production source readers and HTTP stack, over given stores.</summary>
internal static class SourcePollingHost
{
    public static ServiceProvider Build(ISourceStore sources, IItemStore items, int concurrency, int perHost)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(concurrency, perHost)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<PollingOptions>().Bind(configuration.GetSection(PollingOptions.Section));
        services.AddSourceReaders(configuration);
        services.AddSingleton(sources);
        services.AddSingleton(items);
        services.AddSingleton<SourcePoller>();
        return services.BuildServiceProvider();
    }

    public static Dictionary<string, string?> Settings(int concurrency, int perHost) => new()
    {
        ["SsrfGuard:AllowPrivateNetwork"] = "true",
        ["SourceHttp:MaxConcurrencyPerHost"] = perHost.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Polling:MaxConcurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
