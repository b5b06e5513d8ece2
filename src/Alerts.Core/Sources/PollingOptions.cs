using System.ComponentModel.DataAnnotations;

namespace Alerts.Core.Sources;

/// <summary>How sources are polled. Section "Polling"; defaults are documented in README "Settings".</summary>
public sealed class PollingOptions
{
    public const string Section = "Polling";

    /// <summary>Interval for sources that set none. Default 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "7.00:00:00")]
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Random share of the interval added to each next poll, 0 to 1. Default 0.1.</summary>
    [Range(0.0, 1.0)]
    public double Jitter { get; set; } = 0.1;

    /// <summary>Longest wait between polls of a failing source. Default 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// A source failing for longer than this raises one operator alert (cleared when it recovers).
    /// Default 12 hours.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan BrokenAlertAfter { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Sources polled at once when one process polls many (<see cref="SourcePoller.PollManyAsync"/>:
    /// the local runner, benchmarks). In Azure each source is its own queue message. Default 16.
    /// </summary>
    [Range(1, 1024)]
    public int MaxConcurrency { get; set; } = 16;
}
