using System.Globalization;
using Alerts.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Delivery;

/// <summary>
/// Keeps track of failing webhook endpoints: since when they fail, cleared by a success; an endpoint
/// that is gone (410) or failing for <see cref="DeliveryOptions.DisableAfter"/> is disabled and its
/// owner told by email — the subscription's contact and the operator address, whichever are set.
/// </summary>
public sealed partial class EndpointHealth(
    ISubscriberStore subscribers, IEmailSender email, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<EndpointHealth> logger)
{
    /// <summary>Records a failure; returns since when the endpoint has been failing.</summary>
    public async Task<DateTimeOffset> FailedAsync(string subscriberId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var updated = await UpdateAsync(subscriberId, s => s.FailingSince is null ? s with { FailingSince = now } : null, cancellationToken).ConfigureAwait(false);
        return updated?.FailingSince ?? now;
    }

    public async Task SucceededAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (subscriber.FailingSince is not null)
        {
            await UpdateAsync(subscriber.Id, s => s.FailingSince is null ? null : s with { FailingSince = null }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Disables an active endpoint and tells its owner (once: only the call that disables it).</summary>
    public async Task DisableAsync(string subscriberId, string reason, CancellationToken cancellationToken)
    {
        var changed = false;
        var subscriber = await UpdateAsync(
            subscriberId,
            s =>
            {
                changed = s.Status == SubscriptionStatus.Active;
                return changed ? s with { Status = SubscriptionStatus.Disabled } : null;
            },
            cancellationToken).ConfigureAwait(false);
        if (!changed || subscriber is null)
        {
            return;
        }

        LogDisabled(logger, subscriberId, reason);
        var recipients = new[] { subscriber.Contact, options.Value.OperatorEmail }
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var to in recipients)
        {
            try
            {
                await email.SendAsync(Notice(subscriber, reason, to), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNoticeFailed(logger, subscriberId, ex.Message);
            }
        }
    }

    private EmailMessage Notice(Subscriber subscriber, string reason, string to)
    {
        var since = subscriber.FailingSince?.ToString("u", CultureInfo.InvariantCulture) ?? "now";
        var text = $"The prisoner-exchange alerts webhook {subscriber.Address} (subscription {subscriber.Id}) has been disabled: {reason}.\n\n"
            + $"It had been failing since {since}. Nothing more will be sent to it. To receive alerts again, fix the endpoint and subscribe it anew.\n";
        return new EmailMessage
        {
            To = to,
            Subject = "Your prisoner-exchange alerts webhook was disabled",
            Text = text,
            Html = "<p>" + System.Net.WebUtility.HtmlEncode(text).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>",
            MessageId = $"disabled-{subscriber.Id}-{Items.ItemHash.Of(to)[..8]}@alerts",
        };
    }

    private async Task<Subscriber?> UpdateAsync(string subscriberId, Func<Subscriber, Subscriber?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var subscriber = await subscribers.GetAsync(subscriberId, cancellationToken).ConfigureAwait(false);
            if (subscriber is null)
            {
                return null;
            }

            var updated = change(subscriber);
            if (updated is null)
            {
                return subscriber;
            }

            if (await subscribers.TryUpdateAsync(updated, cancellationToken).ConfigureAwait(false))
            {
                return updated;
            }
        }

        throw new InvalidOperationException($"Subscriber {subscriberId} kept changing; try again");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriberId} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, string subscriberId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telling the owner of {SubscriberId} it was disabled failed: {Error}")]
    private static partial void LogNoticeFailed(ILogger logger, string subscriberId, string error);
}
