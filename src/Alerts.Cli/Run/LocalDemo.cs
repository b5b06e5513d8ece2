using Alerts.Core.Sources;
using Alerts.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alerts.Cli.Run;

/// <summary>
/// The offline demo of `alerts run` (setting Demo:Enabled): the bundled demo source (sample
/// reports written for this project) and a confirmed demo subscriber (Demo:Subscriber) whose
/// mail lands in the local mail folder. Starts before the triggers, after storage is created.
/// </summary>
internal sealed partial class LocalDemo(
    IConfiguration configuration, ISourceStore sources, ISubscriberStore subscribers, SubscriptionRegistry registry, ILogger<LocalDemo> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Enabled", false))
        {
            return;
        }

        await sources.UpsertAsync(new Source
        {
            Id = "demo",
            Name = "Offline demo (sample reports written for this project)",
            Kind = SourceKind.Demo,
            Url = "demo:reports",
            Interval = TimeSpan.FromSeconds(5),
        }, cancellationToken).ConfigureAwait(false);

        var address = configuration["Demo:Subscriber"];
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        var existing = await subscribers.ListAsync(cancellationToken).ConfigureAwait(false);
        if (!existing.Any(s => s.Address == address && s.Status == SubscriptionStatus.Active))
        {
            await registry.SubscribeAsync(new SubscriptionRequest { Email = address, Cadence = Cadence.Immediate, Confirmed = true }, cancellationToken).ConfigureAwait(false);
            LogSubscriber(logger, address);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo subscriber {Address} gets each alert as it is raised")]
    private static partial void LogSubscriber(ILogger logger, string address);
}
