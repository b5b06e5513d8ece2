using Alerts.Core.Alerting;
using Alerts.Core.Detection;

namespace Alerts.Core.Subscriptions;

/// <summary>What someone asks for when subscribing (HTTP API, CLI, page).</summary>
public sealed record SubscriptionRequest
{
    public string? Email { get; init; }

    public string? Webhook { get; init; }

    public Cadence Cadence { get; init; } = Cadence.Daily;

    public string TimeZone { get; init; } = "UTC";

    public int Hour { get; init; } = 8;

    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

    public IReadOnlyList<AlertType> Types { get; init; } = [];

    public int MinExchangeSize { get; init; }

    public IReadOnlyList<Party> Parties { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Webhooks: an email address told if the endpoint is disabled after failing for days.</summary>
    public string? Contact { get; init; }

    /// <summary>Skip the email opt-in: only for operators vouching for the address (CLI).</summary>
    public bool Confirmed { get; init; }

    /// <summary>Let a webhook reach loopback/private addresses: only when the service allows it.</summary>
    public bool AllowPrivateNetwork { get; init; }
}

/// <summary>A subscription just made, with the secrets shown once.</summary>
public sealed record SubscriptionCreated(Subscriber Subscriber, string ManageToken, string UnsubscribeToken);

/// <summary>Invalid subscriber input: a message per field, as problem details show them.</summary>
public sealed class SubscriptionValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The subscription request is invalid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
