using Alerts.Azure.Storage;
using Alerts.Core.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Pipeline;

/// <summary>Performs one delivery (email or webhook), at most once in effect; failures retry via the queue.</summary>
public sealed class Deliver(DeliveryWorker worker)
{
    [Function(nameof(Deliver))]
    public Task Run([QueueTrigger(QueueNames.Deliveries, Connection = FunctionServices.Connection)] DeliveryRequest request, CancellationToken cancellationToken) =>
        worker.DeliverAsync(request, cancellationToken);
}
