using System.Net;
using Alerts.Azure.Email;
using Alerts.Azure.Messaging;
using Alerts.Azure.Storage;
using Alerts.Azure.Webhooks;
using Alerts.Core.Alerting;
using Alerts.Core.Delivery;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Core.Items;
using Alerts.Core.Net;
using Alerts.Core.Processing;
using Alerts.Core.Sources;
using Alerts.Core.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Azure;

/// <summary>The service registration both hosts share: the Functions app and `alerts run`.</summary>
public static class AlertsServiceCollectionExtensions
{
    public const string UserAgent = "AlertsBot/1.0 (+https://github.com/alerts/alerts; POW exchange monitor)";

    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<PollingOptions>(configuration.GetSection(PollingOptions.Section));
        services.AddValidatedOptions<DeliveryOptions>(configuration.GetSection(DeliveryOptions.Section));
        services.AddValidatedOptions<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddOptions<PublicLinks>()
            .Configure(o => o.BaseUrl = configuration[PublicLinks.SettingName] ?? o.BaseUrl)
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(_ => StorageClients.Tables(configuration));
        services.AddSingleton(_ => StorageClients.Queues(configuration));
        services.AddSingleton<ISourceStore, TableSourceStore>();
        services.AddSingleton<IItemStore, TableItemStore>();
        services.AddSingleton<IExchangeStore, TableExchangeStore>();
        services.AddSingleton<IAlertStore, TableAlertStore>();
        services.AddSingleton<ISubscriberStore, TableSubscriberStore>();
        services.AddSingleton<IDeliveryStore, TableDeliveryStore>();
        services.AddSingleton<StorageInitializer>();

        services.AddSourceReaders(configuration);
        services.AddSingleton<SourcePoller>();
        services.AddSingleton<ExchangeDetector>();
        services.AddSingleton<ExchangeLedger>();
        services.AddSingleton<ItemProcessor>();
        services.AddSingleton<AlertFanout>();
        services.AddSingleton<AlertNotifier>();
        services.AddSingleton<ExchangeCatalog>();
        services.AddAlertPublisher(configuration);
        services.AddSingleton<DigestPlanner>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<DeliveryContent>();
        services.AddSingleton<DeliverySender>();
        services.AddSingleton<EndpointHealth>();
        services.AddSingleton<DeliveryRetries>();
        services.AddSingleton<IDeliveryQueue, StorageDeliveryQueue>();
        services.AddSingleton<DeliveryWorker>();
        services.AddSingleton<SubscriptionRegistry>();
        services.AddSingleton<IRateCounter, TableRateCounter>();
        services.AddSingleton<SubscriptionRateLimiter>();
        services.AddValidatedOptions<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<SubscriptionEditor>();
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        services.AddSingleton<IEmailSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Host)
            ? ActivatorUtilities.CreateInstance<PickupDirectoryEmailSender>(sp)
            : ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp));

        AddWebhookClient(services, HttpWebhookSender.HttpClientName, allowPrivateNetwork: false);
        AddWebhookClient(services, HttpWebhookSender.PrivateNetworkHttpClientName, allowPrivateNetwork: true);
        return services;
    }

    /// <summary>
    /// A webhook client behind the SSRF guard (checked on the address connected to): HTTPS to public
    /// addresses only, or — for subscriptions allowed private networks, which only exist when
    /// Delivery:AllowPrivateNetworks is on — anything. Redirects are never followed.
    /// </summary>
    private static void AddWebhookClient(IServiceCollection services, string name, bool allowPrivateNetwork) =>
        services.AddHttpClient(name, (sp, c) =>
            {
                c.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                c.Timeout = sp.GetRequiredService<IOptions<DeliveryOptions>>().Value.WebhookTimeout;
            })
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                var handler = new SsrfGuard(new SsrfGuardOptions { AllowPrivateNetwork = allowPrivateNetwork }).CreateHandler();
                handler.AllowAutoRedirect = false;
                handler.ConnectTimeout = TimeSpan.FromSeconds(10);
                handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
                return handler;
            });

    private static void AddValidatedOptions<T>(this IServiceCollection services, IConfiguration section)
        where T : class =>
        services.AddOptions<T>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
}
