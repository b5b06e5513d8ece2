using Alerts.Core.Alerting;

namespace Alerts.Core.Delivery;

/// <summary>
/// What happens to each alert raised: it is published for other systems (when a topic is
/// configured) and fanned out to the immediate subscribers it matches. Both steps are idempotent,
/// so a retried message repeats them harmlessly.
/// </summary>
public sealed class AlertNotifier(IAlertStore alerts, IAlertPublisher publisher, AlertFanout fanout)
{
    public async Task<IReadOnlyList<DeliveryRequest>> NotifyAsync(string alertId, CancellationToken cancellationToken)
    {
        var alert = await alerts.GetAsync(alertId, cancellationToken).ConfigureAwait(false);
        if (alert is null)
        {
            return [];
        }

        await publisher.PublishAsync(alert, cancellationToken).ConfigureAwait(false);
        return await fanout.PlanAsync(alert, cancellationToken).ConfigureAwait(false);
    }
}
