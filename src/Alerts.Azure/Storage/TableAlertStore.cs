using Alerts.Core.Alerting;
using Azure.Data.Tables;

namespace Alerts.Azure.Storage;

/// <summary>Alerts, one row per deterministic alert id.</summary>
public sealed class TableAlertStore(TableServiceClient service) : IAlertStore
{
    private const string Partition = "alert";
    private readonly JsonTable<Alert> _alerts = new(service.GetTableClient(TableNames.Alerts));

    public async Task<Alert> AddOrGetAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (await _alerts.TryAddAsync(Partition, alert.Id, alert, new Dictionary<string, object> { ["CreatedAt"] = alert.CreatedAt }, cancellationToken).ConfigureAwait(false))
        {
            return alert;
        }

        return await GetAsync(alert.Id, cancellationToken).ConfigureAwait(false) ?? alert;
    }

    public async Task<Alert?> GetAsync(string alertId, CancellationToken cancellationToken) =>
        (await _alerts.GetAsync(Partition, alertId, cancellationToken).ConfigureAwait(false))?.Value;

    public async Task<IReadOnlyList<Alert>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and CreatedAt ge {from} and CreatedAt lt {to}");
        return (await _alerts.QueryAsync(filter, cancellationToken).ConfigureAwait(false))
            .Select(a => a.Value)
            .OrderBy(a => a.CreatedAt)
            .ToList();
    }
}
