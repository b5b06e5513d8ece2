using Alerts.Core.Sources;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alerts.Azure.Storage;

/// <summary>Creates the tables and queues (and poison queues) if missing, and loads the default sources once.</summary>
public sealed class StorageInitializer(TableServiceClient tables, QueueServiceClient queues, ISourceStore sources, IOptions<SourceRegistryOptions> registry) : IHostedService
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var table in TableNames.All)
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
        }

        foreach (var queue in QueueNames.All.SelectMany(q => new[] { q, q + "-poison" }))
        {
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (!registry.Value.LoadDefaults)
        {
            return;
        }

        var known = (await sources.ListAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Id).ToHashSet();
        foreach (var source in SourceRegistry.Defaults().Where(s => !known.Contains(s.Id)))
        {
            await sources.UpsertAsync(source, cancellationToken).ConfigureAwait(false);
        }
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
