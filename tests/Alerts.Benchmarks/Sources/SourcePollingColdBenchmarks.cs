using System.Diagnostics;
using Alerts.Azure;
using Alerts.Azure.Storage;
using Alerts.Cli.Local;
using Alerts.Core.Sources;
using Alerts.Functions.Pipeline;
using Azure.Storage.Queues;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Benchmarks.Sources;

/// <summary>
/// Cold: 1,000 feeds × 20 items on loopback (100 ms latency), every item new. One invocation polls
/// all 1,000 sources through the PollSource function class (64 at a time), stores the items in the
/// Items table and sends each queue message to the items queue, on Azurite started for the run.
/// Items per second = 20,000 ÷ the time of one invocation.
/// </summary>
[Config(typeof(ColdConfig))]
public class SourcePollingColdBenchmarks
{
    private const int Feeds = 1000;
    private const int ItemsPerFeed = 20;
    private const int Concurrency = 64;

    private FeedFarm _farm = null!;
    private AzuriteProcess _azurite = null!;
    private ServiceProvider _services = null!;
    private PollSource _function = null!;
    private QueueClient _queue = null!;
    private string[] _ids = [];
    private int _round;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _farm = await FeedFarm.StartAsync(Feeds, ItemsPerFeed, 16, TimeSpan.FromMilliseconds(100));
        _azurite = await AzuriteProcess.StartAsync(Console.Error, CancellationToken.None);
        var settings = SourcePollingHost.Settings(Concurrency, Concurrency / 16);
        settings[StorageClients.SettingName] = _azurite.ConnectionString;
        settings["Sources:LoadDefaults"] = "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAlerts(configuration);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        _function = new PollSource(_services.GetRequiredService<SourcePoller>());
        _queue = _services.GetRequiredService<QueueServiceClient>().GetQueueClient(QueueNames.Items);
    }

    /// <summary>New source ids every round, so every item is new again.</summary>
    [IterationSetup]
    public void AddSources()
    {
        _round++;
        var sources = _services.GetRequiredService<ISourceStore>();
        _ids = [.. Enumerable.Range(0, Feeds).Select(n => $"cold{_round}-feed{n}")];
        Parallel.For(0, Feeds, new ParallelOptions { MaxDegreeOfParallelism = 16 }, n =>
            sources.UpsertAsync(new Source { Id = _ids[n], Kind = SourceKind.Feed, Url = _farm.Url(n).AbsoluteUri }, CancellationToken.None).GetAwaiter().GetResult());
    }

    [Benchmark]
    public async Task<int> PollCycleEveryItemNew()
    {
        var queued = 0;
        await Parallel.ForEachAsync(_ids, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (id, ct) =>
        {
            foreach (var message in await _function.Run(id, ct))
            {
                await _queue.SendMessageAsync(message, ct);
                Interlocked.Increment(ref queued);
            }
        });
        return queued == Feeds * ItemsPerFeed ? queued : throw new InvalidOperationException($"{queued} messages queued, expected {Feeds * ItemsPerFeed}");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        var properties = await _queue.GetPropertiesAsync();
        Console.WriteLine($"// cold: {properties.Value.ApproximateMessagesCount} messages in the items queue after {_round} rounds;"
            + $" peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        await _services.DisposeAsync();
        await _azurite.DisposeAsync();
        await _farm.DisposeAsync();
    }
}
