using Alerts.Core.Alerting;
using Alerts.Core.Digests;
using Alerts.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Delivery;

/// <summary>
/// Performs one delivery exactly once in effect: the record (deterministic id) is claimed by
/// conditional insert or version-checked update before sending and marked sent after. A replayed
/// message finds it sent; a racing instance finds it claimed; a crash leaves a claim that expires,
/// and the retry sends the same content again with the same message id.
/// </summary>
public sealed partial class DeliveryWorker(
    IDeliveryStore deliveries,
    IAlertStore alerts,
    ISubscriberStore subscribers,
    DeliverySender sender,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryWorker> logger)
{
    public async Task<DeliveryOutcome> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subscriber = await subscribers.GetAsync(request.SubscriberId, cancellationToken).ConfigureAwait(false);
        if (subscriber is null || subscriber.Status != SubscriptionStatus.Active)
        {
            return DeliveryOutcome.SubscriberInactive;
        }

        var record = await ClaimAsync(request, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            LogDuplicate(logger, request.DeliveryId);
            return DeliveryOutcome.AlreadyDelivered;
        }

        var content = await LoadAsync(record.AlertIds, cancellationToken).ConfigureAwait(false);
        var outcome = DeliveryOutcome.Empty;
        if (content.Count > 0)
        {
            outcome = await sender.SendAsync(subscriber, request, record.Id, content, cancellationToken).ConfigureAwait(false);
        }

        var done = record with { State = content.Count > 0 ? DeliveryState.Sent : DeliveryState.Empty, SentAt = time.GetUtcNow() };
        if (!await deliveries.TryUpdateAsync(done, cancellationToken).ConfigureAwait(false))
        {
            LogLostClaim(logger, record.Id);
        }

        if (request.PeriodEnd is { } periodEnd)
        {
            await AdvanceAsync(subscriber.Id, periodEnd, cancellationToken).ConfigureAwait(false);
        }

        LogDelivered(logger, record.Id, outcome);
        return outcome;
    }

    /// <summary>The claimed record, or null when the delivery already happened.</summary>
    private async Task<DeliveryRecord?> ClaimAsync(DeliveryRequest request, CancellationToken cancellationToken)
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
                return await deliveries.GetAsync(created.Id, cancellationToken).ConfigureAwait(false);
            }

            existing = await deliveries.GetAsync(request.DeliveryId, cancellationToken).ConfigureAwait(false)
                ?? throw new DeliveryBusyException(request.DeliveryId);
        }

        if (existing.State != DeliveryState.Sending)
        {
            return null;
        }

        if (existing.ClaimedUntil > now)
        {
            throw new DeliveryBusyException(request.DeliveryId);
        }

        var reclaimed = existing with { ClaimedUntil = lease, Attempts = existing.Attempts + 1 };
        return await deliveries.TryUpdateAsync(reclaimed, cancellationToken).ConfigureAwait(false)
            ? await deliveries.GetAsync(reclaimed.Id, cancellationToken).ConfigureAwait(false)
            : throw new DeliveryBusyException(request.DeliveryId);
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

    private async Task<IReadOnlyList<Alert>> LoadAsync(IReadOnlyList<string> alertIds, CancellationToken cancellationToken)
    {
        var loaded = new List<Alert>(alertIds.Count);
        foreach (var id in alertIds)
        {
            if (await alerts.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } alert)
            {
                loaded.Add(alert);
            }
        }

        return loaded;
    }

    private async Task AdvanceAsync(string subscriberId, DateTimeOffset periodEnd, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var subscriber = await subscribers.GetAsync(subscriberId, cancellationToken).ConfigureAwait(false);
            if (subscriber is null || subscriber.DeliveredThrough >= periodEnd
                || await subscribers.TryUpdateAsync(subscriber with { DeliveredThrough = periodEnd }, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} already done; duplicate suppressed")]
    private static partial void LogDuplicate(ILogger logger, string deliveryId);

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
}

/// <summary>Another worker holds the delivery: retry the message later.</summary>
public sealed class DeliveryBusyException(string deliveryId)
    : Exception($"Delivery {deliveryId} is being sent by another worker; retry later");

/// <summary>The channel failed in a retryable way (SMTP down, webhook 5xx or timeout).</summary>
public sealed class DeliveryFailedException(string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
