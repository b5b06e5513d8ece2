using Alerts.Azure.Storage;
using Alerts.Core.Sources;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Pipeline;

/// <summary>Polls one source; queues each new or edited item for processing.</summary>
public sealed class PollSource(SourcePoller poller)
{
    [Function(nameof(PollSource))]
    [QueueOutput(QueueNames.Items, Connection = FunctionServices.Connection)]
    public async Task<string[]> Run([QueueTrigger(QueueNames.SourcePolls, Connection = FunctionServices.Connection)] string sourceId, CancellationToken cancellationToken) =>
        QueueMessages.ToJson(await poller.PollAsync(sourceId, cancellationToken).ConfigureAwait(false));
}
