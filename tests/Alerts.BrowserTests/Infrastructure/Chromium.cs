using Microsoft.Playwright;

namespace Alerts.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium, driven by Playwright (its own browser downloads do not work here). Headless,
/// a fresh temporary profile, and every background service off, so it connects to loopback only.
/// A missing Chromium fails the tests: run install-browser.sh (CI does).
/// </summary>
public static class Chromium
{
    /// <summary>The browser's path; ALERTS_CHROMIUM overrides the Debian default.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("ALERTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: run tests/Alerts.BrowserTests/install-browser.sh (or set ALERTS_CHROMIUM).");
        }

        // Playwright starts it with a new temporary user-data folder, removed when the browser closes.
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }
}
