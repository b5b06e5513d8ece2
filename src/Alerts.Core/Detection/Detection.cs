using System.Text.Json.Serialization;

namespace Alerts.Core.Detection;

/// <summary>A side of the war: the country prisoners return to, or are held by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Party>))]
public enum Party
{
    RU,
    UA,
}

/// <summary>How exactly a number is stated.</summary>
public enum CountQualifier
{
    Exact,
    Approx,
    AtLeast,
    AtMost,
}

/// <summary>What a count statistic measures.</summary>
public enum StatisticMetric
{
    /// <summary>Prisoners held; the party is the country that holds them.</summary>
    Held,

    /// <summary>Cumulative people returned; the party is the country they returned to.</summary>
    ReturnedTotal,
}

/// <summary>A number per side; either may be unknown.</summary>
public sealed record PartyCounts(int? RU, int? UA)
{
    public static PartyCounts None { get; } = new(null, null);

    public int? this[Party party] => party == Party.RU ? RU : UA;

    public PartyCounts With(Party party, int? value) => party == Party.RU ? this with { RU = value } : this with { UA = value };
}

/// <summary>The facts of one exchange as one report states them.</summary>
public sealed record ExchangeFacts
{
    public DateOnly? Date { get; init; }

    /// <summary>The text itself dates the exchange ("on Sunday", "3 December"); otherwise the date is the publication day.</summary>
    public bool DateStated { get; init; }

    /// <summary>The report names a stage of a multi-day deal ("the second stage", "другий етап").</summary>
    public bool Stage { get; init; }

    /// <summary>Which stage the report names ("the third stage", "второй день": 3, 2), when it numbers one.</summary>
    public int? StageNumber { get; init; }

    /// <summary>Servicemen returned to each country.</summary>
    public PartyCounts ReturnedTo { get; init; } = PartyCounts.None;

    /// <summary>Civilians returned to each country, when counted separately.</summary>
    public PartyCounts CiviliansReturnedTo { get; init; } = PartyCounts.None;

    /// <summary>ISO 3166-1 alpha-2 codes (the Vatican is VA).</summary>
    public IReadOnlyList<string> Mediators { get; init; } = [];

    public IReadOnlyList<string> Transit { get; init; } = [];
}

/// <summary>A count statistic stated in a report ("about 6,000 held in Russia").</summary>
public sealed record CountStatistic(StatisticMetric Metric, Party Party, int Value, CountQualifier Qualifier);

/// <summary>What detection decided about one item, and why.</summary>
public sealed record Detection
{
    public bool IsExchange { get; init; }

    public ExchangeFacts? Exchange { get; init; }

    public IReadOnlyList<CountStatistic> Counts { get; init; } = [];

    public double Confidence { get; init; }

    /// <summary>The language the text was read as ("en", "ru", "uk").</summary>
    public string Language { get; init; } = "en";

    /// <summary>Whose officials the report speaks for, when it can be told (for per-side numbers).</summary>
    public Party? Side { get; init; }

    /// <summary>Which rules fired, and why a hard negative was rejected.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public static Detection None(string language, IReadOnlyList<string> evidence) =>
        new() { Language = language, Evidence = evidence };
}
