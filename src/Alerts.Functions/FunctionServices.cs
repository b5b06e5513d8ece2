using Alerts.Azure;
using Alerts.Azure.Storage;
using Alerts.Pages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions;

/// <summary>The services the functions need; the Functions host and `alerts run` both call this.</summary>
public static class FunctionServices
{
    /// <summary>The storage connection setting every trigger and output binding names.</summary>
    public const string Connection = StorageClients.SettingName;

    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAlerts(configuration);
        services.AddPages(configuration);
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        return services;
    }
}
