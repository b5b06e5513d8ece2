namespace Alerts.Core.Subscriptions;

/// <summary>What a token lets its holder do. Tokens are single-purpose.</summary>
public enum TokenPurpose
{
    Confirm,
    Unsubscribe,
    Manage,
}

/// <summary>A stored token: only its hash is kept.</summary>
public sealed record TokenRecord(string Hash, TokenPurpose Purpose, string SubscriberId, DateTimeOffset? ExpiresAt);

/// <summary>The Subscribers and Tokens tables.</summary>
public interface ISubscriberStore
{
    Task<bool> TryAddAsync(Subscriber subscriber, CancellationToken cancellationToken);

    Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the subscriber if its version is current; false when stale.</summary>
    Task<bool> TryUpdateAsync(Subscriber subscriber, CancellationToken cancellationToken);

    Task AddTokenAsync(TokenRecord token, CancellationToken cancellationToken);

    Task<TokenRecord?> FindTokenAsync(string hash, CancellationToken cancellationToken);
}
