using Alerts.Core.Sources;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Benchmarks.Sources;

/// <summary>
/// Cold without storage: the same 1,000 × 20 loopback feeds, every answer a full feed, every item
/// new, stores in memory. Shows what fetching, decoding, parsing and text extraction cost on their
/// own, next to <see cref="SourcePollingColdBenchmarks"/> (the same through Tables and Queues).
/// </summary>
[Config(typeof(SteadyStateConfig))]
[MemoryDiagnoser]
public class SourceReadingColdBenchmarks
{
    private const int Feeds = 1000;
    private const int ItemsPerFeed = 20;
    private const int Concurrency = 64;

    private FeedFarm _farm = null!;
    private ServiceProvider _services = null!;
    private string[] _ids = [];

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _farm = await FeedFarm.StartAsync(Feeds, ItemsPerFeed, 16, TimeSpan.FromMilliseconds(100));
        _ids = [.. Enumerable.Range(0, Feeds).Select(n => $"feed{n}")];
    }

    /// <summary>Fresh stores: no ETags, no seen items.</summary>
    [IterationSetup]
    public void FreshStores()
    {
        _services?.Dispose();
        var sources = new InMemorySourceStore();
        for (var n = 0; n < Feeds; n++)
        {
            sources.UpsertAsync(new Source { Id = _ids[n], Kind = SourceKind.Feed, Url = _farm.Url(n).AbsoluteUri }, CancellationToken.None).GetAwaiter().GetResult();
        }

        _services = SourcePollingHost.Build(sources, new InMemoryItemStore(), Concurrency, Concurrency / 16);
    }

    [Benchmark]
    public async Task<int> PollCycleEveryItemNewInMemory()
    {
        var changed = await _services.GetRequiredService<SourcePoller>().PollManyAsync(_ids, CancellationToken.None);
        return changed.Count == Feeds * ItemsPerFeed ? changed.Count : throw new InvalidOperationException($"{changed.Count} new items, expected {Feeds * ItemsPerFeed}");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        Console.WriteLine($"// cold in memory: {_farm.FullAnswers} full answers, {_farm.BodyBytes / (1024 * 1024)} MB of feeds; peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        await _services.DisposeAsync();
        await _farm.DisposeAsync();
    }
}
