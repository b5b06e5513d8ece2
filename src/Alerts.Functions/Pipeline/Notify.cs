using Alerts.Azure.Storage;
using Alerts.Core.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Pipeline;

/// <summary>Publishes one alert (Service Bus, when configured) and fans it out to its immediate subscribers, one delivery message each.</summary>
public sealed class Notify(AlertNotifier notifier)
{
    [Function(nameof(Notify))]
    [QueueOutput(QueueNames.Deliveries, Connection = FunctionServices.Connection)]
    public async Task<string[]> Run([QueueTrigger(QueueNames.Alerts, Connection = FunctionServices.Connection)] string alertId, CancellationToken cancellationToken) =>
        QueueMessages.ToJson(await notifier.NotifyAsync(alertId, cancellationToken).ConfigureAwait(false));
}
