using Alerts.Core.Subscriptions;

namespace Alerts.Core.Delivery;

/// <summary>Issues single-purpose tokens for links; only their hashes are stored.</summary>
public sealed class TokenIssuer(ISubscriberStore store, TimeProvider time)
{
    /// <summary>How long a confirmation link works.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(2);

    public async Task<string> IssueAsync(string subscriberId, TokenPurpose purpose, CancellationToken cancellationToken)
    {
        var token = SubscriptionTokens.New();
        DateTimeOffset? expires = purpose == TokenPurpose.Confirm ? time.GetUtcNow() + ConfirmationLifetime : null;
        await store.AddTokenAsync(new TokenRecord(SubscriptionTokens.Hash(token), purpose, subscriberId, expires), cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>The subscriber a token belongs to, when it is valid for <paramref name="purpose"/>.</summary>
    public async Task<string?> RedeemAsync(string token, TokenPurpose purpose, CancellationToken cancellationToken)
    {
        var record = await store.FindTokenAsync(SubscriptionTokens.Hash(token), cancellationToken).ConfigureAwait(false);
        return record is not null && record.Purpose == purpose && (record.ExpiresAt is null || record.ExpiresAt > time.GetUtcNow())
            ? record.SubscriberId
            : null;
    }
}
