namespace Alerts.Core.Alerting;

/// <summary>Publishes alerts for other systems (a Service Bus topic, as CloudEvents).</summary>
public interface IAlertPublisher
{
    /// <summary>Publishes the alert; publishing it again is harmless (the alert id de-duplicates).</summary>
    Task PublishAsync(Alert alert, CancellationToken cancellationToken);
}

/// <summary>Used when no topic is configured: publishes nothing.</summary>
public sealed class NoAlertPublisher : IAlertPublisher
{
    public Task PublishAsync(Alert alert, CancellationToken cancellationToken) => Task.CompletedTask;
}
