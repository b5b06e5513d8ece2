using System.Text.Json;
using Alerts.Azure;
using Alerts.Azure.Messaging;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Azure.Messaging;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Alerts.Azure.Tests.Messaging;

public sealed class ServiceBusAlertPublisherTests
{
    private static readonly Alert Exchange = new()
    {
        Id = "alert-ex-2026-11-21",
        Type = AlertType.ExchangeReported,
        CreatedAt = new DateTimeOffset(2026, 11, 21, 18, 5, 0, TimeSpan.Zero),
        Exchange = new ExchangeEvent { Id = "ex-2026-11-21", Date = new DateOnly(2026, 11, 21), ReturnedTo = new PartyCounts(146, 146), Mediators = ["AE"] },
    };

    [Fact]
    public async Task PublishAsync_Alert_SendsOneMessageWithAlertIdAndWireSubject()
    {
        var sender = Substitute.For<ServiceBusSender>();
        var publisher = new ServiceBusAlertPublisher(sender, Options.Create(new PublicLinks { BaseUrl = "https://alerts.example.org" }));

        await publisher.PublishAsync(Exchange, CancellationToken.None);

        await sender.Received(1).SendMessageAsync(
            Arg.Is<ServiceBusMessage>(m => m.MessageId == Exchange.Id && m.Subject == "exchange.reported" && m.ContentType == ServiceBusAlertPublisher.ContentType),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public void ToMessage_Alert_BodyIsStructuredCloudEvent()
    {
        var message = ServiceBusAlertPublisher.ToMessage(Exchange, "https://alerts.example.org");

        using var json = JsonDocument.Parse(message.Body.ToString());
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal(Exchange.Id, root.GetProperty("id").GetString());
        Assert.Equal("exchange.reported", root.GetProperty("type").GetString());
        Assert.Equal("https://alerts.example.org", root.GetProperty("source").GetString());
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        Assert.Equal("Prisoner exchange: 146 for 146, UAE-mediated (21 Nov 2026)", root.GetProperty("data").GetProperty("summary").GetString());
    }

    [Fact]
    public void ToMessage_ReceivedBySubscriber_ParsesBackToTheSameCloudEvent()
    {
        var sent = ServiceBusAlertPublisher.ToMessage(Exchange, "https://alerts.example.org");
        var received = ServiceBusModelFactory.ServiceBusReceivedMessage(body: sent.Body, messageId: sent.MessageId, subject: sent.Subject, contentType: sent.ContentType);

        var cloudEvent = CloudEvent.Parse(received.Body)!;

        Assert.Equal(Exchange.Id, cloudEvent.Id);
        Assert.Equal("exchange.reported", cloudEvent.Type);
        Assert.Equal(Exchange.CreatedAt, cloudEvent.Time);
        Assert.Equal(146, cloudEvent.Data!.ToObjectFromJson<JsonElement>().GetProperty("exchange").GetProperty("returnedTo").GetProperty("ru").GetInt32());
    }

    [Fact]
    public async Task AddAlerts_NoNamespace_PublishesNothing()
    {
        await using var services = Services(new Dictionary<string, string?>());

        Assert.IsType<NoAlertPublisher>(services.GetRequiredService<IAlertPublisher>());
    }

    [Fact]
    public async Task AddAlerts_NamespaceAndClientId_PublishesToTheTopicWithTheIdentity()
    {
        await using var services = Services(new Dictionary<string, string?>
        {
            ["ServiceBus:FullyQualifiedNamespace"] = "alerts-test.servicebus.windows.net",
            ["ServiceBus:ClientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.IsType<ServiceBusAlertPublisher>(services.GetRequiredService<IAlertPublisher>());
        var sender = services.GetRequiredService<ServiceBusSender>();
        Assert.Equal("alerts", sender.EntityPath);
        Assert.Equal("alerts-test.servicebus.windows.net", sender.FullyQualifiedNamespace);
    }

    [Fact]
    public async Task NotifyAsync_Alert_PublishesThenPlansDeliveries()
    {
        var alerts = Substitute.For<IAlertStore>();
        alerts.GetAsync(Exchange.Id, Arg.Any<CancellationToken>()).Returns(Exchange);
        var subscribers = Substitute.For<Core.Subscriptions.ISubscriberStore>();
        subscribers.ListAsync(Arg.Any<CancellationToken>()).Returns(
        [
            new Core.Subscriptions.Subscriber { Id = "sub-a", Channel = Core.Subscriptions.Channel.Webhook, Address = "https://hooks.example.org/a", Cadence = Core.Subscriptions.Cadence.Immediate, Status = Core.Subscriptions.SubscriptionStatus.Active },
        ]);
        var publisher = Substitute.For<IAlertPublisher>();

        var planned = await new AlertNotifier(alerts, publisher, new AlertFanout(alerts, subscribers)).NotifyAsync(Exchange.Id, CancellationToken.None);

        await publisher.Received(1).PublishAsync(Exchange, Arg.Any<CancellationToken>());
        Assert.Equal([new DeliveryRequest(DeliveryKind.Alert, "sub-a", Exchange.Id)], planned);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["AzureWebJobsStorage"] = "UseDevelopmentStorage=true";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddAlerts(configuration).BuildServiceProvider();
    }
}
