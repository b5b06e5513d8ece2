using Alerts.Pages.Forms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Pages;

/// <summary>Registers what the page's functions need.</summary>
public static class PageServices
{
    public static IServiceCollection AddPages(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PageOptions>().Bind(configuration.GetSection(PageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FormGuard>();
        return services;
    }
}
