using Alerts.Azure.Storage;
using Alerts.Core.Exchanges;
using Alerts.Core.Items;
using Alerts.IntegrationTests.Infrastructure;
using Azure.Storage.Queues;
using System.Text.Json;

namespace Alerts.IntegrationTests.Run;

/// <summary>Queue-trigger semantics of the local runner, against Azurite.</summary>
public sealed class QueueTriggerListenerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Listen_PoisonMessage_EndsInPoisonQueueWithoutBlockingOthers()
    {
        await using var host = await PipelineHost.StartAsync(azurite, maxDequeueCount: 2);
        var item = new SourceItem
        {
            Id = "good-1",
            SourceId = "wire",
            Published = new DateTimeOffset(2026, 11, 21, 18, 0, 0, TimeSpan.Zero),
            Language = "en",
            Title = "Prisoner exchange: 90 for 90",
            Text = "Russia and Ukraine exchanged prisoners of war today, 90 servicemen returned to each side.",
        };
        await host.Get<IItemStore>().RecordAsync(item, default);

        await host.SendAsync(QueueNames.Items, "this is not an item reference");
        await host.SendAsync(QueueNames.Items, JsonSerializer.Serialize(new ItemRef("wire", "good-1"), JsonSerializerOptions.Web));

        var poison = host.Get<QueueServiceClient>().GetQueueClient(QueueNames.Items + "-poison");
        var poisoned = await Eventually.WaitAsync(
            async () => (await poison.PeekMessagesAsync(10)).Value,
            messages => messages.Length > 0,
            "the bad message in the poison queue",
            detail: () => host.Journal.ToString());
        Assert.Equal("this is not an item reference", Assert.Single(poisoned).Body.ToString());
        await host.WaitForQuietAsync();
        var exchanges = await host.Get<IExchangeStore>().ListAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), default);
        Assert.Equal(90, Assert.Single(exchanges).ReturnedTo.UA);
        Assert.Equal(2, host.Journal.ToString().Split('\n').Count(l => l.Contains("\"ProcessItem\",\"outcome\":\"failed\"", StringComparison.Ordinal)));
    }
}
