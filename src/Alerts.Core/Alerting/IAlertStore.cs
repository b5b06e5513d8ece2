namespace Alerts.Core.Alerting;

/// <summary>The Alerts table.</summary>
public interface IAlertStore
{
    /// <summary>Stores the alert unless one with its id exists; returns the stored one either way.</summary>
    Task<Alert> AddOrGetAsync(Alert alert, CancellationToken cancellationToken);

    Task<Alert?> GetAsync(string alertId, CancellationToken cancellationToken);

    /// <summary>Alerts created in [from, to), oldest first.</summary>
    Task<IReadOnlyList<Alert>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
