using System.ComponentModel.DataAnnotations;

namespace Alerts.Core.Delivery;

/// <summary>Delivery settings. Section "Delivery"; defaults documented in README "Settings".</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>How long a worker holds a delivery while sending. Default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timeout of one webhook call. Default 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Let webhooks reach loopback and private networks. Local development only. Default false.</summary>
    public bool AllowPrivateNetworks { get; set; }
}

/// <summary>Base of the links in emails and pages. Setting "PublicBaseUrl".</summary>
public sealed class PublicLinks
{
    public const string SettingName = "PublicBaseUrl";

    /// <summary>E.g. https://alerts.example.org; default http://127.0.0.1:7071 (the local runner).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:7071";

    public string Confirm(string token) => $"{Trimmed}/api/subscriptions/confirm/{token}";

    public string Unsubscribe(string token) => $"{Trimmed}/api/u/{token}";

    public string Manage(string token) => $"{Trimmed}/api/subscriptions/manage/{token}";

    private string Trimmed => BaseUrl.TrimEnd('/');
}
