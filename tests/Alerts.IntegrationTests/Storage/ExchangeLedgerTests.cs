using Alerts.Azure.Storage;
using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Core.Items;
using Alerts.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.IntegrationTests.Storage;

/// <summary>The ledger on real Table Storage: racing instances and replays raise each alert once.</summary>
public sealed class ExchangeLedgerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => azurite.CreateTablesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RecordAsync_ReportsOfOneExchangeRacing_OneEventOneNewExchangeAlert()
    {
        var ledger = new ExchangeLedger(new TableExchangeStore(azurite.Tables), new TableAlertStore(azurite.Tables), _time);
        var reports = Enumerable.Range(0, 6).Select(i => Report($"race-{i}", i % 2 == 0 ? Party.RU : Party.UA, 185, 185)).ToList();

        var alerts = await Task.WhenAll(reports.Select(r => ledger.RecordAsync(r.Item, r.Detection, default)));

        var events = await new TableExchangeStore(azurite.Tables).ListAsync(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 20), default);
        Assert.Equal(6, Assert.Single(events).Reports.Count);
        Assert.Single(alerts.SelectMany(a => a).Where(a => a.Type == AlertType.ExchangeReported).DistinctBy(a => a.Id));
    }

    [Fact]
    public async Task RecordAsync_RevisedCountFromOwnSide_RaisesOneCountChange()
    {
        var store = new TableExchangeStore(azurite.Tables);
        var ledger = new ExchangeLedger(store, new TableAlertStore(azurite.Tables), _time);
        var first = Report("rev-1", Party.UA, 150, 150, day: 5);
        var revised = Report("rev-2", Party.UA, 150, 189, day: 5);

        await ledger.RecordAsync(first.Item, first.Detection, default);
        var alerts = await ledger.RecordAsync(revised.Item, revised.Detection, default);
        var replay = await ledger.RecordAsync(revised.Item, revised.Detection, default);

        var change = Assert.Single(Assert.Single(alerts).Changes);
        Assert.Equal(("returned_to.UA", 150, 189), (change.Field, change.Old, change.New));
        Assert.Empty(replay);
    }

    private static (SourceItem Item, Detection Detection) Report(string id, Party side, int ru, int ua, int day = 20)
    {
        var item = new SourceItem { Id = id, SourceId = "wire", Published = new DateTimeOffset(2026, 10, day, 12, 0, 0, TimeSpan.Zero), Title = id };
        var detection = new Detection
        {
            IsExchange = true,
            Side = side,
            Language = side == Party.RU ? "ru" : "uk",
            Exchange = new ExchangeFacts { Date = new DateOnly(2026, 10, day), ReturnedTo = new PartyCounts(ru, ua), Mediators = ["AE"] },
        };
        return (item, detection);
    }
}
