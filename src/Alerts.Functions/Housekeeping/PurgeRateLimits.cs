using Alerts.Core.Subscriptions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Alerts.Functions.Housekeeping;

/// <summary>Timer: deletes the rate-limit counters of windows long over (the RateLimits table would otherwise only grow).</summary>
public sealed partial class PurgeRateLimits(SubscriptionRateLimiter limiter, ILogger<PurgeRateLimits> logger)
{
    [Function(nameof(PurgeRateLimits))]
    public async Task Run([TimerTrigger("%HousekeepingSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        LogPurged(logger, await limiter.PurgeExpiredAsync(cancellationToken).ConfigureAwait(false));

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired rate-limit counters")]
    private static partial void LogPurged(ILogger logger, int count);
}
