using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Alerts.Core.Alerting;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.IntegrationTests.Delivery;
using Alerts.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Alerts.IntegrationTests.Api;

/// <summary>The HTTP API as `alerts run` serves it, against Azurite.</summary>
public sealed class HttpApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ManageApi_WebhookSubscription_ViewChangeTestAndDelete()
    {
        await using var receiver = await LoopbackServer.StartAsync((http, _) => { http.Response.StatusCode = 200; return Task.CompletedTask; });
        await using var host = await PipelineHost.StartAsync(azurite);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        var created = await http.PostAsJsonAsync("/api/subscriptions", new { webhook = receiver.BaseUrl + "/hook", cadence = "immediate", types = new[] { "exchange.reported" }, allowPrivateNetwork = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json(created);
        var token = body.GetProperty("manageToken").GetString();
        Assert.StartsWith("whsec_", body.GetProperty("webhookSecret").GetString(), StringComparison.Ordinal);

        var viewed = await Json(await http.GetAsync($"/api/subscriptions/manage/{token}"));
        Assert.Equal("exchange.reported", viewed.GetProperty("filters").GetProperty("types")[0].GetString());
        Assert.False(viewed.TryGetProperty("webhookSecret", out var secret) && secret.ValueKind != JsonValueKind.Null);

        var invalid = await http.PutAsJsonAsync($"/api/subscriptions/manage/{token}", new { hour = 25, timeZone = "Mars/Olympus" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var invalidBody = await Json(invalid);
        Assert.True(invalidBody.TryGetProperty("errors", out var errors), invalidBody.ToString());
        Assert.True(errors.TryGetProperty("hour", out _));
        Assert.True(errors.TryGetProperty("timeZone", out _));

        var changed = await Json(await http.PutAsJsonAsync($"/api/subscriptions/manage/{token}", new { cadence = "weekly", day = "friday", hour = 7, timeZone = "Europe/Kyiv", types = new[] { "exchange.counts_changed", "statistic.changed" } }));
        Assert.Equal("weekly", changed.GetProperty("cadence").GetString());
        Assert.Equal("friday", changed.GetProperty("day").GetString());
        Assert.Equal(2, changed.GetProperty("filters").GetProperty("types").GetArrayLength());

        var test = await http.PostAsync($"/api/subscriptions/manage/{token}/test", null);
        Assert.Equal(HttpStatusCode.OK, test.StatusCode);
        Assert.Contains(receiver.Received, r => r.Body.Contains("\"webhook.test\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/subscriptions/manage/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/subscriptions/manage/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PutAsJsonAsync($"/api/subscriptions/manage/{token}", new { hour = 9 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync($"/api/subscriptions/manage/{token}/test", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync($"/api/subscriptions/manage/{token}")).StatusCode);
    }

    [Fact]
    public async Task Subscribe_SameAddressTooOften_Answers429WithRetryAfter()
    {
        await using var host = await PipelineHost.StartAsync(azurite, new Dictionary<string, string?> { ["RateLimits:SubscriptionsPerAddressPerDay"] = "2" });
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var address = $"flood-{Guid.NewGuid():N}@example.org";

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await http.PostAsJsonAsync("/api/subscriptions", new { email = address });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Subscribe_InvalidFields_ProblemWithMessagePerField()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        var response = await http.PostAsJsonAsync("/api/subscriptions", new { email = "not-an-address", hour = 30, languages = new[] { "fr" } });
        var unknownType = await http.PostAsJsonAsync("/api/subscriptions", new { email = "a@example.org", types = new[] { "exchange.imagined" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Equal(["email", "hour", "languages"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.Contains("exchange.reported", (await unknownType.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadApi_Exchanges_PagedFilteredAndWithReports()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var store = host.Get<IExchangeStore>();
        foreach (var (day, count) in new[] { (1, 84), (15, 146), (24, 146) })
        {
            await store.TryAddAsync(new ExchangeEvent
            {
                Id = $"api-2025-08-{day:00}",
                Date = new DateOnly(2025, 8, day),
                ReturnedTo = new PartyCounts(count, count),
                Reports =
                [
                    new ExchangeReport { SourceId = "mod-ru", ItemId = $"ru-{day}", Side = Party.RU, Facts = new ExchangeFacts { ReturnedTo = new PartyCounts(count, null) } },
                    new ExchangeReport { SourceId = "kyiv", ItemId = $"ua-{day}", Side = Party.UA, Facts = new ExchangeFacts { ReturnedTo = new PartyCounts(null, count) } },
                ],
            }, default);
        }

        var first = await Json(await http.GetAsync("/api/exchanges?from=2025-08-01&to=2025-08-31&pageSize=2"));
        var second = await Json(await http.GetAsync("/api/exchanges?from=2025-08-01&to=2025-08-31&pageSize=2&page=2"));
        var one = await Json(await http.GetAsync("/api/exchanges/api-2025-08-24"));
        var bad = await http.GetAsync("/api/exchanges?from=24.08.2025&pageSize=500");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(["api-2025-08-24", "api-2025-08-15"], first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("api-2025-08-01", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(2, one.GetProperty("reports").GetArrayLength());
        Assert.Equal(146, one.GetProperty("reports")[0].GetProperty("facts").GetProperty("returnedTo").GetProperty("ru").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/exchanges/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["from", "pageSize"], (await Json(bad)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task ReadApi_AtomFeedAndStatistics_ShowRecentAlerts()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        await host.Get<IAlertStore>().AddOrGetAsync(TestAlerts.Exchange("feed-1", host.Clock.GetUtcNow().AddMinutes(-5)), default);

        var feed = await http.GetAsync("/api/alerts.atom");
        var statistics = await http.GetAsync("/api/statistics");

        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var document = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        var entry = Assert.Single(document.Root!.Elements(atom + "entry"), e => e.Element(atom + "id")!.Value.EndsWith("#feed-1", StringComparison.Ordinal));
        Assert.StartsWith("Prisoner exchange: 146 for 146, UAE-mediated", entry.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("exchange.reported", entry.Element(atom + "category")!.Attribute("term")!.Value);
        Assert.Equal(HttpStatusCode.OK, statistics.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await Json(statistics)).ValueKind);
    }

    [Fact]
    public async Task AdminApi_ListAndRemove()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var created = await Json(await http.PostAsJsonAsync("/api/subscriptions", new { email = $"admin-{Guid.NewGuid():N}@example.org" }));
        var id = created.GetProperty("id").GetString();

        var listed = await Json(await http.GetAsync("/api/admin/subscribers"));
        var removed = await http.DeleteAsync($"/api/admin/subscribers/{id}");

        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync("/api/admin/subscribers/sub-missing")).StatusCode);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
