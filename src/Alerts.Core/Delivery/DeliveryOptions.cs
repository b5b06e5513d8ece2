using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Alerts.Core.Delivery;

/// <summary>Delivery settings. Section "Delivery"; defaults documented in README "Settings".</summary>
public sealed class DeliveryOptions : IValidatableObject
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

    /// <summary>
    /// Delays between attempts of a failed delivery, comma-separated TimeSpans; after the last, the
    /// last delay repeats. Default "00:00:05,00:05:00,00:30:00,02:00:00,05:00:00,10:00:00".
    /// </summary>
    [Required]
    public string RetrySchedule { get; set; } = "00:00:05,00:05:00,00:30:00,02:00:00,05:00:00,10:00:00";

    /// <summary>Random extra share of each delay (0.2 = up to 20% longer), so retries spread out. Default 0.2.</summary>
    [Range(0.0, 1.0)]
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>
    /// A webhook failing this long without a success is disabled and its owner told; a delivery
    /// failing this long is given up. Default 3 days.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Operator address told when a webhook is disabled (besides the subscription's contact). Default none.</summary>
    [EmailAddress]
    public string? OperatorEmail { get; set; }

    /// <summary>The parsed <see cref="RetrySchedule"/>.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays =>
        RetrySchedule.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => TimeSpan.Parse(d, CultureInfo.InvariantCulture))
            .ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var parts = (RetrySchedule ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts.Any(p => !TimeSpan.TryParse(p, CultureInfo.InvariantCulture, out var d) || d <= TimeSpan.Zero || d > TimeSpan.FromDays(7)))
        {
            yield return new ValidationResult(
                "RetrySchedule must be comma-separated positive TimeSpans of at most 7 days (a queue message's longest delay), e.g. 00:00:05,00:05:00.",
                [nameof(RetrySchedule)]);
        }
    }
}

/// <summary>Base of the links in emails and pages. Setting "PublicBaseUrl". The links lead to the public page's confirm, one-click unsubscribe and manage pages.</summary>
public sealed class PublicLinks
{
    public const string SettingName = "PublicBaseUrl";

    /// <summary>E.g. https://alerts.example.org; default http://127.0.0.1:7071 (the local runner).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:7071";

    public string Confirm(string token) => $"{Trimmed}/confirm/{token}";

    public string Unsubscribe(string token) => $"{Trimmed}/u/{token}";

    public string Manage(string token) => $"{Trimmed}/manage/{token}";

    private string Trimmed => BaseUrl.TrimEnd('/');
}
