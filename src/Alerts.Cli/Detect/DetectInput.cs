using System.Text.Json.Serialization;

namespace Alerts.Cli.Detect;

/// <summary>One input line of <c>alerts detect</c>.</summary>
internal sealed record DetectInput
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("published")]
    public DateTimeOffset? Published { get; init; }

    [JsonPropertyName("language")]
    public string? Language { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }
}

[JsonSerializable(typeof(DetectInput))]
[JsonSourceGenerationOptions(AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
internal sealed partial class DetectJsonContext : JsonSerializerContext;
