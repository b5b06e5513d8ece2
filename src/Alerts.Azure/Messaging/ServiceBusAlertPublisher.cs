using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Azure.Messaging;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Options;

namespace Alerts.Azure.Messaging;

/// <summary>
/// Publishes each alert to the topic as a structured-mode CloudEvent 1.0 (JSON): id = the alert id,
/// type = its wire name ("exchange.reported"), source = the public base URL, data = the webhook
/// payload's data. MessageId = the alert id (the topic's duplicate detection drops a republished
/// alert); Subject = the wire name, for subscription filters.
/// </summary>
public sealed class ServiceBusAlertPublisher(ServiceBusSender sender, IOptions<PublicLinks> links) : IAlertPublisher
{
    public const string ContentType = "application/cloudevents+json; charset=utf-8";

    public Task PublishAsync(Alert alert, CancellationToken cancellationToken) =>
        sender.SendMessageAsync(ToMessage(alert, links.Value.BaseUrl), cancellationToken);

    public static ServiceBusMessage ToMessage(Alert alert, string source)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var type = AlertTypes.WireName(alert.Type);
        var cloudEvent = new CloudEvent(source, type, BinaryData.FromString(WebhookPayload.DataJson(alert)), "application/json", CloudEventDataFormat.Json)
        {
            Id = alert.Id,
            Time = alert.CreatedAt,
            Subject = alert.Exchange?.Id ?? alert.Statistic?.Key,
        };
        return new ServiceBusMessage(BinaryData.FromObjectAsJson(cloudEvent))
        {
            MessageId = alert.Id,
            Subject = type,
            ContentType = ContentType,
        };
    }
}
