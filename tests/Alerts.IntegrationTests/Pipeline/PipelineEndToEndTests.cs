using Alerts.Azure.Storage;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Exchanges;
using Alerts.Core.Items;
using Alerts.Core.Sources;
using Alerts.Core.Subscriptions;
using Alerts.IntegrationTests.Infrastructure;
using StandardWebhooks;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Alerts.IntegrationTests.Pipeline;

/// <summary>
/// The whole pipeline against real parts: a loopback feed → PollSources → queue → PollSource →
/// ProcessItem → Notify/SendDigests → Deliver, on Azurite, to a real SMTP server and a webhook receiver.
/// </summary>
public sealed class PipelineEndToEndTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Pipeline_FeedWithExchangeReport_StoresOneExchangeAndDeliversWebhookAndDigestOnce()
    {
        await using var feed = await LoopbackServer.StartAsync((http, _) => http.Response.WriteAsync(Fixtures.ExchangeFeed));
        await using var receiver = await LoopbackServer.StartAsync((http, _) => { http.Response.StatusCode = 204; return Task.CompletedTask; });
        await using var smtp = SmtpSink.Start();
        await using var host = await PipelineHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
        });
        await host.Get<ISourceStore>().UpsertAsync(new Source { Id = "wire", Kind = SourceKind.Feed, Url = feed.BaseUrl + "/rss", Language = "en", AllowPrivateNetwork = true }, default);
        var registry = host.Get<SubscriptionRegistry>();
        var webhook = await registry.SubscribeAsync(new SubscriptionRequest { Webhook = receiver.BaseUrl + "/hook", Cadence = Cadence.Immediate, AllowPrivateNetwork = true }, default);
        var daily = await registry.SubscribeAsync(new SubscriptionRequest { Email = "reader@example.org", Cadence = Cadence.Daily, Hour = 8, Confirmed = true }, default);

        await host.FireTimerAsync("PollSources");
        await Eventually.WaitAsync(() => AlertCalls(receiver).Count == 1, "the exchange webhook", detail: () => "Journal:\n" + host.Journal);
        await host.WaitForQuietAsync();

        var exchange = Assert.Single(await host.Get<IExchangeStore>().ListAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31), default));
        Assert.Equal(146, exchange.ReturnedTo.RU);
        Assert.Equal(146, exchange.ReturnedTo.UA);
        Assert.Equal(["AE"], exchange.Mediators);
        Assert.Equal(["BY"], exchange.Transit);
        Assert.Equal(new DateOnly(2026, 11, 21), exchange.Date);

        var call = Assert.Single(AlertCalls(receiver));
        var headers = new HeaderDictionary();
        foreach (var (name, value) in call.Headers)
        {
            headers[name] = value;
        }

        new StandardWebhook(webhook.Subscriber.WebhookSecret!).Verify(call.Body, headers);
        Assert.Equal("exchange.reported", JsonDocument.Parse(call.Body).RootElement.GetProperty("type").GetString());

        host.Clock.Offset = NextEightUtc(host.Clock.GetUtcNow()) - host.Clock.GetUtcNow() + TimeSpan.FromMinutes(1);
        await host.FireTimerAsync("SendDigests");
        await Eventually.WaitAsync(() => !smtp.Messages.IsEmpty, "the daily digest email");
        await host.WaitForQuietAsync();

        var digest = Assert.Single(smtp.Messages);
        Assert.Equal("reader@example.org", digest.To.Mailboxes.Single().Address);
        Assert.Contains("146 for 146", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("UAE", digest.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("<" + host.BaseUrl + "/u/", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);

        // Replays: every message of the pipeline delivered again changes nothing.
        var item = new ItemRef("wire", Assert.Single(exchange.Reports).ItemId);
        var alerts = await host.Get<IAlertStore>().ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default);
        var alert = Assert.Single(alerts);
        await host.SendAsync(QueueNames.Items, JsonSerializer.Serialize(item, JsonSerializerOptions.Web));
        await host.SendAsync(QueueNames.Items, JsonSerializer.Serialize(item, JsonSerializerOptions.Web));
        await host.SendAsync(QueueNames.Alerts, alert.Id);
        await host.SendAsync(QueueNames.Deliveries, JsonSerializer.Serialize(new DeliveryRequest(DeliveryKind.Alert, webhook.Subscriber.Id, alert.Id), JsonSerializerOptions.Web));
        await host.FireTimerAsync("SendDigests");
        await host.WaitForQuietAsync();

        Assert.Single(await host.Get<IAlertStore>().ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default));
        Assert.Single(AlertCalls(receiver));
        Assert.Single(smtp.Messages);
        Assert.Equal(daily.Subscriber.Id, (await host.Get<ISubscriberStore>().GetAsync(daily.Subscriber.Id, default))!.Id);
    }

    private static List<RecordedRequest> AlertCalls(LoopbackServer receiver) =>
        receiver.Received.Where(r => !r.Body.Contains("webhook.verification", StringComparison.Ordinal)).ToList();

    private static DateTimeOffset NextEightUtc(DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date.AddHours(8), TimeSpan.Zero);
        return today > now ? today : today.AddDays(1);
    }
}
