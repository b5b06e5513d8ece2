using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alerts.Cli.Run;

/// <summary>
/// Runs a queue-triggered function like the Functions host: batches of <c>batchSize</c>; a failed
/// message becomes visible again after <c>visibilityTimeout</c>; after <c>maxDequeueCount</c>
/// attempts it moves to "&lt;queue&gt;-poison"; polling backs off to <c>maxPollingInterval</c>.
/// </summary>
internal sealed partial class QueueTriggerListener(
    FunctionDescriptor function,
    FunctionInvoker invoker,
    QueueServiceClient queues,
    QueueSettings settings,
    RunActivity activity,
    TimeProvider time,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(function.TriggerQueue);
        var poison = queues.GetQueueClient(function.TriggerQueue + "-poison");
        var delay = MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] batch;
            try
            {
                batch = (await queue.ReceiveMessagesAsync(settings.BatchSize, settings.ProcessingLease, stoppingToken).ConfigureAwait(false)).Value;
            }
            catch (global::Azure.RequestFailedException ex)
            {
                LogReceiveFailed(logger, function.TriggerQueue!, ex.Message);
                batch = [];
            }

            if (batch.Length == 0)
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }

            delay = MinPollingInterval;
            using (activity.Busy())
            {
                await Task.WhenAll(batch.Select(m => HandleAsync(queue, poison, m, stoppingToken))).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            await MoveToPoisonAsync(queue, poison, message, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await invoker.InvokeAsync(function, message.Body.ToString(), cancellationToken).ConfigureAwait(false);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, function.Name, message.MessageId, message.DequeueCount, ex.Message);
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken cancellationToken)
    {
        await poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        LogPoisoned(logger, message.MessageId, poison.Name);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} failed on message {MessageId} (attempt {Attempt}): {Error}")]
    private static partial void LogFailed(ILogger logger, string function, string messageId, long attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} moved to {PoisonQueue}")]
    private static partial void LogPoisoned(ILogger logger, string messageId, string poisonQueue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from {Queue} failed: {Error}")]
    private static partial void LogReceiveFailed(ILogger logger, string queue, string error);
}
