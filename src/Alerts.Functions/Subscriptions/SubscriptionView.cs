using Alerts.Core.Subscriptions;

namespace Alerts.Functions.Subscriptions;

/// <summary>What the API shows of a subscription; secrets only once, at creation. Event types are wire names.</summary>
public sealed record SubscriptionView(
    string Id, string Channel, string Address, string Cadence, string Status, SubscriptionFilters Filters,
    string? WebhookSecret = null, string? ManageToken = null, string? UnsubscribeToken = null)
{
    public string? TimeZone { get; init; }

    public int? Hour { get; init; }

    public string? Day { get; init; }

    public string? Contact { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? FailingSince { get; init; }

    public static SubscriptionView Of(Subscriber s) =>
        new(s.Id, s.Channel.ToString().ToLowerInvariant(), s.Address, s.Cadence.ToString().ToLowerInvariant(), s.Status.ToString().ToLowerInvariant(), s.Filters)
        {
            TimeZone = s.TimeZone,
            Hour = s.Hour,
            Day = s.Day.ToString().ToLowerInvariant(),
            Contact = s.Contact,
            CreatedAt = s.CreatedAt,
            FailingSince = s.FailingSince,
        };

    public static SubscriptionView Created(SubscriptionCreated created) =>
        Of(created.Subscriber) with
        {
            WebhookSecret = created.Subscriber.WebhookSecret,
            ManageToken = created.ManageToken,
            UnsubscribeToken = created.UnsubscribeToken,
        };
}
