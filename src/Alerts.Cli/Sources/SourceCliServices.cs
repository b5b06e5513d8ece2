using Alerts.Azure.Storage;
using Alerts.Core.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Cli.Sources;

/// <summary>
/// What the <c>alerts sources</c> commands need: settings (environment variables, optionally a
/// JSON file), the source readers, and the Sources table named by <c>AzureWebJobsStorage</c>.
/// </summary>
internal static class SourceCliServices
{
    public static IConfiguration Configuration(string? settingsFile)
    {
        var builder = new ConfigurationBuilder();
        if (settingsFile is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(settingsFile), optional: false);
        }

        return builder.AddEnvironmentVariables().Build();
    }

    public static ServiceProvider Readers(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSourceReaders(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The Sources table, created if missing; null (with a message) when storage is not configured.</summary>
    public static async Task<ISourceStore?> StoreAsync(IConfiguration configuration, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!StorageClients.IsConfigured(configuration))
        {
            await stderr.WriteLineAsync(
                $"Storage is not configured: set {StorageClients.SettingName} to the connection string of the storage account "
                + "(for `alerts run`'s Azurite, the one it prints; or start Azurite yourself).").ConfigureAwait(false);
            return null;
        }

        var tables = StorageClients.Tables(configuration);
        await tables.CreateTableIfNotExistsAsync(TableNames.Sources, cancellationToken).ConfigureAwait(false);
        await tables.CreateTableIfNotExistsAsync(TableNames.SourceStates, cancellationToken).ConfigureAwait(false);
        return new TableSourceStore(tables);
    }
}
