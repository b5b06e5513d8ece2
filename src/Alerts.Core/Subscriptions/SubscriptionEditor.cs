using Alerts.Core.Delivery;
using Microsoft.Extensions.Options;

namespace Alerts.Core.Subscriptions;

/// <summary>
/// What the holder of a manage token can do, on the manage page and through the API: see the
/// subscription, change its settings, end it, send a test. An ended subscription can be seen, not changed.
/// </summary>
public sealed class SubscriptionEditor(
    ISubscriberStore store, TokenIssuer tokens, IEmailSender email, IWebhookSender webhooks, IOptions<PublicLinks> links, TimeProvider time)
{
    private const int Attempts = 5;

    /// <summary>The subscriber behind a manage token, ended or not; null when the token is invalid.</summary>
    public async Task<Subscriber?> FindAsync(string manageToken, CancellationToken cancellationToken)
    {
        var id = await tokens.RedeemAsync(manageToken, TokenPurpose.Manage, cancellationToken).ConfigureAwait(false);
        return id is null ? null : await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies the change (only the fields it gives); throws <see cref="SubscriptionValidationException"/>
    /// for invalid settings; null when the token is invalid or the subscription ended.
    /// </summary>
    public Task<Subscriber?> ChangeAsync(string manageToken, SubscriptionChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return UpdateAsync(manageToken, s =>
        {
            var changed = change.ApplyTo(s);
            SubscriptionValidator.Validate(new SubscriptionChange
            {
                Hour = changed.Hour, TimeZone = changed.TimeZone, MinExchangeSize = changed.Filters.MinExchangeSize, Languages = changed.Filters.Languages,
            });
            return changed;
        }, cancellationToken);
    }

    /// <summary>Ends the subscription; null when the token is invalid or it had already ended.</summary>
    public Task<Subscriber?> EndAsync(string manageToken, CancellationToken cancellationToken) =>
        UpdateAsync(manageToken, s => s with { Status = SubscriptionStatus.Unsubscribed }, cancellationToken);

    /// <summary>Sends a clearly marked test message to an active subscription. Null when the token is invalid.</summary>
    public async Task<TestResult?> SendTestAsync(string manageToken, CancellationToken cancellationToken)
    {
        var subscriber = await FindAsync(manageToken, cancellationToken).ConfigureAwait(false);
        if (subscriber is null || subscriber.Status == SubscriptionStatus.Unsubscribed)
        {
            return null;
        }

        if (subscriber.Status != SubscriptionStatus.Active)
        {
            return new TestResult(false, $"The subscription is {subscriber.Status.ToString().ToLowerInvariant()}, not active.");
        }

        var now = time.GetUtcNow();
        var id = "test_" + SubscriptionTokens.New()[..12];
        if (subscriber.Channel == Channel.Webhook)
        {
            var response = await webhooks.SendAsync(
                new WebhookMessage(subscriber.Address, subscriber.WebhookSecret ?? "", "msg_" + id, WebhookPayload.Test(now), subscriber.AllowPrivateNetwork),
                cancellationToken).ConfigureAwait(false);
            return response.IsSuccess
                ? new TestResult(true, $"The endpoint answered {response.StatusCode}.")
                : new TestResult(false, $"The endpoint answered {(response.StatusCode == 0 ? response.Error : response.StatusCode)}.");
        }

        var unsubscribe = links.Value.Unsubscribe(await tokens.IssueAsync(subscriber.Id, TokenPurpose.Unsubscribe, cancellationToken).ConfigureAwait(false));
        const string Text = "This is a test message from prisoner-exchange alerts: your subscription works. Nothing happened.";
        await email.SendAsync(new EmailMessage
        {
            To = subscriber.Address,
            Subject = "Test: your prisoner-exchange alerts subscription works",
            Text = Text + "\n\nUnsubscribe: " + unsubscribe + "\n",
            Html = $"<p>{Text}</p><p style=\"color:#666;font-size:12px\"><a href=\"{System.Net.WebUtility.HtmlEncode(unsubscribe)}\">Unsubscribe</a></p>",
            MessageId = $"{id}@alerts",
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        }, cancellationToken).ConfigureAwait(false);
        return new TestResult(true, "A test email was sent.");
    }

    private async Task<Subscriber?> UpdateAsync(string manageToken, Func<Subscriber, Subscriber> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var subscriber = await FindAsync(manageToken, cancellationToken).ConfigureAwait(false);
            if (subscriber is null || subscriber.Status == SubscriptionStatus.Unsubscribed)
            {
                return null;
            }

            var updated = change(subscriber);
            if (await store.TryUpdateAsync(updated, cancellationToken).ConfigureAwait(false))
            {
                return updated;
            }
        }

        throw new InvalidOperationException("The subscription kept changing; try again");
    }
}

/// <summary>Whether a test message reached the subscriber, and what happened.</summary>
public sealed record TestResult(bool Delivered, string Detail);
