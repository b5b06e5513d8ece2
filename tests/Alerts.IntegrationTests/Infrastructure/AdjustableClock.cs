namespace Alerts.IntegrationTests.Infrastructure;

/// <summary>Real time plus an offset a test can move forward (timers and delays stay real).</summary>
public sealed class AdjustableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
