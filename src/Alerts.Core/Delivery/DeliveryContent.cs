using Alerts.Core.Alerting;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Delivery;

/// <summary>
/// Loads what a delivery tells: its alerts, each exchange shown as it stands when the message is
/// composed. Reports processed in parallel or a little later often complete or revise the numbers
/// after the alert was raised, and subscribers want the numbers right, not a "?" from the first report.
/// </summary>
public sealed class DeliveryContent(IAlertStore alerts, IExchangeStore exchanges)
{
    public async Task<IReadOnlyList<Alert>> LoadAsync(IReadOnlyList<string> alertIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        var loaded = new List<Alert>(alertIds.Count);
        foreach (var id in alertIds)
        {
            if (await alerts.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } alert)
            {
                continue;
            }

            if (alert.Exchange is { } snapshot && await exchanges.GetAsync(snapshot.Id, cancellationToken).ConfigureAwait(false) is { } current)
            {
                alert = alert with { Exchange = current with { Version = null } };
            }

            loaded.Add(alert);
        }

        return loaded;
    }
}
