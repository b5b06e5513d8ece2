namespace Alerts.Core.Delivery;

/// <summary>The deliveries queue: a retry is a new message that becomes visible after a delay.</summary>
public interface IDeliveryQueue
{
    /// <summary>Queues the request; it is handled no sooner than <paramref name="delay"/> from now.</summary>
    Task SendAsync(DeliveryRequest request, TimeSpan delay, CancellationToken cancellationToken);
}
