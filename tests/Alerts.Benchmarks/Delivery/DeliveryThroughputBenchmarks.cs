using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Alerts.Azure.Email;
using Alerts.Azure.Webhooks;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Core.Subscriptions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Alerts.Benchmarks.Delivery;

/// <summary>
/// 10,000 immediate webhook alerts to a loopback Kestrel receiver, and 10,000 digest emails (3
/// alerts each) to a loopback SMTP server (SmtpServer package), through the real DeliveryWorker,
/// DeliverySender, HttpWebhookSender (signing) and SmtpEmailSender (MailKit), 16 at a time (the
/// queue batch size). Stores are in memory so the figures are the delivery path's, not storage's.
/// Time is per delivery (OperationsPerInvoke); peak working set is printed at cleanup (each benchmark runs in its own process).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DeliveryThroughputBenchmarks
{
    private const int Deliveries = 10_000;
    private const int Concurrency = 16;
    private readonly InMemoryDeliveryStores _webhookStores = new();
    private readonly InMemoryDeliveryStores _emailStores = new();
    private readonly CancellationTokenSource _stop = new();
    private WebApplication? _receiver;
    private ServiceProvider? _webhookServices;
    private ServiceProvider? _emailServices;
    private List<DeliveryRequest> _webhookRequests = [];
    private List<DeliveryRequest> _emailRequests = [];
    private DateTimeOffset _start;
    private int _received;
    private int _mailed;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _receiver = builder.Build();
        _receiver.Run(context =>
        {
            Interlocked.Increment(ref _received);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        await _receiver.StartAsync();

        var smtpPort = FreePort();
        var smtpServices = new SmtpServer.ComponentModel.ServiceProvider();
        smtpServices.Add(new CountingStore(() => Interlocked.Increment(ref _mailed)));
        var smtpOptions = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, smtpPort))).Build();
        _ = new SmtpServer.SmtpServer(smtpOptions, smtpServices).StartAsync(_stop.Token);

        var now = DateTimeOffset.UtcNow;
        _start = now;
        var hook = new Subscriber
        {
            Id = "sub-hook", Channel = Channel.Webhook, Address = _receiver.Urls.First() + "/hook", Cadence = Cadence.Immediate,
            Status = SubscriptionStatus.Active, WebhookSecret = SubscriptionTokens.NewWebhookSecret(), AllowPrivateNetwork = true, CreatedAt = now.AddDays(-2),
        };
        await _webhookStores.TryAddAsync(hook, default);
        for (var i = 0; i < Deliveries; i++)
        {
            var alert = await _webhookStores.AddOrGetAsync(Alert($"alert-{i}", now.AddMinutes(-i)), default);
            _webhookRequests.Add(new DeliveryRequest(DeliveryKind.Alert, hook.Id, alert.Id));
        }

        for (var i = 0; i < 3; i++)
        {
            await _emailStores.AddOrGetAsync(Alert($"digest-alert-{i}", now.AddHours(-3 + i)), default);
        }

        for (var i = 0; i < Deliveries; i++)
        {
            var reader = new Subscriber
            {
                Id = $"sub-mail-{i}", Channel = Channel.Email, Address = $"reader{i}@example.org", Cadence = Cadence.Daily,
                Status = SubscriptionStatus.Active, CreatedAt = now.AddDays(-2), DeliveredThrough = now.AddDays(-1),
            };
            await _emailStores.TryAddAsync(reader, default);
            _emailRequests.Add(new DeliveryRequest(DeliveryKind.Digest, reader.Id, PeriodEnd: now));
        }

        _webhookServices = Services(_webhookStores, smtpPort);
        _emailServices = Services(_emailStores, smtpPort);
    }

    [IterationSetup]
    public void ClearDeliveries()
    {
        _webhookStores.Clear(_start.AddDays(-2));
        _emailStores.Clear(_start.AddDays(-1));
    }

    [Benchmark(OperationsPerInvoke = Deliveries)]
    public Task ImmediateWebhooks() => DeliverAllAsync(_webhookServices!, _webhookRequests);

    [Benchmark(OperationsPerInvoke = Deliveries)]
    public Task DigestEmails() => DeliverAllAsync(_emailServices!, _emailRequests);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// Peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MB; webhooks received {_received}, emails received {_mailed}, retries {_webhookStores.Retries + _emailStores.Retries}");
        await _stop.CancelAsync();
        await _receiver!.DisposeAsync();
        await _webhookServices!.DisposeAsync();
        await _emailServices!.DisposeAsync();
    }

    private static async Task DeliverAllAsync(IServiceProvider services, List<DeliveryRequest> requests)
    {
        var worker = services.GetRequiredService<DeliveryWorker>();
        var failures = 0;
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (request, cancellationToken) =>
        {
            if (await worker.DeliverAsync(request, cancellationToken) != DeliveryOutcome.Sent)
            {
                Interlocked.Increment(ref failures);
            }
        });
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} deliveries were not sent");
        }
    }

    private static ServiceProvider Services(InMemoryDeliveryStores stores, int smtpPort)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new DeliveryOptions { AllowPrivateNetworks = true }));
        services.AddSingleton(Options.Create(new PublicLinks { BaseUrl = "https://alerts.example.org" }));
        services.AddSingleton(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = smtpPort, Security = SmtpSecurity.None }));
        services.AddSingleton<IDeliveryStore>(stores).AddSingleton<IAlertStore>(stores).AddSingleton<ISubscriberStore>(stores).AddSingleton<IDeliveryQueue>(stores);
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        services.AddHttpClient(HttpWebhookSender.PrivateNetworkHttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<TokenIssuer>().AddSingleton<DeliverySender>().AddSingleton<EndpointHealth>().AddSingleton<DeliveryRetries>().AddSingleton<DeliveryWorker>();
        return services.BuildServiceProvider();
    }

    private static Alert Alert(string id, DateTimeOffset createdAt) => new()
    {
        Id = id,
        Type = AlertType.ExchangeReported,
        CreatedAt = createdAt,
        Exchange = new ExchangeEvent
        {
            Id = "ex-" + id,
            Date = DateOnly.FromDateTime(createdAt.UtcDateTime),
            ReturnedTo = new PartyCounts(146, 146),
            Mediators = ["AE"],
            Reports = [new ExchangeReport { SourceId = "wire", ItemId = id, Url = "https://wire.example/" + id, Title = "Russia and Ukraine swap 146 prisoners each" }],
        },
    };

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private sealed class CountingStore(Action received) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            received();
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
