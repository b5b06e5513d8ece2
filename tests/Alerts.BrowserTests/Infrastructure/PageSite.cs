using Alerts.Azure.Email;
using Alerts.Core.Exchanges;
using Alerts.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MimeKit;

namespace Alerts.BrowserTests.Infrastructure;

/// <summary>The service as `alerts run` hosts it (Azurite, the runner on a loopback port) and a headless Chromium.</summary>
public abstract class PageSite : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private IPlaywright? _playwright;

    public PipelineHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => Host.BaseUrl;

    /// <summary>Loads the demo data through the whole pipeline before the tests.</summary>
    protected abstract bool WithDemoData { get; }

    public async Task InitializeAsync()
    {
        try
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await Chromium.LaunchAsync(_playwright);
            await _azurite.InitializeAsync();
            Host = await PipelineHost.StartAsync(_azurite, new Dictionary<string, string?> { ["Demo:Enabled"] = WithDemoData ? "true" : "false" });
            if (WithDemoData)
            {
                await LoadDemoAsync();
            }
        }
        catch
        {
            await DisposeAsync(); // xunit does not dispose a fixture whose start failed: stop Azurite and the browser here
            throw;
        }
    }

    /// <summary>A page in a new browser context (its own cookies).</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>The messages the local mail sink (the pickup folder of .eml files) holds for an address.</summary>
    public IReadOnlyList<MimeMessage> MailTo(string address)
    {
        var folder = Host.Get<IOptions<SmtpOptions>>().Value.PickupDirectory;
        return !Directory.Exists(folder)
            ? []
            : [.. Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(b => b.Address == address))];
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            Browser = null!;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (Host is not null)
        {
            await Host.DisposeAsync();
            Host = null!;
        }

        await _azurite.DisposeAsync();
    }

    /// <summary>Polls the demo source until it has revealed all its reports (a few per poll), each time through the whole pipeline.</summary>
    private async Task LoadDemoAsync()
    {
        var store = Host.Get<IExchangeStore>();
        var count = -1;
        for (var poll = 0; poll < 6; poll++)
        {
            await Host.FireTimerAsync("PollSources");
            await Host.WaitForQuietAsync();
            Host.Clock.Offset += TimeSpan.FromMinutes(1);
            var now = (await store.ListAsync(new DateOnly(2022, 1, 1), new DateOnly(2030, 1, 1), default)).Count;
            if (now == count && now > 0)
            {
                return;
            }

            count = now;
        }
    }
}

/// <summary>The site with the demo data loaded.</summary>
public sealed class DemoSite : PageSite
{
    protected override bool WithDemoData => true;
}

/// <summary>The site with empty storage, for tests that bring their own data.</summary>
public sealed class BareSite : PageSite
{
    protected override bool WithDemoData => false;
}
