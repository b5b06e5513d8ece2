using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Subscriptions;
using Alerts.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.IntegrationTests.Delivery;

/// <summary>Replays, crashes and races against Azurite never send a delivery twice and never skip one.</summary>
public sealed class ExactlyOnceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task DeliverAsync_ReplayedMessage_SendsOnce()
    {
        await using var receiver = await LoopbackServer.StartAsync((http, _) => { http.Response.StatusCode = 204; return Task.CompletedTask; });
        await using var host = await StartAsync();
        var subscriber = await DeliveryRetryTests.WebhookAsync(host, receiver.BaseUrl);
        var alert = await host.Get<IAlertStore>().AddOrGetAsync(TestAlerts.Exchange("replayed", host.Clock.GetUtcNow()), default);
        var request = new DeliveryRequest(DeliveryKind.Alert, subscriber.Id, alert.Id);

        var first = await host.Get<DeliveryWorker>().DeliverAsync(request, default);
        var replay = await host.Get<DeliveryWorker>().DeliverAsync(request, default);

        Assert.Equal(DeliveryOutcome.Sent, first);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, replay);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task DeliverAsync_TwoInstancesRacing_SendOnce()
    {
        await using var receiver = await LoopbackServer.StartAsync(async (http, _) => { await Task.Delay(200); http.Response.StatusCode = 204; });
        await using var host = await StartAsync(new() { ["Delivery:ClaimLease"] = "00:00:10" });
        var subscriber = await DeliveryRetryTests.WebhookAsync(host, receiver.BaseUrl);
        var alert = await host.Get<IAlertStore>().AddOrGetAsync(TestAlerts.Exchange("raced", host.Clock.GetUtcNow()), default);
        var request = new DeliveryRequest(DeliveryKind.Alert, subscriber.Id, alert.Id);
        var instanceA = ActivatorUtilities.CreateInstance<DeliveryWorker>(host.App.Services);
        var instanceB = ActivatorUtilities.CreateInstance<DeliveryWorker>(host.App.Services);

        var outcomes = await Task.WhenAll(instanceA.DeliverAsync(request, default), instanceB.DeliverAsync(request, default));
        await host.WaitForQuietAsync(); // the loser queued a check for when the claim ends (10 s)

        Assert.Single(outcomes, o => o == DeliveryOutcome.Sent);
        Assert.Single(outcomes, o => o is DeliveryOutcome.Busy or DeliveryOutcome.AlreadyDelivered);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task DeliverAsync_WorkerDiedBetweenClaimAndSend_RedeliveredAfterLeaseWithClaimedContent()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await StartAsync(DeliveryRetryTests.Smtp(smtp.Port, []));
        var subscriber = await DigestSubscriberAsync(host);
        var claimed = await host.Get<IAlertStore>().AddOrGetAsync(TestAlerts.Exchange("claimed", host.Clock.GetUtcNow(), 146, 146), default);
        var periodEnd = host.Clock.GetUtcNow().AddSeconds(1);
        var request = new DeliveryRequest(DeliveryKind.Digest, subscriber.Id, PeriodEnd: periodEnd);
        var lease = host.Get<IOptions<DeliveryOptions>>().Value.ClaimLease;
        await host.Get<IDeliveryStore>().TryAddAsync(new DeliveryRecord
        {
            Id = request.DeliveryId, SubscriberId = subscriber.Id, State = DeliveryState.Sending, AlertIds = [claimed.Id], Attempts = 1, ClaimedUntil = host.Clock.GetUtcNow() + lease,
        }, default);

        var whileClaimed = await host.Get<DeliveryWorker>().DeliverAsync(request, default);
        host.Clock.Offset = lease + TimeSpan.FromSeconds(5);
        var afterLease = await host.Get<DeliveryWorker>().DeliverAsync(request, default);

        Assert.Equal(DeliveryOutcome.Busy, whileClaimed);
        Assert.Equal(DeliveryOutcome.Sent, afterLease);
        var message = Assert.Single(smtp.Messages);
        Assert.Contains("146 for 146", message.Subject, StringComparison.Ordinal);
        Assert.Equal(periodEnd, (await host.Get<ISubscriberStore>().GetAsync(subscriber.Id, default))!.DeliveredThrough);
    }

    /// <summary>
    /// SMTP has no idempotency key: a crash after the server accepted and before the record is
    /// marked resends once, with the same Message-ID and content, which mail systems de-duplicate.
    /// </summary>
    [Fact]
    public async Task DeliverAsync_CrashAfterSmtpAccepted_ResendsSameMessageIdAndClaimedContent()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await StartAsync(DeliveryRetryTests.Smtp(smtp.Port, []));
        var subscriber = await DigestSubscriberAsync(host);
        await host.Get<IAlertStore>().AddOrGetAsync(TestAlerts.Exchange("before-crash", host.Clock.GetUtcNow(), 146, 146), default);
        var request = new DeliveryRequest(DeliveryKind.Digest, subscriber.Id, PeriodEnd: host.Clock.GetUtcNow().AddSeconds(1));
        var crashing = ActivatorUtilities.CreateInstance<DeliveryWorker>(
            host.App.Services,
            ActivatorUtilities.CreateInstance<DeliverySender>(host.App.Services, new CrashAfterSend(host.Get<IEmailSender>())));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashing.DeliverAsync(request, default));
        await host.Get<IAlertStore>().AddOrGetAsync(TestAlerts.Exchange("after-crash", host.Clock.GetUtcNow(), 500, 500), default);
        host.Clock.Offset = host.Get<IOptions<DeliveryOptions>>().Value.ClaimLease + TimeSpan.FromSeconds(5);
        var retried = await host.Get<DeliveryWorker>().DeliverAsync(request, default);
        var replayed = await host.Get<DeliveryWorker>().DeliverAsync(request, default);

        Assert.Equal(DeliveryOutcome.Sent, retried);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, replayed);
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Single(smtp.Messages.Select(m => m.MessageId).Distinct());
        Assert.Single(smtp.Messages.Select(m => m.Subject).Distinct());
        Assert.All(smtp.Messages, m => Assert.DoesNotContain("500 for 500", m.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverAsync_EmptyDigestPeriod_SendsNothingAndAdvances()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await StartAsync(DeliveryRetryTests.Smtp(smtp.Port, []));
        var subscriber = await DigestSubscriberAsync(host);
        var periodEnd = host.Clock.GetUtcNow().AddSeconds(1);

        var outcome = await host.Get<DeliveryWorker>().DeliverAsync(new DeliveryRequest(DeliveryKind.Digest, subscriber.Id, PeriodEnd: periodEnd), default);

        Assert.Equal(DeliveryOutcome.Empty, outcome);
        Assert.Empty(smtp.Messages);
        Assert.Equal(periodEnd, (await host.Get<ISubscriberStore>().GetAsync(subscriber.Id, default))!.DeliveredThrough);
    }

    private async Task<PipelineHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var host = await PipelineHost.StartAsync(azurite, settings);
        await DeliveryRetryTests.EndEarlierSubscriptionsAsync(host);
        return host;
    }

    private static async Task<Subscriber> DigestSubscriberAsync(PipelineHost host) =>
        (await host.Get<SubscriptionRegistry>().SubscribeAsync(new SubscriptionRequest { Email = "digest@example.org", Cadence = Cadence.Daily, Confirmed = true }, default)).Subscriber;

    /// <summary>Hands the message to the real sender, then dies as a killed process would (nothing after it runs).</summary>
    private sealed class CrashAfterSend(IEmailSender inner) : IEmailSender
    {
        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            await inner.SendAsync(message, cancellationToken);
            throw new OperationCanceledException("The worker was killed after the SMTP server accepted the message");
        }
    }
}
