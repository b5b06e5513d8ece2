using System.ComponentModel.DataAnnotations;

namespace Alerts.Core.Subscriptions;

/// <summary>Fixed-window counters (the RateLimits table).</summary>
public interface IRateCounter
{
    /// <summary>Adds one to the counter of <paramref name="key"/> in the window starting at <paramref name="windowStart"/>; returns the new count.</summary>
    Task<int> IncrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken);

    /// <summary>Deletes the counters of every window that started before <paramref name="cutoff"/>; returns how many it deleted.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>Limits on creating subscriptions. Section "RateLimits"; defaults in README "Settings".</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Subscriptions one client (IP address) may create per hour. Default 10.</summary>
    [Range(1, 100_000)]
    public int SubscriptionsPerClientPerHour { get; set; } = 10;

    /// <summary>Subscriptions (and so confirmation emails) one address or URL may get per day. Default 3.</summary>
    [Range(1, 1_000)]
    public int SubscriptionsPerAddressPerDay { get; set; } = 3;
}

/// <summary>
/// Keeps the subscribe endpoint from being used to flood a mailbox or an endpoint: fixed windows per
/// client IP (hourly) and per address (daily), counted in storage so every instance shares them.
/// </summary>
public sealed class SubscriptionRateLimiter(IRateCounter counter, Microsoft.Extensions.Options.IOptions<RateLimitOptions> options, TimeProvider time)
{
    /// <summary>The longest window counted (the per-address day).</summary>
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    /// <summary>How long a window is kept after its start beyond <see cref="LongestWindow"/>, so no open window is ever purged.</summary>
    public static readonly TimeSpan PurgeMargin = TimeSpan.FromDays(2);

    /// <summary>Null when allowed; otherwise how long until the window that refused it ends.</summary>
    public async Task<TimeSpan?> CheckAsync(string? clientIp, string? address, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var day = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero);
        if (!string.IsNullOrWhiteSpace(clientIp)
            && await counter.IncrementAsync("ip:" + clientIp, hour, cancellationToken).ConfigureAwait(false) > options.Value.SubscriptionsPerClientPerHour)
        {
            return hour.AddHours(1) - now;
        }

        if (!string.IsNullOrWhiteSpace(address)
            && await counter.IncrementAsync("to:" + address.Trim().ToLowerInvariant(), day, cancellationToken).ConfigureAwait(false) > options.Value.SubscriptionsPerAddressPerDay)
        {
            return day.AddDays(1) - now;
        }

        return null;
    }

    /// <summary>Deletes the counters of windows that started more than <see cref="LongestWindow"/> + <see cref="PurgeMargin"/> ago; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        counter.PurgeBeforeAsync(time.GetUtcNow() - LongestWindow - PurgeMargin, cancellationToken);
}
