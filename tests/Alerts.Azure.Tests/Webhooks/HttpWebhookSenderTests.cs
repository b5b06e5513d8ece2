using Alerts.Azure;
using Alerts.Core.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Azure.Tests.Webhooks;

public sealed class HttpWebhookSenderTests
{
    [Theory]
    [InlineData("https://127.0.0.1:9/hook", "loopback")]
    [InlineData("https://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("https://[::ffff:10.0.0.1]/hook", "private")]
    public async Task SendAsync_PrivateAddressWithoutAllowance_RefusedByTheGuard(string url, string kind)
    {
        await using var services = Services();

        var response = await services.GetRequiredService<IWebhookSender>().SendAsync(new WebhookMessage(url, "whsec_" + Convert.ToBase64String(new byte[32]), "msg_1", "{}", AllowPrivateNetwork: false), CancellationToken.None);

        Assert.Equal(0, response.StatusCode);
        Assert.Contains(kind, response.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_PlainHttpWithoutAllowance_Refused()
    {
        await using var services = Services();

        var response = await services.GetRequiredService<IWebhookSender>().SendAsync(new WebhookMessage("http://127.0.0.1:9/hook", "whsec_" + Convert.ToBase64String(new byte[32]), "msg_1", "{}", AllowPrivateNetwork: false), CancellationToken.None);

        Assert.Equal(0, response.StatusCode);
        Assert.Contains("Refused", response.Error, StringComparison.Ordinal);
    }

    private static ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }).Build();
        return new ServiceCollection().AddLogging().AddAlerts(configuration).BuildServiceProvider();
    }
}
