using System.Text.Json;

namespace Alerts.Core.Sources.Feeds;

/// <summary>JSON Feed 1.x (jsonfeed.org) and the GDELT DOC API's article list (mode=ArtList, format=json).</summary>
public static class JsonFeedParser
{
    public static IReadOnlyList<FeedEntry> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                var language = String(root, "language");
                return items.EnumerateArray().Select(i => FromJsonFeed(i, language)).ToList();
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array)
            {
                return articles.EnumerateArray().Select(FromGdelt).ToList();
            }

            if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Any() is false)
            {
                return [];
            }

            throw new FormatException("JSON that is neither a JSON Feed (items) nor a GDELT article list (articles)");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not well-formed JSON: {ex.Message}", ex);
        }
    }

    private static FeedEntry FromJsonFeed(JsonElement item, string? feedLanguage)
    {
        var body = String(item, "content_html") ?? Escape(String(item, "content_text")) ?? String(item, "summary") ?? "";
        var date = String(item, "date_published") ?? String(item, "date_modified");
        return new FeedEntry(
            String(item, "id"),
            String(item, "url") ?? String(item, "external_url"),
            Escape(String(item, "title")) ?? "",
            body,
            FeedDates.Parse(date),
            String(item, "language") ?? feedLanguage);
    }

    private static FeedEntry FromGdelt(JsonElement article) => new(
        null,
        String(article, "url"),
        Escape(String(article, "title")) ?? "",
        "",
        FeedDates.Parse(String(article, "seendate")),
        String(article, "language"));

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Plain text fields go through the HTML-to-text step too, so escape their markup characters.</summary>
    private static string? Escape(string? text) => text is null ? null : System.Net.WebUtility.HtmlEncode(text);
}
