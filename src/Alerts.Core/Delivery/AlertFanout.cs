using Alerts.Core.Alerting;
using Alerts.Core.Subscriptions;

namespace Alerts.Core.Delivery;

/// <summary>Turns one alert into a delivery request per active immediate subscriber it matches.</summary>
public sealed class AlertFanout(IAlertStore alerts, ISubscriberStore subscribers)
{
    public async Task<IReadOnlyList<DeliveryRequest>> PlanAsync(string alertId, CancellationToken cancellationToken)
    {
        var alert = await alerts.GetAsync(alertId, cancellationToken).ConfigureAwait(false);
        return alert is null ? [] : await PlanAsync(alert, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DeliveryRequest>> PlanAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var all = await subscribers.ListAsync(cancellationToken).ConfigureAwait(false);
        return all
            .Where(s => s.Status == SubscriptionStatus.Active && s.Cadence == Cadence.Immediate && s.Filters.Matches(alert))
            .Where(s => alert.CreatedAt >= s.DeliveredThrough)
            .Select(s => new DeliveryRequest(DeliveryKind.Alert, s.Id, alert.Id))
            .ToList();
    }
}
