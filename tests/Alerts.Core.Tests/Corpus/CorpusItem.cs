using System.Text.Json;
using System.Text.Json.Serialization;
using Alerts.Core.Items;

namespace Alerts.Core.Tests.Corpus;

/// <summary>One labelled corpus line: the <c>alerts detect</c> input plus the expected output.</summary>
public sealed record CorpusItem
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("url")] public string Url { get; init; } = "";
    [JsonPropertyName("published")] public DateTimeOffset Published { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("label")] public required CorpusLabel Label { get; init; }

    public SourceItem ToSourceItem() => new()
    {
        Id = Id,
        SourceId = Source,
        Url = Url,
        Published = Published,
        Language = Language,
        Title = Title,
        Text = Text,
    };

    public static IReadOnlyList<CorpusItem> Load(string fileName) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", fileName))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<CorpusItem>(l) ?? throw new InvalidDataException(l))
            .ToList();
}

/// <summary>The expected output: the format, with <c>event</c> naming the exchange for clustering.</summary>
public sealed record CorpusLabel
{
    [JsonPropertyName("is_exchange")] public bool IsExchange { get; init; }
    [JsonPropertyName("event")] public string? Event { get; init; }
    [JsonPropertyName("exchange")] public CorpusExchange? Exchange { get; init; }
    [JsonPropertyName("counts")] public IReadOnlyList<CorpusCount> Counts { get; init; } = [];
}

public sealed record CorpusExchange
{
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("returned_to")] public required CorpusSides ReturnedTo { get; init; }
    [JsonPropertyName("civilians_returned_to")] public required CorpusSides CiviliansReturnedTo { get; init; }
    [JsonPropertyName("mediators")] public IReadOnlyList<string> Mediators { get; init; } = [];
    [JsonPropertyName("transit")] public IReadOnlyList<string> Transit { get; init; } = [];
}

public sealed record CorpusSides([property: JsonPropertyName("RU")] int? RU, [property: JsonPropertyName("UA")] int? UA);

public sealed record CorpusCount(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("party")] string Party,
    [property: JsonPropertyName("value")] int Value,
    [property: JsonPropertyName("qualifier")] string Qualifier);
