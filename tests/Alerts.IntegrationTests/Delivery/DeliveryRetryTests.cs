using System.Globalization;
using Alerts.Azure.Storage;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Subscriptions;
using Alerts.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Alerts.IntegrationTests.Delivery;

/// <summary>Failed deliveries retried through delayed queue messages on Azurite, against a loopback receiver and SMTP server.</summary>
public sealed class DeliveryRetryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Delivery:RetrySchedule"] = "00:00:01",
        ["Delivery:RetryJitter"] = "0",
    };

    [Fact]
    public async Task Deliver_WebhookAnswers500Twice_RetriesWithSameIdAndSendsOnce()
    {
        var calls = 0;
        await using var receiver = await LoopbackServer.StartAsync((http, _) =>
        {
            http.Response.StatusCode = Interlocked.Increment(ref calls) <= 2 ? 500 : 204;
            return Task.CompletedTask;
        });
        await using var host = await StartAsync(FastRetries);
        var subscriber = await WebhookAsync(host, receiver.BaseUrl);

        var alert = await RaiseAsync(host, "retry-500");
        await Eventually.WaitAsync(() => receiver.Received.Count >= 3, "three webhook calls", detail: () => host.Journal.ToString());
        await host.WaitForQuietAsync();

        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.Headers["webhook-id"]).Distinct());
        var record = await host.Get<IDeliveryStore>().GetAsync(new DeliveryRequest(DeliveryKind.Alert, subscriber.Id, alert.Id).DeliveryId, default);
        Assert.Equal(DeliveryState.Sent, record!.State);
        Assert.Equal(3, record.Attempts);
        Assert.Null((await host.Get<ISubscriberStore>().GetAsync(subscriber.Id, default))!.FailingSince);
    }

    [Fact]
    public async Task Deliver_WebhookAnswers429WithRetryAfter_WaitsAsAsked()
    {
        var calls = 0;
        await using var receiver = await LoopbackServer.StartAsync((http, _) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                http.Response.StatusCode = 429;
                http.Response.Headers.RetryAfter = "3";
            }
            else
            {
                http.Response.StatusCode = 200;
            }

            return Task.CompletedTask;
        });
        await using var host = await StartAsync(FastRetries);
        var subscriber = await WebhookAsync(host, receiver.BaseUrl);

        await RaiseAsync(host, "retry-429");
        await Eventually.WaitAsync(() => receiver.Received.Count >= 2, "the retried webhook call", detail: () => host.Journal.ToString());
        var times = host.Journal.ToString();
        await host.WaitForQuietAsync();

        Assert.Equal(2, receiver.Received.Count);
        var record = Assert.Single(await DeliveryRecordsAsync(host, subscriber.Id));
        Assert.Equal(DeliveryState.Sent, record.State);
        Assert.True(record.SentAt - record.FirstFailedAt >= TimeSpan.FromSeconds(2.9), $"retried after {record.SentAt - record.FirstFailedAt}, not the 3 s asked. {times}");
    }

    [Fact]
    public async Task Deliver_WebhookAnswers410_DisablesEndpointAndTellsContact()
    {
        await using var receiver = await LoopbackServer.StartAsync((http, _) => { http.Response.StatusCode = 410; return Task.CompletedTask; });
        await using var smtp = SmtpSink.Start();
        await using var host = await StartAsync(Smtp(smtp.Port, FastRetries));
        var subscriber = await WebhookAsync(host, receiver.BaseUrl, contact: "owner@example.org");

        await RaiseAsync(host, "gone-410");
        await Eventually.WaitAsync(() => !smtp.Messages.IsEmpty, "the notice to the contact", detail: () => host.Journal.ToString());
        await host.WaitForQuietAsync();

        Assert.Single(receiver.Received);
        Assert.Equal(SubscriptionStatus.Disabled, (await host.Get<ISubscriberStore>().GetAsync(subscriber.Id, default))!.Status);
        var notice = Assert.Single(smtp.Messages);
        Assert.Equal("owner@example.org", notice.To.Mailboxes.Single().Address);
        Assert.Contains("410", notice.TextBody, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Failed, Assert.Single(await DeliveryRecordsAsync(host, subscriber.Id)).State);
    }

    [Fact]
    public async Task Deliver_WebhookFailingForDays_DisablesEndpointAndTellsOperator()
    {
        await using var receiver = await LoopbackServer.StartAsync((http, _) => { http.Response.StatusCode = 503; return Task.CompletedTask; });
        await using var smtp = SmtpSink.Start();
        await using var host = await StartAsync(Smtp(smtp.Port, new(FastRetries) { ["Delivery:OperatorEmail"] = "ops@example.org" }));
        var subscriber = await WebhookAsync(host, receiver.BaseUrl);

        await RaiseAsync(host, "failing-days");
        await Eventually.WaitAsync(
            async () => (await DeliveryRecordsAsync(host, subscriber.Id)).FirstOrDefault(),
            r => r?.RetryAt is not null,
            "the first failure recorded and its retry scheduled");
        host.Clock.Offset = TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1);
        await Eventually.WaitAsync(() => !smtp.Messages.IsEmpty, "the notice to the operator", detail: () => host.Journal.ToString());
        await host.WaitForQuietAsync();

        Assert.Equal(2, receiver.Received.Count);
        Assert.Equal(SubscriptionStatus.Disabled, (await host.Get<ISubscriberStore>().GetAsync(subscriber.Id, default))!.Status);
        Assert.Equal("ops@example.org", Assert.Single(smtp.Messages).To.Mailboxes.Single().Address);
        var record = Assert.Single(await DeliveryRecordsAsync(host, subscriber.Id));
        Assert.Equal(DeliveryState.Failed, record.State);
        Assert.Contains("503", record.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_SmtpServerDown_RetriedUntilItAcceptsOnce()
    {
        var port = SmtpSink.FreePort();
        await using var host = await StartAsync(Smtp(port, FastRetries));
        var created = await host.Get<SubscriptionRegistry>().SubscribeAsync(new SubscriptionRequest { Email = "reader@example.org", Cadence = Cadence.Immediate, Confirmed = true }, default);

        await RaiseAsync(host, "smtp-down");
        await Eventually.WaitAsync(
            async () => (await DeliveryRecordsAsync(host, created.Subscriber.Id)).FirstOrDefault(),
            r => r?.LastError is not null,
            "the first failed attempt",
            detail: () => host.Journal.ToString());
        await using var smtp = SmtpSink.Start(port);
        await Eventually.WaitAsync(() => !smtp.Messages.IsEmpty, "the email once the server is up", detail: () => host.Journal.ToString());
        await host.WaitForQuietAsync();

        Assert.Single(smtp.Messages);
        var record = Assert.Single(await DeliveryRecordsAsync(host, created.Subscriber.Id));
        Assert.Equal(DeliveryState.Sent, record.State);
        Assert.Equal(created.Subscriber.Id, record.SubscriberId);
        Assert.True(record.Attempts >= 2);
    }

    private async Task<PipelineHost> StartAsync(Dictionary<string, string?> settings)
    {
        var host = await PipelineHost.StartAsync(azurite, settings);
        await EndEarlierSubscriptionsAsync(host);
        return host;
    }

    internal static Dictionary<string, string?> Smtp(int port, Dictionary<string, string?> settings) => new(settings)
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
    };

    /// <summary>
    /// Tests of a class share one Azurite: ends the subscriptions earlier tests left, so their
    /// receivers (gone now) get none of this test's alerts and their retries stop.
    /// </summary>
    internal static async Task EndEarlierSubscriptionsAsync(PipelineHost host)
    {
        var store = host.Get<ISubscriberStore>();
        foreach (var subscriber in await store.ListAsync(default))
        {
            await store.TryUpdateAsync(subscriber with { Status = SubscriptionStatus.Unsubscribed }, default);
        }
    }

    internal static async Task<Subscriber> WebhookAsync(PipelineHost host, string receiverUrl, string? contact = null) =>
        (await host.Get<SubscriptionRegistry>().SubscribeAsync(
            new SubscriptionRequest { Webhook = receiverUrl + "/hook", Cadence = Cadence.Immediate, AllowPrivateNetwork = true, Confirmed = true, Contact = contact },
            default)).Subscriber;

    internal static async Task<Alert> RaiseAsync(PipelineHost host, string id)
    {
        var alert = TestAlerts.Exchange(id, host.Clock.GetUtcNow());
        await host.Get<IAlertStore>().AddOrGetAsync(alert, default);
        await host.SendAsync(QueueNames.Alerts, alert.Id);
        return alert;
    }

    internal static async Task<List<DeliveryRecord>> DeliveryRecordsAsync(PipelineHost host, string subscriberId)
    {
        var table = host.Get<global::Azure.Data.Tables.TableServiceClient>().GetTableClient(TableNames.Deliveries);
        var records = new List<DeliveryRecord>();
        await foreach (var entity in table.QueryAsync<global::Azure.Data.Tables.TableEntity>())
        {
            if (await host.Get<IDeliveryStore>().GetAsync(entity.RowKey, default) is { } record && record.SubscriberId == subscriberId)
            {
                records.Add(record);
            }
        }

        return records;
    }
}
