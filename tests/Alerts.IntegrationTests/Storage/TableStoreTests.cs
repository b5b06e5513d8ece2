using Alerts.Azure.Storage;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Core.Items;
using Alerts.IntegrationTests.Infrastructure;

namespace Alerts.IntegrationTests.Storage;

/// <summary>The Table Storage adapters against Azurite: conditional inserts, ETags, large documents.</summary>
public sealed class TableStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => azurite.CreateTablesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RecordAsync_SameItemTwiceThenEdited_ReportsNewUnchangedEdited()
    {
        var store = new TableItemStore(azurite.Tables);
        var item = new SourceItem { Id = "https://x.example/a?b#c", SourceId = "s/1", Published = DateTimeOffset.UnixEpoch, Title = "t", Text = "one" };

        Assert.Equal(ItemChange.New, await store.RecordAsync(item, default));
        Assert.Equal(ItemChange.Unchanged, await store.RecordAsync(item, default));
        Assert.Equal(ItemChange.Edited, await store.RecordAsync(item with { Text = "two" }, default));
        Assert.Equal("two", (await store.GetAsync("s/1", item.Id, default))!.Text);
    }

    [Fact]
    public async Task TryUpdateAsync_StaleVersion_ReturnsFalse()
    {
        var store = new TableExchangeStore(azurite.Tables);
        await store.TryAddAsync(new ExchangeEvent { Id = "ex-stale", Date = new DateOnly(2026, 1, 2) }, default);
        var first = (await store.GetAsync("ex-stale", default))!;
        var second = (await store.GetAsync("ex-stale", default))!;

        Assert.True(await store.TryUpdateAsync(first with { Discrepancy = true }, default));
        Assert.False(await store.TryUpdateAsync(second with { Discrepancy = false }, default));
        Assert.False(await store.TryAddAsync(new ExchangeEvent { Id = "ex-stale" }, default));
        Assert.True((await store.GetAsync("ex-stale", default))!.Discrepancy);
    }

    [Fact]
    public async Task TryAddAsync_EventLargerThanOneProperty_RoundTrips()
    {
        var store = new TableExchangeStore(azurite.Tables);
        var reports = Enumerable.Range(0, 400).Select(i => new ExchangeReport
        {
            SourceId = "wire",
            ItemId = $"item-{i}",
            Url = $"https://wire.example/{i}",
            Title = new string('щ', 120),
            Facts = new ExchangeFacts { ReturnedTo = new PartyCounts(i, i) },
        }).ToList();

        Assert.True(await store.TryAddAsync(new ExchangeEvent { Id = "ex-big", Date = new DateOnly(2026, 2, 3), Reports = reports }, default));

        var stored = await store.GetAsync("ex-big", default);
        Assert.Equal(400, stored!.Reports.Count);
        Assert.Equal(399, stored.Reports[^1].Facts.ReturnedTo.UA);
    }

    [Fact]
    public async Task AddOrGetAsync_SameAlertIdTwice_KeepsTheFirst()
    {
        var store = new TableAlertStore(azurite.Tables);
        var created = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var alert = new Alert { Id = "xr-same", Type = AlertType.ExchangeReported, CreatedAt = created, Exchange = new ExchangeEvent { Id = "ex-1" } };

        await store.AddOrGetAsync(alert, default);
        var second = await store.AddOrGetAsync(alert with { CreatedAt = created.AddHours(1) }, default);

        Assert.Equal(created, second.CreatedAt);
        Assert.Single(await store.ListAsync(created.AddDays(-1), created.AddDays(1), default));
    }

    [Fact]
    public async Task TryAddAsync_DeliveryRecordTwice_SecondIsRefused()
    {
        var store = new TableDeliveryStore(azurite.Tables);
        var record = new DeliveryRecord { Id = "a-sub-1-xr-1", SubscriberId = "sub-1", State = DeliveryState.Sending };

        Assert.True(await store.TryAddAsync(record, default));
        Assert.False(await store.TryAddAsync(record, default));
    }
}
