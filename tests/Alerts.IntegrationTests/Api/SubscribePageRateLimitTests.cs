using System.Net;
using System.Text.RegularExpressions;
using Alerts.IntegrationTests.Infrastructure;

namespace Alerts.IntegrationTests.Api;

/// <summary>The page's subscribe form is held to the same rate limits as the API, so it cannot flood a mailbox.</summary>
public sealed partial class SubscribePageRateLimitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task PostSubscribe_SameAddressOverTheDailyLimit_Answers429AndSendsNothingMore()
    {
        await using var host = await PipelineHost.StartAsync(azurite, new Dictionary<string, string?> { ["RateLimits:SubscriptionsPerAddressPerDay"] = "1" });
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(host.BaseUrl) };

        var first = await SubscribeAsync(client, "target@example.org");
        var second = await SubscribeAsync(client, "target@example.org");

        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
        Assert.Contains("Too many subscription requests", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SubscribeAsync(HttpClient client, string email)
    {
        var form = await client.GetStringAsync("/subscribe");
        var token = FormToken().Match(form).Groups[1].Value;
        return await client.PostAsync("/subscribe", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["form_token"] = token,
            ["channel"] = "Email",
            ["email"] = email,
            ["minExchangeSize"] = "0",
            ["cadence"] = "Daily",
            ["hour"] = "8",
            ["timeZone"] = "UTC",
            ["day"] = "Monday",
        }));
    }

    [GeneratedRegex("name=\"form_token\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
