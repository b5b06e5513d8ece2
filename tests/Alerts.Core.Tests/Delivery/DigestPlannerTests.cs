using Alerts.Core.Delivery;
using Alerts.Core.Subscriptions;

namespace Alerts.Core.Tests.Delivery;

public sealed class DigestPlannerTests
{
    [Fact]
    public void LastPeriodEnd_DailyInKyivBeforeTheHour_IsYesterdaysHour()
    {
        var subscriber = Daily("Europe/Kyiv", 8);

        // 05:30 UTC on 10 Nov = 07:30 in Kyiv (UTC+2): today's 08:00 is still ahead.
        var end = DigestPlanner.LastPeriodEnd(subscriber, Utc(2026, 11, 10, 5, 30));

        Assert.Equal(Utc(2026, 11, 9, 6, 0), end);
    }

    [Fact]
    public void LastPeriodEnd_DailyInNewYorkAfterTheHour_IsTodaysHourInUtc()
    {
        var end = DigestPlanner.LastPeriodEnd(Daily("America/New_York", 18), Utc(2026, 7, 2, 23, 0));

        Assert.Equal(Utc(2026, 7, 2, 22, 0), end); // EDT is UTC-4
    }

    [Fact]
    public void LastPeriodEnd_AcrossSpringForward_KeepsTheLocalHour()
    {
        // Kyiv moves from UTC+2 to UTC+3 on 29 Mar 2026 at 03:00 local.
        var subscriber = Daily("Europe/Kyiv", 8);

        Assert.Equal(Utc(2026, 3, 28, 6, 0), DigestPlanner.LastPeriodEnd(subscriber, Utc(2026, 3, 28, 12, 0)));
        Assert.Equal(Utc(2026, 3, 29, 5, 0), DigestPlanner.LastPeriodEnd(subscriber, Utc(2026, 3, 29, 12, 0)));
    }

    [Fact]
    public void LastPeriodEnd_HourSkippedBySpringForward_MovesAnHourOn()
    {
        // 03:00 does not exist in Kyiv on 29 Mar 2026 (02:59 → 04:00): the digest goes at 04:00 local = 01:00 UTC.
        var end = DigestPlanner.LastPeriodEnd(Daily("Europe/Kyiv", 3), Utc(2026, 3, 29, 12, 0));

        Assert.Equal(Utc(2026, 3, 29, 1, 0), end);
    }

    [Fact]
    public void LastPeriodEnd_AcrossFallBack_KeepsTheLocalHour()
    {
        // London leaves BST (UTC+1) on 25 Oct 2026.
        var subscriber = Daily("Europe/London", 9);

        Assert.Equal(Utc(2026, 10, 24, 8, 0), DigestPlanner.LastPeriodEnd(subscriber, Utc(2026, 10, 24, 12, 0)));
        Assert.Equal(Utc(2026, 10, 25, 9, 0), DigestPlanner.LastPeriodEnd(subscriber, Utc(2026, 10, 25, 12, 0)));
    }

    [Fact]
    public void LastPeriodEnd_WeeklyMidWeek_IsTheLastChosenDay()
    {
        var subscriber = Daily("Europe/Kyiv", 9) with { Cadence = Cadence.Weekly, Day = DayOfWeek.Monday };

        // Thursday 12 Nov 2026 → Monday 9 Nov 09:00 Kyiv = 07:00 UTC.
        var end = DigestPlanner.LastPeriodEnd(subscriber, Utc(2026, 11, 12, 10, 0));

        Assert.Equal(Utc(2026, 11, 9, 7, 0), end);
    }

    [Fact]
    public void LastPeriodEnd_WeeklyOnTheDayBeforeTheHour_IsAWeekEarlier()
    {
        var subscriber = Daily("UTC", 9) with { Cadence = Cadence.Weekly, Day = DayOfWeek.Monday };

        var end = DigestPlanner.LastPeriodEnd(subscriber, Utc(2026, 11, 9, 8, 59));

        Assert.Equal(Utc(2026, 11, 2, 9, 0), end);
    }

    [Fact]
    public async Task PlanDueAsync_DeliveredThroughLastPeriod_PlansNothing()
    {
        var now = Utc(2026, 11, 10, 12, 0);
        var done = Daily("UTC", 8) with { Id = "done", DeliveredThrough = Utc(2026, 11, 10, 8, 0) };
        var due = Daily("UTC", 8) with { Id = "due", DeliveredThrough = Utc(2026, 11, 9, 8, 0) };
        var immediate = Daily("UTC", 8) with { Id = "immediate", Cadence = Cadence.Immediate };
        var pending = Daily("UTC", 8) with { Id = "pending", Status = SubscriptionStatus.Pending };
        var planner = new DigestPlanner(new ListedSubscribers([done, due, immediate, pending]), new FixedTime(now));

        var planned = await planner.PlanDueAsync(CancellationToken.None);

        Assert.Equal([new DeliveryRequest(DeliveryKind.Digest, "due", PeriodEnd: Utc(2026, 11, 10, 8, 0))], planned);
    }

    private static Subscriber Daily(string zone, int hour) => new()
    {
        Id = "s", Channel = Channel.Email, Address = "a@example.org", Cadence = Cadence.Daily, TimeZone = zone, Hour = hour, Status = SubscriptionStatus.Active,
    };

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class ListedSubscribers(IReadOnlyList<Subscriber> subscribers) : ISubscriberStore
    {
        public Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(subscribers);

        public Task<bool> TryAddAsync(Subscriber subscriber, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Subscriber?> GetAsync(string subscriberId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> TryUpdateAsync(Subscriber subscriber, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task AddTokenAsync(TokenRecord token, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<TokenRecord?> FindTokenAsync(string hash, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
