using Alerts.Core.Alerting;
using Alerts.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Delivery;

/// <summary>
/// Performs one delivery exactly once in effect: the record (deterministic id) is claimed by
/// conditional insert or version-checked update before sending and marked sent after. A replayed
/// message finds it sent; a racing instance finds it claimed and checks back when the claim ends;
/// a crash leaves a claim that expires, and the retry sends the same content with the same message
/// id. A failed send is retried on the schedule through a delayed queue message (see <see cref="DeliveryRetries"/>).
/// </summary>
public sealed partial class DeliveryWorker(
    IDeliveryStore deliveries,
    IAlertStore alerts,
    ISubscriberStore subscribers,
    DeliveryContent contents,
    DeliverySender sender,
    DeliveryRetries retries,
    EndpointHealth health,
    IDeliveryQueue queue,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryWorker> logger)
{
    private static readonly TimeSpan BusyMargin = TimeSpan.FromSeconds(1);

    public async Task<DeliveryOutcome> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subscriber = await subscribers.GetAsync(request.SubscriberId, cancellationToken).ConfigureAwait(false);
        if (subscriber is null || subscriber.Status != SubscriptionStatus.Active)
        {
            return DeliveryOutcome.SubscriberInactive;
        }

        var (record, outcome, wait) = await ClaimAsync(request, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            if (outcome == DeliveryOutcome.Busy)
            {
                await queue.SendAsync(request, wait + BusyMargin, cancellationToken).ConfigureAwait(false);
            }

            LogNotClaimed(logger, request.DeliveryId, outcome);
            return outcome;
        }

        var content = await contents.LoadAsync(record.AlertIds, cancellationToken).ConfigureAwait(false);
        outcome = DeliveryOutcome.Empty;
        if (content.Count > 0)
        {
            try
            {
                outcome = await sender.SendAsync(subscriber, request, record.Id, content, cancellationToken).ConfigureAwait(false);
            }
            catch (DeliveryFailedException ex)
            {
                await AdvanceAsync(request, cancellationToken).ConfigureAwait(false);
                return await retries.FailedAsync(subscriber, request, record, ex, cancellationToken).ConfigureAwait(false);
            }
        }

        var gone = outcome == DeliveryOutcome.EndpointGone;
        var done = record with
        {
            State = gone ? DeliveryState.Failed : content.Count > 0 ? DeliveryState.Sent : DeliveryState.Empty,
            SentAt = gone ? null : time.GetUtcNow(),
            LastError = gone ? "The endpoint answered 410 Gone" : record.LastError,
            RetryAt = null,
        };
        if (!await deliveries.TryUpdateAsync(done, cancellationToken).ConfigureAwait(false))
        {
            LogLostClaim(logger, record.Id);
        }

        if (gone)
        {
            await health.DisableAsync(subscriber.Id, "the endpoint answered 410 Gone", cancellationToken).ConfigureAwait(false);
        }
        else if (outcome == DeliveryOutcome.Sent)
        {
            await health.SucceededAsync(subscriber, cancellationToken).ConfigureAwait(false);
        }

        await AdvanceAsync(request, cancellationToken).ConfigureAwait(false);
        LogDelivered(logger, record.Id, outcome);
        return outcome;
    }

    /// <summary>The claimed record; or null with why not (done, busy and for how long, a retry pending).</summary>
    private async Task<(DeliveryRecord? Record, DeliveryOutcome Outcome, TimeSpan Wait)> ClaimAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lease = now + options.Value.ClaimLease;
        var existing = await deliveries.GetAsync(request.DeliveryId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            var created = new DeliveryRecord
            {
                Id = request.DeliveryId,
                SubscriberId = request.SubscriberId,
                State = DeliveryState.Sending,
                AlertIds = await ContentAsync(request, cancellationToken).ConfigureAwait(false),
                Attempts = 1,
                ClaimedUntil = lease,
            };
            if (await deliveries.TryAddAsync(created, cancellationToken).ConfigureAwait(false))
            {
                return (await deliveries.GetAsync(created.Id, cancellationToken).ConfigureAwait(false), DeliveryOutcome.Sent, default);
            }

            existing = await deliveries.GetAsync(request.DeliveryId, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return (null, DeliveryOutcome.Busy, options.Value.ClaimLease);
            }
        }

        if (existing.State != DeliveryState.Sending)
        {
            return (null, DeliveryOutcome.AlreadyDelivered, default);
        }

        if (existing.RetryAt > now && request.Attempt != existing.Attempts)
        {
            return (null, DeliveryOutcome.RetryPending, default); // a scheduled retry owns it: this message is stale
        }

        if (existing.ClaimedUntil > now)
        {
            return (null, DeliveryOutcome.Busy, existing.ClaimedUntil - now);
        }

        var reclaimed = existing with { ClaimedUntil = lease, Attempts = existing.Attempts + 1, RetryAt = null };
        return await deliveries.TryUpdateAsync(reclaimed, cancellationToken).ConfigureAwait(false)
            ? (await deliveries.GetAsync(reclaimed.Id, cancellationToken).ConfigureAwait(false), DeliveryOutcome.Sent, default)
            : (null, DeliveryOutcome.Busy, options.Value.ClaimLease);
    }

    private async Task<IReadOnlyList<string>> ContentAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        if (request.Kind == DeliveryKind.Alert)
        {
            return [request.AlertId!];
        }

        var subscriber = await subscribers.GetAsync(request.SubscriberId, cancellationToken).ConfigureAwait(false);
        var from = subscriber?.DeliveredThrough ?? DateTimeOffset.MinValue;
        var period = await alerts.ListAsync(from, request.PeriodEnd!.Value, cancellationToken).ConfigureAwait(false);
        return period.Where(a => subscriber?.Filters.Matches(a) ?? false).Select(a => a.Id).ToList();
    }

    /// <summary>
    /// Moves a digest subscriber's mark past the period once its record holds the period's content
    /// (sent, or retried by its own schedule), so a later period never repeats these alerts.
    /// </summary>
    private async Task AdvanceAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        if (request.PeriodEnd is not { } periodEnd)
        {
            return;
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var subscriber = await subscribers.GetAsync(request.SubscriberId, cancellationToken).ConfigureAwait(false);
            if (subscriber is null || subscriber.DeliveredThrough >= periodEnd
                || await subscribers.TryUpdateAsync(subscriber with { DeliveredThrough = periodEnd }, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} not claimed: {Outcome}")]
    private static partial void LogNotClaimed(ILogger logger, string deliveryId, DeliveryOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} was sent but another worker took over its record")]
    private static partial void LogLostClaim(ILogger logger, string deliveryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId}: {Outcome}")]
    private static partial void LogDelivered(ILogger logger, string deliveryId, DeliveryOutcome outcome);
}

/// <summary>What became of a delivery request.</summary>
public enum DeliveryOutcome
{
    Sent,
    Empty,
    AlreadyDelivered,
    SubscriberInactive,

    /// <summary>The webhook endpoint answered 410 Gone: the subscription was disabled.</summary>
    EndpointGone,

    /// <summary>Another worker holds the delivery: the request was queued again for when its claim ends.</summary>
    Busy,

    /// <summary>The send failed; a retry was queued on the schedule.</summary>
    RetryScheduled,

    /// <summary>A retry is already scheduled for this delivery: this (stale) message was dropped.</summary>
    RetryPending,

    /// <summary>Failed for longer than <see cref="DeliveryOptions.DisableAfter"/>: given up (a webhook is disabled).</summary>
    GaveUp,
}

/// <summary>The channel failed in a retryable way (SMTP down, webhook 5xx, 429 or timeout).</summary>
public sealed class DeliveryFailedException(string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
