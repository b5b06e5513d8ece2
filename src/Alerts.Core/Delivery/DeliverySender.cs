using Alerts.Core.Alerting;
using Alerts.Core.Digests;
using Alerts.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Delivery;

/// <summary>Composes a delivery for its channel and sends it: email with unsubscribe headers, or a signed webhook.</summary>
public sealed class DeliverySender(
    IEmailSender email,
    IWebhookSender webhooks,
    TokenIssuer tokens,
    IOptions<PublicLinks> links)
{
    public async Task<DeliveryOutcome> SendAsync(
        Subscriber subscriber, DeliveryRequest request, string deliveryId, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(alerts);
        return subscriber.Channel == Channel.Email
            ? await SendEmailAsync(subscriber, deliveryId, alerts, cancellationToken).ConfigureAwait(false)
            : await SendWebhookAsync(subscriber, request, deliveryId, alerts, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeliveryOutcome> SendEmailAsync(Subscriber subscriber, string deliveryId, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        var unsubscribe = links.Value.Unsubscribe(await tokens.IssueAsync(subscriber.Id, TokenPurpose.Unsubscribe, cancellationToken).ConfigureAwait(false));
        var manage = links.Value.Manage(await tokens.IssueAsync(subscriber.Id, TokenPurpose.Manage, cancellationToken).ConfigureAwait(false));
        var message = DigestComposer.Compose(alerts, unsubscribe, manage);
        try
        {
            await email.SendAsync(new EmailMessage
            {
                To = subscriber.Address,
                Subject = message.Subject,
                Html = message.Html,
                Text = message.Text,
                MessageId = $"{deliveryId}@alerts",
                Headers = new Dictionary<string, string>
                {
                    ["List-Unsubscribe"] = $"<{unsubscribe}>",
                    ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && ex is not DeliveryFailedException)
        {
            throw new DeliveryFailedException($"Sending email for {deliveryId} failed: {ex.Message}", null, ex);
        }

        return DeliveryOutcome.Sent;
    }

    private async Task<DeliveryOutcome> SendWebhookAsync(
        Subscriber subscriber, DeliveryRequest request, string deliveryId, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        var body = request.Kind == DeliveryKind.Alert
            ? WebhookPayload.ForAlert(alerts[0])
            : WebhookPayload.ForDigest(alerts, request.PeriodEnd!.Value);
        var response = await webhooks.SendAsync(
            new WebhookMessage(subscriber.Address, subscriber.WebhookSecret ?? "", "msg_" + deliveryId, body, subscriber.AllowPrivateNetwork),
            cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            return DeliveryOutcome.Sent;
        }

        if (response.StatusCode == 410)
        {
            return DeliveryOutcome.EndpointGone;
        }

        throw new DeliveryFailedException(
            $"Webhook {subscriber.Id} answered {(response.StatusCode == 0 ? response.Error : response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}",
            response.RetryAfter);
    }
}
