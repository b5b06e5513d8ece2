namespace Alerts.Core.Delivery;

/// <summary>
/// When to try a failed delivery again: the configured delays (5 s, 5 min, 30 min, 2 h, 5 h, 10 h
/// by default, then the last one repeating) plus jitter, or what the endpoint asked for with
/// Retry-After (within one second and one day).
/// </summary>
public static class RetrySchedule
{
    private static readonly TimeSpan MinRetryAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromDays(1);

    /// <param name="options">The schedule and jitter.</param>
    /// <param name="failedAttempts">Attempts made so far (1 after the first failure).</param>
    /// <param name="retryAfter">The endpoint's Retry-After, if it gave one.</param>
    /// <param name="random">A number in [0, 1) for the jitter.</param>
    public static TimeSpan NextDelay(DeliveryOptions options, int failedAttempts, TimeSpan? retryAfter, double random)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (retryAfter is { } asked)
        {
            return asked < MinRetryAfter ? MinRetryAfter : asked > MaxRetryAfter ? MaxRetryAfter : asked;
        }

        var delays = options.RetryDelays;
        var delay = delays[Math.Clamp(failedAttempts - 1, 0, delays.Count - 1)];
        return delay + (delay * (options.RetryJitter * random));
    }
}
