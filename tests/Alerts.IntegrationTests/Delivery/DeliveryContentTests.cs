using Alerts.Azure.Storage;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.IntegrationTests.Infrastructure;

namespace Alerts.IntegrationTests.Delivery;

/// <summary>A message shows each exchange as it stands when composed, not as the first report left it.</summary>
public sealed class DeliveryContentTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => azurite.CreateTablesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task LoadAsync_ExchangeCompletedAfterTheAlert_ShowsTheCurrentNumbers()
    {
        var exchanges = new TableExchangeStore(azurite.Tables);
        var alerts = new TableAlertStore(azurite.Tables);
        var first = new ExchangeEvent { Id = "ex-20261122", Date = new DateOnly(2026, 11, 22), ReturnedTo = new PartyCounts(null, 185) };
        await exchanges.TryAddAsync(first, default);
        await alerts.AddOrGetAsync(new Alert { Id = "xr-1", Type = AlertType.ExchangeReported, CreatedAt = DateTimeOffset.UnixEpoch, Exchange = first }, default);
        var stored = (await exchanges.GetAsync(first.Id, default))!;
        await exchanges.TryUpdateAsync(stored with { ReturnedTo = new PartyCounts(185, 185), Mediators = ["AE"] }, default);

        var loaded = Assert.Single(await new DeliveryContent(alerts, exchanges).LoadAsync(["xr-1", "missing"], default));

        Assert.Equal(new PartyCounts(185, 185), loaded.Exchange!.ReturnedTo);
        Assert.Equal(["AE"], loaded.Exchange.Mediators);
    }
}
