using System.Net;
using Alerts.Core.Delivery;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Subscriptions;

/// <summary>Creates subscriptions (double opt-in for email, a verification ping for webhooks), confirms and ends them.</summary>
public sealed class SubscriptionRegistry(
    ISubscriberStore store,
    TokenIssuer tokens,
    IEmailSender email,
    IWebhookSender webhooks,
    IOptions<PublicLinks> links,
    IOptions<DeliveryOptions> delivery,
    TimeProvider time)
{
    public async Task<SubscriptionCreated> SubscribeAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        SubscriptionValidator.Validate(request, delivery.Value.AllowPrivateNetworks);
        var now = time.GetUtcNow();
        var isEmail = !string.IsNullOrWhiteSpace(request.Email);
        var subscriber = new Subscriber
        {
            Id = "sub-" + SubscriptionTokens.New()[..16].ToLowerInvariant().Replace('_', 'x').Replace('-', 'y'),
            Channel = isEmail ? Channel.Email : Channel.Webhook,
            Address = isEmail ? request.Email!.Trim() : request.Webhook!.Trim(),
            Cadence = request.Cadence,
            TimeZone = request.TimeZone,
            Hour = request.Hour,
            Day = request.Day,
            Filters = new SubscriptionFilters { Types = request.Types, MinExchangeSize = request.MinExchangeSize, Parties = request.Parties, Languages = request.Languages },
            Status = request.Confirmed ? SubscriptionStatus.Active : SubscriptionStatus.Pending,
            CreatedAt = now,
            DeliveredThrough = now,
            WebhookSecret = isEmail ? null : SubscriptionTokens.NewWebhookSecret(),
            AllowPrivateNetwork = request.AllowPrivateNetwork && delivery.Value.AllowPrivateNetworks,
            Contact = string.IsNullOrWhiteSpace(request.Contact) ? null : request.Contact.Trim(),
        };

        if (subscriber.Channel == Channel.Webhook && !request.Confirmed)
        {
            var ping = await webhooks.SendAsync(
                new WebhookMessage(subscriber.Address, subscriber.WebhookSecret!, "msg_verify_" + subscriber.Id, WebhookPayload.Ping(now), subscriber.AllowPrivateNetwork),
                cancellationToken).ConfigureAwait(false);
            if (!ping.IsSuccess)
            {
                throw new SubscriptionValidationException(new Dictionary<string, string[]>
                {
                    ["webhook"] = [$"The endpoint did not answer the signed verification ping with 2xx (got {(ping.StatusCode == 0 ? ping.Error : ping.StatusCode)})."],
                });
            }

            subscriber = subscriber with { Status = SubscriptionStatus.Active };
        }

        if (!await store.TryAddAsync(subscriber, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Subscriber id {subscriber.Id} collided; try again");
        }

        var manage = await tokens.IssueAsync(subscriber.Id, TokenPurpose.Manage, cancellationToken).ConfigureAwait(false);
        var unsubscribe = await tokens.IssueAsync(subscriber.Id, TokenPurpose.Unsubscribe, cancellationToken).ConfigureAwait(false);
        if (subscriber.Status == SubscriptionStatus.Pending)
        {
            await SendConfirmationAsync(subscriber, unsubscribe, cancellationToken).ConfigureAwait(false);
        }

        return new SubscriptionCreated(subscriber, manage, unsubscribe);
    }

    /// <summary>Activates the subscription behind a confirmation token; null when the token is invalid or expired.</summary>
    public async Task<Subscriber?> ConfirmAsync(string token, CancellationToken cancellationToken)
    {
        var id = await tokens.RedeemAsync(token, TokenPurpose.Confirm, cancellationToken).ConfigureAwait(false);
        return id is null ? null : await SetStatusAsync(id, SubscriptionStatus.Pending, SubscriptionStatus.Active, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the subscription behind an unsubscribe token; null when the token is invalid.</summary>
    public async Task<Subscriber?> UnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        var id = await tokens.RedeemAsync(token, TokenPurpose.Unsubscribe, cancellationToken).ConfigureAwait(false);
        return id is null ? null : await SetStatusAsync(id, null, SubscriptionStatus.Unsubscribed, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Subscriber?> SetStatusAsync(string id, SubscriptionStatus? from, SubscriptionStatus to, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var subscriber = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (subscriber is null || subscriber.Status == to || (from is { } f && subscriber.Status != f))
            {
                return subscriber;
            }

            var updated = subscriber with { Status = to, DeliveredThrough = to == SubscriptionStatus.Active ? time.GetUtcNow() : subscriber.DeliveredThrough };
            if (await store.TryUpdateAsync(updated, cancellationToken).ConfigureAwait(false))
            {
                return updated;
            }
        }

        throw new InvalidOperationException($"Subscriber {id} kept changing; try again");
    }

    private async Task SendConfirmationAsync(Subscriber subscriber, string unsubscribeToken, CancellationToken cancellationToken)
    {
        var confirm = links.Value.Confirm(await tokens.IssueAsync(subscriber.Id, TokenPurpose.Confirm, cancellationToken).ConfigureAwait(false));
        var unsubscribe = links.Value.Unsubscribe(unsubscribeToken);
        var hours = (int)TokenIssuer.ConfirmationLifetime.TotalHours;
        await email.SendAsync(new EmailMessage
        {
            To = subscriber.Address,
            Subject = "Confirm your prisoner-exchange alerts subscription",
            Text = $"Someone (hopefully you) subscribed this address to prisoner-of-war exchange alerts.\n\nConfirm within {hours} hours: {confirm}\n\nIf it was not you, ignore this message; nothing will be sent.\n",
            Html = $"<p>Someone (hopefully you) subscribed this address to prisoner-of-war exchange alerts.</p><p><a href=\"{WebUtility.HtmlEncode(confirm)}\">Confirm your subscription</a> (the link works for {hours} hours).</p><p>If it was not you, ignore this message; nothing will be sent.</p>",
            MessageId = $"confirm-{subscriber.Id}@alerts",
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        }, cancellationToken).ConfigureAwait(false);
    }
}
