using Alerts.Core.Delivery;

namespace Alerts.Core.Subscriptions;

/// <summary>What the holder of a manage token can do: see the subscription, change filters and cadence, end it.</summary>
public sealed class SubscriptionEditor(ISubscriberStore store, TokenIssuer tokens)
{
    /// <summary>The subscriber behind a manage token; null when the token is invalid.</summary>
    public async Task<Subscriber?> FindAsync(string manageToken, CancellationToken cancellationToken)
    {
        var id = await tokens.RedeemAsync(manageToken, TokenPurpose.Manage, cancellationToken).ConfigureAwait(false);
        return id is null ? null : await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies new filters and cadence (the channel and address stay); throws
    /// <see cref="SubscriptionValidationException"/> for invalid input; null when the token is invalid.
    /// </summary>
    public Task<Subscriber?> ChangeAsync(string manageToken, SubscriptionRequest changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return UpdateAsync(manageToken, s =>
        {
            var request = changes with
            {
                Email = s.Channel == Channel.Email ? s.Address : null,
                Webhook = s.Channel == Channel.Webhook ? s.Address : null,
                AllowPrivateNetwork = s.AllowPrivateNetwork,
            };
            SubscriptionValidator.Validate(request, s.AllowPrivateNetwork);
            return s with
            {
                Cadence = request.Cadence,
                TimeZone = request.TimeZone,
                Hour = request.Hour,
                Day = request.Day,
                Filters = new SubscriptionFilters { Types = request.Types, MinExchangeSize = request.MinExchangeSize, Parties = request.Parties, Languages = request.Languages },
            };
        }, cancellationToken);
    }

    /// <summary>Ends the subscription; null when the token is invalid.</summary>
    public Task<Subscriber?> EndAsync(string manageToken, CancellationToken cancellationToken) =>
        UpdateAsync(manageToken, s => s with { Status = SubscriptionStatus.Unsubscribed }, cancellationToken);

    private async Task<Subscriber?> UpdateAsync(string manageToken, Func<Subscriber, Subscriber> change, CancellationToken cancellationToken)
    {
        var id = await tokens.RedeemAsync(manageToken, TokenPurpose.Manage, cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            return null;
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var subscriber = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (subscriber is null)
            {
                return null;
            }

            var updated = change(subscriber);
            if (await store.TryUpdateAsync(updated, cancellationToken).ConfigureAwait(false))
            {
                return updated;
            }
        }

        throw new InvalidOperationException($"Subscriber {id} kept changing; try again");
    }
}
