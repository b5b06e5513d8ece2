using System.Net.Http.Json;
using System.Text.Json;
using Alerts.Core.Sources;
using Alerts.IntegrationTests.Infrastructure;

namespace Alerts.IntegrationTests.Pipeline;

/// <summary>GET /api/sources shows each source's health, as stored by the poller.</summary>
public sealed class SourceHealthApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task GetSources_AfterAFailedPoll_ShowsTheErrorAndFailureCount()
    {
        await using var feed = await LoopbackServer.StartAsync((http, _) => { http.Response.StatusCode = 503; return Task.CompletedTask; });
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<ISourceStore>().UpsertAsync(new Source { Id = "down", Kind = SourceKind.Feed, Url = feed.BaseUrl + "/rss", AllowPrivateNetwork = true }, default);
        await host.Get<SourcePoller>().PollAsync("down", default);

        using var client = new HttpClient();
        var health = await client.GetFromJsonAsync<JsonElement>(host.BaseUrl + "/api/sources");

        var source = Assert.Single(health.EnumerateArray());
        Assert.Equal("down", source.GetProperty("sourceId").GetString());
        Assert.Equal(1, source.GetProperty("consecutiveFailures").GetInt32());
        Assert.Contains("503", source.GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }
}
