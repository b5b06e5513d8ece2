namespace Alerts.Core.Items;

/// <summary>An article or post read from a source: what detection reads.</summary>
public sealed record SourceItem
{
    /// <summary>Stable identity within the source (guid, canonical link or content hash).</summary>
    public required string Id { get; init; }

    public required string SourceId { get; init; }

    public string Url { get; init; } = "";

    public required DateTimeOffset Published { get; init; }

    /// <summary>"en", "ru" or "uk"; null when unknown (detection then guesses).</summary>
    public string? Language { get; init; }

    public string Title { get; init; } = "";

    /// <summary>Plain text: no tags or entities; paragraphs separated by newlines.</summary>
    public string Text { get; init; } = "";

    /// <summary>Hash of what detection reads, to notice edits.</summary>
    public string ContentHash => ItemHash.Of(Title, Text);
}
