using Alerts.Core.Items;
using Alerts.Core.Sources.Text;

namespace Alerts.Core.Sources.Feeds;

/// <summary>One entry as a feed (or page) gives it, before it becomes a <see cref="SourceItem"/>.</summary>
public sealed record FeedEntry(string? Guid, string? Link, string TitleHtml, string BodyHtml, DateTimeOffset? Published, string? Language = null)
{
    private static readonly string[] Languages = ["en", "ru", "uk"];

    /// <summary>
    /// The item: identity from guid, canonical link or content; text from HTML; an entry without a
    /// date is dated <paramref name="fetchedAt"/>; the source's language beats the entry's.
    /// </summary>
    public SourceItem ToItem(Source source, Uri baseUrl, DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        var title = HtmlText.ToText(TitleHtml);
        var text = HtmlText.ToText(BodyHtml);
        var link = string.IsNullOrWhiteSpace(Link) ? "" : ItemIdentity.CanonicalLink(Link, baseUrl);
        return new SourceItem
        {
            Id = ItemIdentity.Of(Guid, link, title, text),
            SourceId = source.Id,
            Url = link,
            Published = Published ?? fetchedAt,
            Language = source.Language ?? ShortLanguage(Language),
            Title = title,
            Text = text,
        };
    }

    /// <summary>"ru-RU", "Russian" → "ru"; null for languages detection does not know.</summary>
    public static string? ShortLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var value = language.Trim().ToLowerInvariant();
        var code = value switch
        {
            "english" => "en",
            "russian" => "ru",
            "ukrainian" => "uk",
            _ when value.Length >= 2 => value[..2],
            _ => value,
        };
        return Languages.Contains(code) ? code : null;
    }
}
