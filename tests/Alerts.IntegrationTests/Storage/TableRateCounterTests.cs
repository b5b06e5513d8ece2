using Alerts.Azure.Storage;
using Alerts.Core.Subscriptions;
using Alerts.IntegrationTests.Infrastructure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.IntegrationTests.Storage;

/// <summary>The rate counters' housekeeping against Azurite: expired windows go, current ones stay.</summary>
public sealed class TableRateCounterTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 5, 10, 12, 20, 0, TimeSpan.Zero);

    private TableClient Table => azurite.Tables.GetTableClient(TableNames.RateLimits);

    public async Task InitializeAsync()
    {
        await Table.DeleteAsync();
        await azurite.CreateTablesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PurgeExpiredAsync_OldAndCurrentWindows_DeletesOnlyTheExpired()
    {
        var counter = new TableRateCounter(azurite.Tables);
        var limiter = new SubscriptionRateLimiter(counter, Options.Create(new RateLimitOptions()), new FakeTimeProvider(Now));
        await CountAsync(counter, Now.AddDays(-5), 230); // more than one transaction's worth in one partition
        await CountAsync(counter, Now.AddDays(-4), 3);
        await CountAsync(counter, Now.AddDays(-3), 1);              // 12:00 three days ago: started before the cutoff (12:20)
        await CountAsync(counter, Now.AddDays(-3).AddHours(1), 2);  // 13:00 three days ago: kept
        Assert.Null(await limiter.CheckAsync("203.0.113.7", "a@example.org", default)); // this hour and today

        var deleted = await limiter.PurgeExpiredAsync(default);

        Assert.Equal(234, deleted);
        Assert.Equal(["2026050713", "2026050713", "2026051000", "2026051012"], await PartitionsAsync());
    }

    [Fact]
    public async Task PurgeBeforeAsync_CutoffInsideAnHour_DeletesThatHoursWindowAndKeepsTheNext()
    {
        var counter = new TableRateCounter(azurite.Tables);
        foreach (var hour in new[] { 9, 10, 11 })
        {
            await counter.IncrementAsync("k", new DateTimeOffset(2026, 5, 10, hour, 0, 0, TimeSpan.Zero), default);
        }

        Assert.Equal(0, await counter.PurgeBeforeAsync(new DateTimeOffset(2026, 5, 10, 9, 0, 0, TimeSpan.Zero), default));
        Assert.Equal(2, await counter.PurgeBeforeAsync(new DateTimeOffset(2026, 5, 10, 13, 30, 0, TimeSpan.FromHours(3)), default));
        Assert.Equal(["2026051011"], await PartitionsAsync());
    }

    [Fact]
    public async Task PurgeBeforeAsync_TwoAtOnce_DeleteEachRowOnceWithoutFailing()
    {
        var counter = new TableRateCounter(azurite.Tables);
        await CountAsync(counter, Now.AddDays(-10), 250);
        await CountAsync(counter, Now.AddDays(-9), 120);

        var deleted = await Task.WhenAll(
            counter.PurgeBeforeAsync(Now, default),
            new TableRateCounter(azurite.Tables).PurgeBeforeAsync(Now, default));

        Assert.Equal(370, deleted.Sum());
        Assert.Empty(await PartitionsAsync());
    }

    [Fact]
    public async Task PurgeBeforeAsync_RowDeletedBeforeItsTransaction_DeletesTheRestAndDoesNotCountIt()
    {
        await CountAsync(new TableRateCounter(azurite.Tables), Now.AddDays(-10), 5);
        var options = new TableClientOptions();
        options.AddPolicy(new BeforeFirstTransaction(async () =>
        {
            var first = await Table.QueryAsync<TableEntity>(maxPerPage: 1).FirstAsync();
            await Table.DeleteEntityAsync(first.PartitionKey, first.RowKey);
        }), HttpPipelinePosition.PerCall);
        var counter = new TableRateCounter(new TableServiceClient(azurite.ConnectionString, options));

        Assert.Equal(4, await counter.PurgeBeforeAsync(Now, default));
        Assert.Empty(await PartitionsAsync());
    }

    private static Task CountAsync(TableRateCounter counter, DateTimeOffset window, int keys) =>
        Task.WhenAll(Enumerable.Range(0, keys).Select(i => counter.IncrementAsync($"ip:198.51.100.{i}", window, default)));

    private async Task<List<string>> PartitionsAsync()
    {
        var partitions = new List<string>();
        await foreach (var entity in Table.QueryAsync<TableEntity>())
        {
            partitions.Add(entity.PartitionKey);
        }

        return [.. partitions.Order(StringComparer.Ordinal)];
    }

    /// <summary>Runs an action (another instance's delete) just before the first table transaction is sent.</summary>
    private sealed class BeforeFirstTransaction(Func<Task> action) : HttpPipelinePolicy
    {
        private int _fired;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("the rate counter is asynchronous");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && Interlocked.Exchange(ref _fired, 1) == 0)
            {
                await action();
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
