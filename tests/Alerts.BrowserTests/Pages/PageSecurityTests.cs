using System.Net;
using Alerts.BrowserTests.Infrastructure;
using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Core.Subscriptions;
using Alerts.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alerts.BrowserTests.Pages;

/// <summary>Hostile source text, forged forms, one-click unsubscribe from a mail client, and the response headers.</summary>
public sealed class PageSecurityTests(BareSite site) : IClassFixture<BareSite>
{
    private const string HostileTitle = "<img src=x onerror=alert(1)><script>alert(2)</script> Exchange & \"more\"";

    [Fact]
    public async Task Home_HostileReportTitleAndUrl_ShownAsTextAndNothingRuns()
    {
        await site.Host.Get<IExchangeStore>().TryAddAsync(new ExchangeEvent
        {
            Id = "hostile",
            Date = new DateOnly(2026, 1, 5),
            ReturnedTo = new PartyCounts(10, 10),
            Mediators = ["<b>XX</b>"],
            Reports = [new ExchangeReport { SourceId = "wire", ItemId = "h1", Url = "javascript:alert(3)", Title = HostileTitle, Language = "en\" onmouseover=\"alert(4)" }],
        }, default);
        var page = await site.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);

        await page.GotoAsync(site.BaseUrl + "/");

        var source = page.Locator("ul.sources li").First;
        await Expect(source).ToContainTextAsync(HostileTitle);
        Assert.Equal(0, await source.Locator("a, img, script").CountAsync());
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("<b>XX</b>");
        await source.HoverAsync();
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Subscribe_PostWithoutTheFormCookie_IsRejectedAndNothingIsStored()
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false });
        var address = $"forged-{Guid.NewGuid():N}@example.org";

        var response = await client.PostAsync(site.BaseUrl + "/subscribe", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["channel"] = "Email", ["email"] = address, ["cadence"] = "Immediate", ["hour"] = "8", ["timeZone"] = "UTC", ["minExchangeSize"] = "0", ["form_token"] = "forged",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await site.Host.Get<ISubscriberStore>().ListAsync(default), s => s.Address == address);
        Assert.Empty(site.MailTo(address));
    }

    [Fact]
    public async Task Unsubscribe_OneClickPostFromAMailClient_WorksWithoutCookieOrFormToken()
    {
        var created = await site.Host.Get<SubscriptionRegistry>().SubscribeAsync(
            new SubscriptionRequest { Email = $"oneclick-{Guid.NewGuid():N}@example.org", Cadence = Cadence.Immediate, Confirmed = true }, default);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        var response = await client.PostAsync(
            site.BaseUrl + "/u/" + created.UnsubscribeToken,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var subscriber = await site.Host.Get<ISubscriberStore>().GetAsync(created.Subscriber.Id, default);
        Assert.Equal(SubscriptionStatus.Unsubscribed, subscriber!.Status);
    }

    [Fact]
    public async Task Confirm_GetOfTheLink_ChangesNothingUntilTheButtonIsPressed()
    {
        var address = $"scanner-{Guid.NewGuid():N}@example.org";
        var created = await site.Host.Get<SubscriptionRegistry>().SubscribeAsync(new SubscriptionRequest { Email = address }, default);
        var mail = await Eventually.WaitAsync(() => Task.FromResult(site.MailTo(address)), m => m.Count == 1, "the confirmation email");
        var link = System.Text.RegularExpressions.Regex.Match(mail[0].TextBody ?? "", @"http://\S+/confirm/[A-Za-z0-9_-]+").Value;
        using var client = new HttpClient();

        var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var subscriber = await site.Host.Get<ISubscriberStore>().GetAsync(created.Subscriber.Id, default);
        Assert.Equal(SubscriptionStatus.Pending, subscriber!.Status);
    }

    [Fact]
    public async Task Manage_EndWithTheFormToken_EndsTheSubscriptionButAForgedPostChangesNothing()
    {
        var created = await site.Host.Get<SubscriptionRegistry>().SubscribeAsync(
            new SubscriptionRequest { Email = $"manage-{Guid.NewGuid():N}@example.org", Confirmed = true }, default);
        var url = site.BaseUrl + "/manage/" + created.ManageToken;
        using var forger = new HttpClient(new HttpClientHandler { UseCookies = false });
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });

        var forged = await forger.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "end", ["form_token"] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(SubscriptionStatus.Active, (await StatusAsync(created.Subscriber.Id)));

        var page = await browser.GetStringAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"form_token\" value=\"([^\"]+)\"").Groups[1].Value;
        var ended = await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "end", ["form_token"] = token }));

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("The subscription has ended", await ended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SubscriptionStatus.Unsubscribed, await StatusAsync(created.Subscriber.Id));
    }

    [Theory]
    [InlineData("/confirm/not-a-token")]
    [InlineData("/u/not-a-token")]
    [InlineData("/manage/not-a-token")]
    public async Task EmailLinkPages_UnknownToken_NotFoundPage(string path)
    {
        using var client = new HttpClient();

        var response = await client.GetAsync(site.BaseUrl + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This link does not work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_Responses_ForbidScriptsFramingReferrersAndCaching()
    {
        using var client = new HttpClient();

        var page = await client.GetAsync(site.BaseUrl + "/");
        var css = await client.GetAsync(site.BaseUrl + "/assets/site.css");

        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("default-src 'none';", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(page.Headers.CacheControl!.NoStore);
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }

    private async Task<SubscriptionStatus?> StatusAsync(string subscriberId) =>
        (await site.Host.Get<ISubscriberStore>().GetAsync(subscriberId, default))?.Status;
}
