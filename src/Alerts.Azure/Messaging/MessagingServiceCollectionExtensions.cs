using Alerts.Core.Alerting;
using Azure.Core;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Azure.Messaging;

/// <summary>Registers the alert publisher: the Service Bus topic when configured, otherwise none.</summary>
public static class MessagingServiceCollectionExtensions
{
    public static IServiceCollection AddAlertPublisher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ServiceBusOptions.Section);
        services.AddOptions<ServiceBusOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        if (string.IsNullOrWhiteSpace(section[nameof(ServiceBusOptions.FullyQualifiedNamespace)]))
        {
            return services.AddSingleton<IAlertPublisher, NoAlertPublisher>();
        }

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value;
            return new ServiceBusClient(options.FullyQualifiedNamespace, Credential(options));
        });
        services.AddSingleton(sp => sp.GetRequiredService<ServiceBusClient>().CreateSender(sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value.TopicName));
        return services.AddSingleton<IAlertPublisher, ServiceBusAlertPublisher>();
    }

    /// <summary>A user-assigned managed identity when ClientId is set; otherwise DefaultAzureCredential. Never a key.</summary>
    private static TokenCredential Credential(ServiceBusOptions options) =>
        string.IsNullOrWhiteSpace(options.ClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
}
