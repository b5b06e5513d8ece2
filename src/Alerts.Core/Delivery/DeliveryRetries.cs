using Alerts.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Delivery;

/// <summary>
/// What happens after a failed send: the next attempt is queued with the schedule's delay (or the
/// endpoint's Retry-After) and the record holds the claim until then, so stale copies of the
/// message are dropped; past <see cref="DeliveryOptions.DisableAfter"/> the delivery is given up
/// and a webhook endpoint disabled, its owner told.
/// </summary>
public sealed partial class DeliveryRetries(
    IDeliveryStore deliveries,
    IDeliveryQueue queue,
    EndpointHealth health,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryRetries> logger)
{
    public async Task<DeliveryOutcome> FailedAsync(
        Subscriber subscriber, DeliveryRequest request, DeliveryRecord record, DeliveryFailedException failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(failure);
        var now = time.GetUtcNow();
        var firstFailed = record.FirstFailedAt ?? now;
        var failingSince = subscriber.Channel == Channel.Webhook
            ? await health.FailedAsync(subscriber.Id, cancellationToken).ConfigureAwait(false)
            : firstFailed;
        if (now - failingSince >= options.Value.DisableAfter)
        {
            await SaveAsync(record with { State = DeliveryState.Failed, LastError = failure.Message, FirstFailedAt = firstFailed, RetryAt = null, ClaimedUntil = now }, cancellationToken).ConfigureAwait(false);
            LogGaveUp(logger, record.Id, record.Attempts, failure.Message);
            if (subscriber.Channel == Channel.Webhook)
            {
                var days = options.Value.DisableAfter.TotalDays.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
                await health.DisableAsync(subscriber.Id, $"every delivery failed for {days} days (last: {failure.Message})", cancellationToken).ConfigureAwait(false);
            }

            return DeliveryOutcome.GaveUp;
        }

#pragma warning disable CA5394 // jitter, not security
        var delay = RetrySchedule.NextDelay(options.Value, record.Attempts, failure.RetryAfter, Random.Shared.NextDouble());
#pragma warning restore CA5394
        await queue.SendAsync(request with { Attempt = record.Attempts }, delay, cancellationToken).ConfigureAwait(false);
        await SaveAsync(record with { LastError = failure.Message, FirstFailedAt = firstFailed, RetryAt = now + delay, ClaimedUntil = now + delay }, cancellationToken).ConfigureAwait(false);
        LogRetry(logger, record.Id, record.Attempts, delay, failure.Message);
        return DeliveryOutcome.RetryScheduled;
    }

    private async Task SaveAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        if (!await deliveries.TryUpdateAsync(record, cancellationToken).ConfigureAwait(false))
        {
            LogLostClaim(logger, record.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} attempt {Attempt} failed; retrying in {Delay}: {Error}")]
    private static partial void LogRetry(ILogger logger, string deliveryId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {DeliveryId} given up after {Attempts} attempts: {Error}")]
    private static partial void LogGaveUp(ILogger logger, string deliveryId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} failed but another worker took over its record")]
    private static partial void LogLostClaim(ILogger logger, string deliveryId);
}
