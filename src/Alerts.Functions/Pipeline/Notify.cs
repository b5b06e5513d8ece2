using Alerts.Azure.Storage;
using Alerts.Core.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Pipeline;

/// <summary>Fans one alert out to its immediate subscribers, one delivery message each.</summary>
public sealed class Notify(AlertFanout fanout)
{
    [Function(nameof(Notify))]
    [QueueOutput(QueueNames.Deliveries, Connection = FunctionServices.Connection)]
    public async Task<string[]> Run([QueueTrigger(QueueNames.Alerts, Connection = FunctionServices.Connection)] string alertId, CancellationToken cancellationToken) =>
        QueueMessages.ToJson(await fanout.PlanAsync(alertId, cancellationToken).ConfigureAwait(false));
}
