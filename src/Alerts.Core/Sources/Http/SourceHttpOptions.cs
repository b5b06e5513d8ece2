using System.ComponentModel.DataAnnotations;

namespace Alerts.Core.Sources.Http;

/// <summary>How sources are fetched. Section "SourceHttp"; defaults are documented in README "Settings".</summary>
public sealed class SourceHttpOptions
{
    public const string Section = "SourceHttp";

    /// <summary>Whole-request limit: connect, headers and body. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body read (after decompression). Default 5 MiB.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed per request. Default 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Concurrent connections to one host (scheme, host and port) per instance. Default 4.</summary>
    [Range(1, 1024)]
    public int MaxConcurrencyPerHost { get; set; } = 4;

    /// <summary>The User-Agent sent with every request.</summary>
    [Required]
    public string UserAgent { get; set; } = "AlertsBot/1.0 (+https://github.com/alerts/alerts; POW exchange monitor)";

    /// <summary>Pages fetched per poll when a Telegram channel has to catch up after downtime. Default 10.</summary>
    [Range(1, 100)]
    public int MaxTelegramCatchUpPages { get; set; } = 10;
}
