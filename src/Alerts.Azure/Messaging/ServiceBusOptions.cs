using System.ComponentModel.DataAnnotations;

namespace Alerts.Azure.Messaging;

/// <summary>
/// The Service Bus topic every alert is published to as a CloudEvent. Section "ServiceBus";
/// nothing is published while <see cref="FullyQualifiedNamespace"/> is empty.
/// </summary>
public sealed class ServiceBusOptions
{
    public const string Section = "ServiceBus";

    /// <summary>E.g. "alerts-prod.servicebus.windows.net". Default empty: publishing is off.</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>The topic. Default "alerts".</summary>
    [Required]
    public string TopicName { get; set; } = "alerts";

    /// <summary>Client id of a user-assigned managed identity; empty uses DefaultAzureCredential (system identity, az login). Default empty.</summary>
    public string? ClientId { get; set; }
}
