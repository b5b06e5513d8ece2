using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;

namespace Alerts.Functions;

/// <summary>
/// OpenTelemetry for the Functions app: the worker's traces and logs, exported to Application
/// Insights only when APPLICATIONINSIGHTS_CONNECTION_STRING is set (with Entra ID auth when
/// APPLICATIONINSIGHTS_AUTHENTICATION_STRING names a managed identity, as the Bicep sets it).
/// </summary>
public static class Telemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        var clientId = ClientId(configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .UseAzureMonitorExporter(o =>
            {
                o.ConnectionString = connectionString;
                if (clientId is not null)
                {
                    o.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
                }
            });
    }

    /// <summary>The client id in "ClientId=...;Authorization=AAD", or null.</summary>
    private static string? ClientId(string? authentication) =>
        authentication?.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim() == "ClientId")?[1].Trim();
}
