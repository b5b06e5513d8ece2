using System.Text.Json.Serialization;

namespace Alerts.Core.Delivery;

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryKind>))]
public enum DeliveryKind
{
    /// <summary>One alert to an immediate subscriber.</summary>
    Alert,

    /// <summary>A digest of a period to a daily or weekly subscriber.</summary>
    Digest,
}

/// <summary>
/// The queue message that asks for one delivery. <paramref name="Attempt"/> is how many attempts
/// had been made when the message was queued (0 for the first; a scheduled retry carries the count).
/// </summary>
public sealed record DeliveryRequest(DeliveryKind Kind, string SubscriberId, string? AlertId = null, DateTimeOffset? PeriodEnd = null, int Attempt = 0)
{
    /// <summary>Deterministic: alert × subscriber, or subscriber × period. The conditional insert key.</summary>
    public string DeliveryId => Kind == DeliveryKind.Alert
        ? $"a-{SubscriberId}-{AlertId}"
        : $"d-{SubscriberId}-{PeriodEnd!.Value.UtcTicks}";
}

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryState>))]
public enum DeliveryState
{
    /// <summary>Claimed by a worker until <see cref="DeliveryRecord.ClaimedUntil"/>.</summary>
    Sending,
    Sent,

    /// <summary>A digest period with nothing to tell: nothing was sent.</summary>
    Empty,

    /// <summary>Given up: the endpoint is gone (410) or kept failing past <see cref="DeliveryOptions.DisableAfter"/>.</summary>
    Failed,
}

/// <summary>One delivery, recorded before sending and marked after, so it happens once.</summary>
public sealed record DeliveryRecord
{
    public required string Id { get; init; }

    public required string SubscriberId { get; init; }

    public DeliveryState State { get; init; }

    /// <summary>What this delivery tells, fixed at the first claim so a retry sends the same thing.</summary>
    public IReadOnlyList<string> AlertIds { get; init; } = [];

    public int Attempts { get; init; }

    public DateTimeOffset ClaimedUntil { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>When the first attempt failed; null while none has.</summary>
    public DateTimeOffset? FirstFailedAt { get; init; }

    /// <summary>When a scheduled retry is due (the claim is held until then); null when none is scheduled.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public string? Version { get; init; }
}

/// <summary>The Deliveries table.</summary>
public interface IDeliveryStore
{
    Task<DeliveryRecord?> GetAsync(string deliveryId, CancellationToken cancellationToken);

    /// <summary>Conditional insert: false when the id exists.</summary>
    Task<bool> TryAddAsync(DeliveryRecord record, CancellationToken cancellationToken);

    /// <summary>Replace if the version is current: false when another worker changed it.</summary>
    Task<bool> TryUpdateAsync(DeliveryRecord record, CancellationToken cancellationToken);
}
