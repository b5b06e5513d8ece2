using Alerts.Core.Subscriptions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Core.Tests.Subscriptions;

public sealed class SubscriptionRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 9, 23, 59, 0, TimeSpan.Zero));
    private readonly WindowRecorder _counter = new();

    private SubscriptionRateLimiter Limiter => new(_counter, Options.Create(new RateLimitOptions()), _time);

    [Fact]
    public async Task PurgeExpiredAsync_Now_CutsOffLongestWindowPlusTwoDaysAgo()
    {
        await Limiter.PurgeExpiredAsync(default);

        Assert.Equal(new DateTimeOffset(2026, 5, 6, 23, 59, 0, TimeSpan.Zero), Assert.Single(_counter.Cutoffs));
    }

    [Fact]
    public async Task PurgeExpiredAsync_WindowsCountedUpToNow_KeepsEveryOneStillOpenOrJustEnded()
    {
        await Limiter.CheckAsync("203.0.113.7", "a@example.org", default);
        _time.Advance(TimeSpan.FromMinutes(2));
        await Limiter.CheckAsync("203.0.113.7", "a@example.org", default);

        await Limiter.PurgeExpiredAsync(default);

        var cutoff = Assert.Single(_counter.Cutoffs);
        Assert.Equal(4, _counter.Windows.Count);
        Assert.All(_counter.Windows, window => Assert.True(window >= cutoff, $"window {window:O} would be purged"));
    }

    private sealed class WindowRecorder : IRateCounter
    {
        public List<DateTimeOffset> Windows { get; } = [];

        public List<DateTimeOffset> Cutoffs { get; } = [];

        public Task<int> IncrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken)
        {
            Windows.Add(windowStart);
            return Task.FromResult(1);
        }

        public Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        {
            Cutoffs.Add(cutoff);
            return Task.FromResult(0);
        }
    }
}
