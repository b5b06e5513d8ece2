using Alerts.Core.Delivery;

namespace Alerts.Core.Tests.Delivery;

public sealed class RetryScheduleTests
{
    private static readonly DeliveryOptions Defaults = new();

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 5 * 60)]
    [InlineData(3, 30 * 60)]
    [InlineData(4, 2 * 3600)]
    [InlineData(5, 5 * 3600)]
    [InlineData(6, 10 * 3600)]
    [InlineData(9, 10 * 3600)]
    public void NextDelay_NoJitter_FollowsTheScheduleThenRepeatsTheLast(int failedAttempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.NextDelay(Defaults, failedAttempts, null, 0));
    }

    [Fact]
    public void NextDelay_FullJitter_AddsUpToTheJitterShare()
    {
        var delay = RetrySchedule.NextDelay(Defaults, 2, null, 0.999);

        Assert.InRange(delay, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6));
        Assert.True(delay > TimeSpan.FromMinutes(5.9));
    }

    [Theory]
    [InlineData(120, 120)]
    [InlineData(0, 1)]
    [InlineData(200_000, 86_400)]
    public void NextDelay_RetryAfter_IsHonouredWithinASecondAndADay(int retryAfter, int expected)
    {
        Assert.Equal(TimeSpan.FromSeconds(expected), RetrySchedule.NextDelay(Defaults, 1, TimeSpan.FromSeconds(retryAfter), 0.5));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5s")]
    [InlineData("00:00:05,-00:00:01")]
    [InlineData("8.00:00:00")]
    public void Validate_BadSchedule_IsRejected(string schedule)
    {
        var options = new DeliveryOptions { RetrySchedule = schedule };

        Assert.NotEmpty(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }
}
