using Alerts.Azure.Storage;
using Alerts.Core.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Pipeline;

/// <summary>Timer: queues a digest delivery for each subscriber whose period has ended.</summary>
public sealed class SendDigests(DigestPlanner planner)
{
    [Function(nameof(SendDigests))]
    [QueueOutput(QueueNames.Deliveries, Connection = FunctionServices.Connection)]
    public async Task<string[]> Run([TimerTrigger("%DigestSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        QueueMessages.ToJson(await planner.PlanDueAsync(cancellationToken).ConfigureAwait(false));
}
