using Alerts.Core.Subscriptions;

namespace Alerts.Functions.Subscriptions;

/// <summary>What the API shows of a subscription; secrets only once, at creation.</summary>
public sealed record SubscriptionView(
    string Id, string Channel, string Address, string Cadence, string Status, SubscriptionFilters Filters,
    string? WebhookSecret = null, string? ManageToken = null, string? UnsubscribeToken = null)
{
    public static SubscriptionView Of(Subscriber s) =>
        new(s.Id, s.Channel.ToString().ToLowerInvariant(), s.Address, s.Cadence.ToString().ToLowerInvariant(), s.Status.ToString().ToLowerInvariant(), s.Filters);

    public static SubscriptionView Created(SubscriptionCreated created) =>
        Of(created.Subscriber) with
        {
            WebhookSecret = created.Subscriber.WebhookSecret,
            ManageToken = created.ManageToken,
            UnsubscribeToken = created.UnsubscribeToken,
        };
}
