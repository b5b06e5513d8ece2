namespace Alerts.Core.Sources.Health;

/// <summary>
/// Tells the operator about sources that stay broken: once per failure run, and once more when the
/// source recovers. The default implementation writes error logs (alert on them in Application
/// Insights); a host can register another (email to the operator, a webhook).
/// </summary>
public interface IOperatorAlerts
{
    Task SourceBrokenAsync(SourceHealth health, CancellationToken cancellationToken);

    Task SourceRecoveredAsync(SourceHealth health, CancellationToken cancellationToken);
}
