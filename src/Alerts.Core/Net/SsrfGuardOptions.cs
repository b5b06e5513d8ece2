namespace Alerts.Core.Net;

/// <summary>
/// What outbound requests (source reads, webhooks) may reach. Section "SsrfGuard"; defaults are
/// documented in README "Settings".
/// </summary>
public sealed class SsrfGuardOptions
{
    public const string Section = "SsrfGuard";

    /// <summary>
    /// Lets requests reach loopback, private, link-local and other non-public addresses, and use
    /// plain HTTP. For local development only. Default false.
    /// </summary>
    public bool AllowPrivateNetwork { get; set; }

    /// <summary>Lets requests to public addresses use plain HTTP. Default false (HTTPS only).</summary>
    public bool AllowHttp { get; set; }
}
