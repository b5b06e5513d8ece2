using System.Globalization;
using System.Text.RegularExpressions;
using Alerts.BrowserTests.Infrastructure;
using Alerts.Core.Subscriptions;
using Alerts.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alerts.BrowserTests.Pages;

/// <summary>The public page in Chromium against the local runner, with the demo data through the whole pipeline.</summary>
public sealed partial class PublicPageTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task Home_DemoData_ListsExchangesNewestFirstAndDrawsTheChart()
    {
        var page = await site.NewPageAsync();

        var response = await page.GotoAsync(site.BaseUrl + "/");

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Prisoner exchange alerts", Level = 1 })).ToBeVisibleAsync();
        var dates = await page.Locator("ol.exchanges time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        await Expect(page.Locator("ol.exchanges li").First.Locator("dl.facts")).ToContainTextAsync("Returned to Ukraine");
        await Expect(page.Locator("ol.exchanges ul.sources a").First).ToHaveAttributeAsync("href", new Regex("^https://"));
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "People returned over time" });
        await Expect(chart).ToBeVisibleAsync();
        Assert.Equal(dates.Distinct().Count() * 2, await chart.Locator("rect").CountAsync());
        Assert.Equal(2, await chart.Locator("path").CountAsync());
        var box = await chart.BoundingBoxAsync();
        Assert.True(box!.Width > 600 && box.Height > 250, $"chart drawn at {box.Width}x{box.Height}");
        await Expect(page.Locator("a[href='/api/alerts.atom']")).ToBeVisibleAsync();
        await Expect(page.Locator("a[href='/api/exchanges']")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page);
    }

    [Fact]
    public async Task Subscribe_ByEmail_ConfirmFromMailSinkSeeItActiveManageThenUnsubscribeInOneClick()
    {
        var address = $"reader-{Guid.NewGuid():N}@example.org";
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");

        await page.GetByLabel("Email address").FillAsync(address);
        await page.GetByLabel("New exchanges").CheckAsync();
        await page.GetByLabel("Ukrainian").CheckAsync();
        await page.GetByLabel("Each alert as it happens").CheckAsync();
        await Expect(page.GetByLabel("Hour of the digest")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(address);

        var mail = await Eventually.WaitAsync(() => Task.FromResult(site.MailTo(address)), m => m.Count == 1, "the confirmation email");
        var message = Assert.Single(mail);
        Assert.Empty(await ActiveSubscribersAsync(address));
        var confirm = ConfirmLink().Match(message.TextBody ?? "").Value;
        Assert.StartsWith(site.BaseUrl + "/confirm/", confirm, StringComparison.Ordinal);
        var unsubscribe = (message.Headers["List-Unsubscribe"] ?? "").Trim('<', '>');
        Assert.StartsWith(site.BaseUrl + "/u/", unsubscribe, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);

        await page.GotoAsync(confirm);
        Assert.Empty(await ActiveSubscribersAsync(address));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm subscription" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your subscription is active");
        var active = Assert.Single(await ActiveSubscribersAsync(address));
        Assert.Equal(Cadence.Immediate, active.Cadence);
        Assert.Equal(["uk"], active.Filters.Languages);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change or end your subscription" }).ClickAsync();
        await Expect(page.Locator("#subscription-status")).ToHaveTextAsync("active");
        await page.GetByLabel("Weekly digest", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Day of the weekly digest").SelectOptionAsync("Friday");
        await page.GetByLabel("Time zone").FillAsync("Europe/Kyiv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your changes are saved.");
        var changed = Assert.Single(await ActiveSubscribersAsync(address));
        Assert.Equal((Cadence.Weekly, DayOfWeek.Friday, "Europe/Kyiv"), (changed.Cadence, changed.Day, changed.TimeZone));

        await page.GotoAsync(unsubscribe);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("No more alerts will be sent to " + address);
        Assert.Empty(await ActiveSubscribersAsync(address));
    }

    [Fact]
    public async Task Subscribe_InvalidInput_ShowsEachMessageNextToItsFieldAndKeepsTheInput()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/subscribe");

        await page.GetByLabel("Email address").FillAsync("not-an-address");
        await page.GetByLabel("Smallest exchange to report").FillAsync("-3");
        await page.GetByLabel("Daily digest").CheckAsync();
        await page.GetByLabel("Time zone").FillAsync("Mars/Olympus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();

        await Expect(page.Locator("#minExchangeSize-error")).ToHaveTextAsync("!Enter a whole number, 0 or more.");
        await Expect(page.GetByLabel("Smallest exchange to report")).ToHaveValueAsync("-3");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Please correct the marked fields.");

        await page.GetByLabel("Smallest exchange to report").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();

        await Expect(page.Locator("#email-error")).ToContainTextAsync("Enter a valid email address");
        await Expect(page.Locator("#timeZone-error")).ToContainTextAsync("Unknown time zone");
        await Expect(page.GetByLabel("Email address")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync("not-an-address");
        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
        Assert.Empty(site.MailTo("not-an-address"));
    }

    [Fact]
    public async Task Home_UkrainianOrRussianVisitor_GetsTheInterfaceInTheirLanguage()
    {
        var ukrainian = await site.NewPageAsync(locale: "uk-UA");
        await ukrainian.GotoAsync(site.BaseUrl + "/");
        await Expect(ukrainian.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        await Expect(ukrainian.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Сповіщення про обміни полоненими");

        await ukrainian.GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();
        await Expect(ukrainian.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(ukrainian.GetByRole(AriaRole.Button, new() { Name = "Подписаться" })).ToBeVisibleAsync();
        await Expect(ukrainian.Locator("ol.exchanges h3").First).ToContainTextAsync("Обмен");
    }

    [Fact]
    public async Task Home_Keyboard_SkipLinkComesFirstAndFocusIsVisible()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");

        await page.Keyboard.PressAsync("Tab");

        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        var outline = await page.Locator("main").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.Equal("solid", outline);
    }

    [Fact]
    public async Task Home_PhoneScreen_FitsWithoutSidewaysScrolling()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.BaseUrl + "/");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"page is {widths[0]}px wide on a {widths[1]}px screen");
        var fontSize = await page.Locator("ol.exchanges li").First.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.True(double.Parse(fontSize.Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 14, fontSize);
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "People returned over time" })).ToBeVisibleAsync();
        if (Environment.GetEnvironmentVariable("ALERTS_PHONE_SCREENSHOT") is { Length: > 0 } path)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        }
    }

    private async Task<IReadOnlyList<Subscriber>> ActiveSubscribersAsync(string address) =>
        [.. (await site.Host.Get<ISubscriberStore>().ListAsync(default)).Where(s => s.Address == address && s.Status == SubscriptionStatus.Active)];

    /// <summary>Saves the page as docs/screenshot.png when ALERTS_SCREENSHOT names the file (the README's picture).</summary>
    private static async Task SaveScreenshotAsync(IPage page)
    {
        var path = Environment.GetEnvironmentVariable("ALERTS_SCREENSHOT");
        await page.SetViewportSizeAsync(1000, 1500);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = string.IsNullOrEmpty(path) ? Path.Combine(Path.GetTempPath(), $"alerts-page-{DateTime.Now.Ticks.ToString(CultureInfo.InvariantCulture)}.png") : path,
            FullPage = false,
        });
    }

    [GeneratedRegex(@"https?://\S+/confirm/[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmLink();
}
