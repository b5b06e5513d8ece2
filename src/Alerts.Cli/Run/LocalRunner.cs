using System.Net;
using Alerts.Azure.Email;
using Alerts.Azure.Storage;
using Alerts.Cli.Local;
using Alerts.Functions;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Alerts.Cli.Run;

/// <summary>What `alerts run` was asked to do.</summary>
internal sealed record RunRequest(bool Once, int HttpPort, string? SettingsFile, TimeSpan OnceTimeout, bool Verbose)
{
    /// <summary>The host.json whose queue settings apply; default: the one beside the program.</summary>
    public string HostJsonPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "host.json");
}

/// <summary>
/// Hosts the Functions app's own function classes without Core Tools: timers on their schedules,
/// queue triggers on Storage Queues with host.json's semantics, HTTP functions on loopback.
/// Starts Azurite when no storage connection is configured.
/// </summary>
internal static class LocalRunner
{
    public static async Task<int> RunAsync(RunRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(LocalDefaults.Values(request.HttpPort));
        if (request.SettingsFile is { } file)
        {
            configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
        }

        configuration.AddEnvironmentVariables();
        await using var azurite = StorageClients.IsConfigured(configuration) ? null : await AzuriteProcess.StartAsync(stderr, cancellationToken).ConfigureAwait(false);
        if (azurite is not null)
        {
            configuration[StorageClients.SettingName] = azurite.ConnectionString;
            await stderr.WriteLineAsync("Started Azurite (in memory) on 127.0.0.1; set AzureWebJobsStorage to use your own storage.").ConfigureAwait(false);
        }

        await using var app = Build(request, configuration, stdout);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var smtp = app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        await stderr.WriteLineAsync(string.IsNullOrWhiteSpace(smtp.Host)
            ? $"Mail goes to {Path.GetFullPath(smtp.PickupDirectory)} as .eml files (set Smtp__Host to send it)."
            : $"Mail goes to {smtp.Host}:{smtp.Port}.").ConfigureAwait(false);
        await stderr.WriteLineAsync($"HTTP functions on http://127.0.0.1:{request.HttpPort}/ — {(request.Once ? "running one cycle" : "Ctrl+C stops")}.").ConfigureAwait(false);

        var exit = 0;
        try
        {
            if (request.Once)
            {
                exit = await WaitUntilQuietAsync(app, request.OnceTimeout, stderr, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return exit;
    }

    /// <summary>The host with every function of the Functions app scheduled, listened to or mapped.</summary>
    public static WebApplication Build(RunRequest request, IConfiguration configuration, TextWriter stdout, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, request.HttpPort));
        builder.Logging.ClearProviders()
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System", LogLevel.Warning)
            .AddFilter("Azure", LogLevel.Warning)
            .AddFilter("Alerts", request.Verbose ? LogLevel.Debug : LogLevel.Information);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        FunctionServices.Add(builder.Services, builder.Configuration);
        builder.Services.AddMvcCore();
        builder.Services.AddSingleton(sp => new RunJournal(stdout, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<RunActivity>();
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddHostedService<LocalDemo>();
        var functions = FunctionCatalog.Discover(typeof(FunctionServices).Assembly);
        var unsupported = functions.Select(f => (f, Why: FunctionCatalog.Unsupported(f))).Where(x => x.Why is not null).ToList();
        if (unsupported.Count > 0)
        {
            throw new InvalidOperationException("The local runner cannot run: " + string.Join("; ", unsupported.Select(x => $"{x.f.Name}: {x.Why}")));
        }

        var queueSettings = HostJson.QueueSettings(request.HostJsonPath);
        foreach (var function in functions)
        {
            switch (function.Kind)
            {
                case TriggerKind.Queue:
                    builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueTriggerListener>(sp, function, queueSettings));
                    break;
                case TriggerKind.Timer:
                    builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<TimerTriggerScheduler>(sp, function, request.Once));
                    break;
            }
        }

        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        HttpFunctionEndpoints.Map(app, functions, HostJson.RoutePrefix(request.HostJsonPath));
        return app;
    }

    private static async Task<int> WaitUntilQuietAsync(WebApplication app, TimeSpan timeout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var activity = app.Services.GetRequiredService<RunActivity>();
        var queues = app.Services.GetRequiredService<QueueServiceClient>();
        var time = app.Services.GetRequiredService<TimeProvider>();
        var deadline = time.GetUtcNow() + timeout;
        var timers = app.Services.GetServices<IHostedService>().OfType<TimerTriggerScheduler>().Select(t => t.ExecuteTask ?? Task.CompletedTask);
        await Task.WhenAll(timers).WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
        var quietChecks = 0;
        while (quietChecks < 3)
        {
            if (time.GetUtcNow() > deadline)
            {
                await stderr.WriteLineAsync($"alerts run --once: the pipeline was still busy after {timeout}.").ConfigureAwait(false);
                return 1;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(400), time, cancellationToken).ConfigureAwait(false);
            var pending = 0;
            foreach (var queue in QueueNames.All)
            {
                pending += (await queues.GetQueueClient(queue).GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
            }

            quietChecks = pending == 0 && !activity.IsBusy ? quietChecks + 1 : 0;
        }

        return 0;
    }
}
