using Alerts.Core.Detection;

namespace Alerts.Core.Exchanges;

/// <summary>The current value of one count statistic (e.g. Ukrainians held by Russia) and its history.</summary>
public sealed record StatisticRecord
{
    public required StatisticMetric Metric { get; init; }

    public required Party Party { get; init; }

    public required int Value { get; init; }

    public CountQualifier Qualifier { get; init; }

    /// <summary>Publication time of the report that gave the current value.</summary>
    public DateTimeOffset ObservedAt { get; init; }

    public string SourceId { get; init; } = "";

    public string Url { get; init; } = "";

    public IReadOnlyList<StatisticPoint> History { get; init; } = [];

    public string? Version { get; init; }

    public string Key => StatisticKey(Metric, Party);

    public static string StatisticKey(StatisticMetric metric, Party party) => $"{metric}-{party}".ToLowerInvariant();
}

/// <summary>A value a statistic had from a point in time.</summary>
public sealed record StatisticPoint(DateTimeOffset At, int Value, CountQualifier Qualifier, string Url);
