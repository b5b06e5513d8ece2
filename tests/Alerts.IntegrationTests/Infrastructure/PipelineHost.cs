using Alerts.Azure.Storage;
using Alerts.Cli.Run;
using Alerts.Functions;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Sockets;

namespace Alerts.IntegrationTests.Infrastructure;

/// <summary>
/// The service as `alerts run` hosts it (the Functions app's own classes, queue listeners with
/// host.json semantics, HTTP functions), against the fixture's Azurite, with fast test queue settings.
/// </summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private readonly string _hostJson;

    private PipelineHost(WebApplication app, AdjustableClock clock, int port, string hostJson)
    {
        App = app;
        Clock = clock;
        BaseUrl = $"http://127.0.0.1:{port}";
        _hostJson = hostJson;
    }

    public WebApplication App { get; }

    public AdjustableClock Clock { get; }

    public string BaseUrl { get; }

    /// <summary>The runner's JSON lines (one per invocation), for failure messages.</summary>
    public StringWriter Journal { get; private init; } = new();

    public static async Task<PipelineHost> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, int maxDequeueCount = 3)
    {
        var port = FreePort();
        var hostJson = Path.Combine(Path.GetTempPath(), $"alerts-host-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(hostJson, $$"""
            { "version": "2.0", "extensions": { "queues": { "batchSize": 8, "maxDequeueCount": {{maxDequeueCount}}, "visibilityTimeout": "00:00:00.200", "maxPollingInterval": "00:00:00.300" }, "http": { "routePrefix": "" } } }
            """);
        var values = new Dictionary<string, string?>
        {
            [StorageClients.SettingName] = azurite.ConnectionString,
            ["PollSchedule"] = "0 0 0 1 1 *",
            ["DigestSchedule"] = "0 0 0 1 1 *",
            ["HousekeepingSchedule"] = "0 0 0 1 1 *",
            ["PublicBaseUrl"] = $"http://127.0.0.1:{port}",
            ["Delivery:AllowPrivateNetworks"] = "true",
            ["Sources:LoadDefaults"] = "false",
            ["Smtp:PickupDirectory"] = Path.Combine(Path.GetTempPath(), $"alerts-mail-{Guid.NewGuid():N}"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new AdjustableClock();
        var request = new RunRequest(false, port, null, TimeSpan.FromMinutes(1), false) { HostJsonPath = hostJson };
        var journal = new StringWriter();
        var app = LocalRunner.Build(request, configuration, TextWriter.Synchronized(journal), services => services.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        return new PipelineHost(app, clock, port, hostJson) { Journal = journal };
    }

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Fires a timer function now, as its schedule would.</summary>
    public Task<object?> FireTimerAsync(string functionName)
    {
        var function = FunctionCatalog.Discover(typeof(FunctionServices).Assembly).Single(f => f.Name == functionName);
        return Get<FunctionInvoker>().InvokeAsync(function, new TimerInfo(), CancellationToken.None);
    }

    public Task SendAsync(string queue, string message) => Get<QueueServiceClient>().GetQueueClient(queue).SendMessageAsync(message);

    /// <summary>Waits until every pipeline queue is empty and no function is running.</summary>
    public Task WaitForQuietAsync() => Eventually.WaitAsync(
        async () =>
        {
            var pending = 0;
            foreach (var queue in QueueNames.All)
            {
                pending += (await Get<QueueServiceClient>().GetQueueClient(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            }

            return pending == 0 && !Get<RunActivity>().IsBusy;
        },
        quiet => quiet,
        "the pipeline queues to drain",
        detail: () => "Journal (last lines):\n" + string.Join('\n', Journal.ToString().Split('\n').TakeLast(15)));

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        File.Delete(_hostJson);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
