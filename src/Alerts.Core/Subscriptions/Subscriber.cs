using System.Text.Json.Serialization;
using Alerts.Core.Alerting;
using Alerts.Core.Detection;

namespace Alerts.Core.Subscriptions;

[JsonConverter(typeof(JsonStringEnumConverter<Channel>))]
public enum Channel
{
    Email,
    Webhook,
}

[JsonConverter(typeof(JsonStringEnumConverter<Cadence>))]
public enum Cadence
{
    /// <summary>Each alert as it is raised.</summary>
    Immediate,

    /// <summary>One digest a day at <see cref="Subscriber.Hour"/> in the subscriber's time zone.</summary>
    Daily,

    /// <summary>One digest a week on <see cref="Subscriber.Day"/> at <see cref="Subscriber.Hour"/>.</summary>
    Weekly,
}

[JsonConverter(typeof(JsonStringEnumConverter<SubscriptionStatus>))]
public enum SubscriptionStatus
{
    /// <summary>Waiting for the email confirmation or the webhook's verification ping.</summary>
    Pending,
    Active,

    /// <summary>Turned off by the service (a webhook answered 410 or failed for days).</summary>
    Disabled,
    Unsubscribed,
}

/// <summary>What a subscriber wants to hear about.</summary>
public sealed record SubscriptionFilters
{
    /// <summary>Alert types wanted; empty means all.</summary>
    public IReadOnlyList<AlertType> Types { get; init; } = [];

    /// <summary>Exchanges smaller than this (largest side) are left out. 0 keeps all.</summary>
    public int MinExchangeSize { get; init; }

    /// <summary>Parties of interest; empty means both.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>Source languages ("en", "ru", "uk"); empty means all.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool Matches(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return (Types.Count == 0 || Types.Contains(alert.Type))
            && (alert.Exchange is null || alert.Size >= MinExchangeSize)
            && (Parties.Count == 0 || alert.Parties.Count == 0 || alert.Parties.Intersect(Parties).Any())
            && (Languages.Count == 0 || alert.Languages.Count == 0 || alert.Languages.Intersect(Languages).Any());
    }
}

/// <summary>A person or system that receives alerts by email or webhook.</summary>
public sealed record Subscriber
{
    public required string Id { get; init; }

    public required Channel Channel { get; init; }

    /// <summary>The email address, or the webhook's HTTPS URL.</summary>
    public required string Address { get; init; }

    public Cadence Cadence { get; init; } = Cadence.Daily;

    /// <summary>IANA time zone id for digest hours. Default UTC.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Local hour (0–23) digests are sent at. Default 8.</summary>
    public int Hour { get; init; } = 8;

    /// <summary>Day of weekly digests. Default Monday.</summary>
    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

    public SubscriptionFilters Filters { get; init; } = new();

    public SubscriptionStatus Status { get; init; } = SubscriptionStatus.Pending;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The Standard Webhooks secret (whsec_…) of a webhook endpoint.</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Alerts created before this have been delivered (or were before the subscription).</summary>
    public DateTimeOffset DeliveredThrough { get; init; }

    /// <summary>Lets a webhook reach loopback and private addresses (local testing only).</summary>
    public bool AllowPrivateNetwork { get; init; }

    /// <summary>Who to tell when a webhook endpoint is disabled (an email address); optional.</summary>
    public string? Contact { get; init; }

    /// <summary>Since when every delivery to this webhook has failed; null while it works.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    public string? Version { get; init; }
}
