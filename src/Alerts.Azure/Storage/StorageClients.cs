using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Alerts.Azure.Storage;

/// <summary>
/// Builds Table and Queue clients from the <c>AzureWebJobsStorage</c> setting, as the Functions
/// host reads it: a connection string (Azurite, local), or identity-based settings in Azure
/// (<c>AzureWebJobsStorage__accountName</c>, <c>__credential=managedidentity</c>, <c>__clientId</c>).
/// </summary>
public static class StorageClients
{
    public const string SettingName = "AzureWebJobsStorage";

    public static TableServiceClient Tables(IConfiguration configuration) =>
        ConnectionString(configuration) is { } cs
            ? new TableServiceClient(cs)
            : new TableServiceClient(ServiceUri(configuration, "table"), Credential(configuration));

    /// <summary>Queue messages are Base64, as the Functions queue trigger expects.</summary>
    public static QueueServiceClient Queues(IConfiguration configuration)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return ConnectionString(configuration) is { } cs
            ? new QueueServiceClient(cs, options)
            : new QueueServiceClient(ServiceUri(configuration, "queue"), Credential(configuration), options);
    }

    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return ConnectionString(configuration) is not null || configuration.GetSection(SettingName)["accountName"] is not null;
    }

    private static string? ConnectionString(IConfiguration configuration) =>
        configuration[SettingName] is { Length: > 0 } value ? value : null;

    private static Uri ServiceUri(IConfiguration configuration, string service)
    {
        var section = configuration.GetSection(SettingName);
        if (section[$"{service}ServiceUri"] is { } explicitUri)
        {
            return new Uri(explicitUri);
        }

        var account = section["accountName"]
            ?? throw new InvalidOperationException($"Storage is not configured: set {SettingName} (a connection string) or {SettingName}__accountName.");
        return new Uri($"https://{account}.{service}.core.windows.net");
    }

    private static TokenCredential Credential(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingName);
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(section["clientId"] is { } id ? ManagedIdentityId.FromUserAssignedClientId(id) : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential();
    }
}
