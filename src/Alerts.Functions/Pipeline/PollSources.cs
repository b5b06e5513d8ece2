using Alerts.Azure.Storage;
using Alerts.Core.Sources;
using Microsoft.Azure.Functions.Worker;

namespace Alerts.Functions.Pipeline;

/// <summary>Timer: fans out one queue message per due source, so polls spread over instances.</summary>
public sealed class PollSources(SourcePoller poller)
{
    [Function(nameof(PollSources))]
    [QueueOutput(QueueNames.SourcePolls, Connection = FunctionServices.Connection)]
    public async Task<string[]> Run([TimerTrigger("%PollSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        [.. await poller.SelectDueAsync(cancellationToken).ConfigureAwait(false)];
}
