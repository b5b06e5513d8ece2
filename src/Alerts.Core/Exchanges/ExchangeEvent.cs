using Alerts.Core.Detection;

namespace Alerts.Core.Exchanges;

/// <summary>One real exchange, however many reports describe it.</summary>
public sealed record ExchangeEvent
{
    public required string Id { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The event's numbers: per side, what most reports say (first report breaks ties).</summary>
    public PartyCounts ReturnedTo { get; init; } = PartyCounts.None;

    public PartyCounts CiviliansReturnedTo { get; init; } = PartyCounts.None;

    public IReadOnlyList<string> Mediators { get; init; } = [];

    public IReadOnlyList<string> Transit { get; init; } = [];

    /// <summary>Every report that supports the event, with the numbers each gave.</summary>
    public IReadOnlyList<ExchangeReport> Reports { get; init; } = [];

    /// <summary>True when reports disagree on a number (e.g. Moscow says 150, Kyiv says 189).</summary>
    public bool Discrepancy { get; init; }

    public DateTimeOffset FirstReportedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Optimistic-concurrency tag of the stored row; null before it is stored.</summary>
    public string? Version { get; init; }
}

/// <summary>One report of an exchange and the numbers it gave.</summary>
public sealed record ExchangeReport
{
    public required string SourceId { get; init; }

    public required string ItemId { get; init; }

    public string Url { get; init; } = "";

    public string Title { get; init; } = "";

    public string Language { get; init; } = "en";

    /// <summary>Whose officials the report speaks for, when known.</summary>
    public Party? Side { get; init; }

    public DateTimeOffset Published { get; init; }

    public ExchangeFacts Facts { get; init; } = new();

    /// <summary>The report an item makes of an exchange; an undated report is dated by its publication.</summary>
    public static ExchangeReport From(Items.SourceItem item, Detection.Detection detection)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(detection);
        var facts = detection.Exchange ?? new ExchangeFacts();
        return new ExchangeReport
        {
            SourceId = item.SourceId,
            ItemId = item.Id,
            Url = item.Url,
            Title = item.Title,
            Language = detection.Language,
            Side = detection.Side,
            Published = item.Published,
            Facts = facts with { Date = facts.Date ?? DateOnly.FromDateTime(item.Published.UtcDateTime) },
        };
    }
}
