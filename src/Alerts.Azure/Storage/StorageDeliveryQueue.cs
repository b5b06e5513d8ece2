using System.Text.Json;
using Alerts.Core.Delivery;
using Azure.Storage.Queues;

namespace Alerts.Azure.Storage;

/// <summary>
/// The deliveries Storage Queue: a retry is a new message with a visibility delay (whole seconds,
/// at most 7 days), read by the Deliver function like any other.
/// </summary>
public sealed class StorageDeliveryQueue(QueueServiceClient queues) : IDeliveryQueue
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(DeliveryRequest request, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seconds = Math.Ceiling(Math.Clamp(delay.TotalSeconds, 0, MaxDelay.TotalSeconds - 1));
        await queues.GetQueueClient(QueueNames.Deliveries)
            .SendMessageAsync(JsonSerializer.Serialize(request, Json), TimeSpan.FromSeconds(seconds), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}
