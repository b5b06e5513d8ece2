using Alerts.Azure.Storage;
using Alerts.Core.Items;
using Alerts.Core.Processing;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Pipeline;

/// <summary>Detects exchanges and count changes in one item; queues the alerts raised.</summary>
public sealed class ProcessItem(ItemProcessor processor)
{
    [Function(nameof(ProcessItem))]
    [QueueOutput(QueueNames.Alerts, Connection = FunctionServices.Connection)]
    public async Task<string[]> Run([QueueTrigger(QueueNames.Items, Connection = FunctionServices.Connection)] ItemRef item, CancellationToken cancellationToken) =>
        [.. await processor.ProcessAsync(item, cancellationToken).ConfigureAwait(false)];
}
