using Alerts.Azure.Storage;
using Alerts.Cli.Local;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Alerts.IntegrationTests.Infrastructure;

/// <summary>A real Azurite, in memory on free loopback ports, for one test class (started and stopped by process id).</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started");

    public IConfiguration Configuration => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [StorageClients.SettingName] = ConnectionString })
        .Build();

    public TableServiceClient Tables => StorageClients.Tables(Configuration);

    public QueueServiceClient Queues => StorageClients.Queues(Configuration);

    /// <summary>Creates the service's tables, for tests that use the stores without the host.</summary>
    public async Task CreateTablesAsync()
    {
        foreach (var table in TableNames.All)
        {
            await Tables.CreateTableIfNotExistsAsync(table);
        }
    }

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(TextWriter.Null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
