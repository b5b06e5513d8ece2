using System.Globalization;
using Alerts.Core.Sources.Feeds;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alerts.Core.Sources.Html;

/// <summary>
/// Finds items on a page without a feed with the source's CSS selectors: the item list, and
/// within each item its title, link (href of the element or of its first link), date
/// (datetime attribute or text) and optional text. Items with neither title nor link are skipped.
/// </summary>
public static class HtmlPageParser
{
    private static readonly CultureInfo[] DateCultures =
        [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("ru-RU"), CultureInfo.GetCultureInfo("uk-UA"), CultureInfo.GetCultureInfo("en-GB")];

    public static IReadOnlyList<FeedEntry> Parse(string html, HtmlSelectors selectors)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        var document = new HtmlParser().ParseDocument(html);
        try
        {
            return document.QuerySelectorAll(selectors.Item)
                .Select(item => FromItem(item, selectors))
                .Where(e => e.TitleHtml.Length > 0 || !string.IsNullOrEmpty(e.Link))
                .ToList();
        }
        catch (DomException ex)
        {
            throw new FormatException($"invalid CSS selector in the source's selectors: {ex.Message}", ex);
        }
    }

    private static FeedEntry FromItem(IElement item, HtmlSelectors selectors)
    {
        var title = Select(item, selectors.Title);
        var link = Select(item, selectors.Link);
        var href = link?.GetAttribute("href") ?? link?.QuerySelector("a[href]")?.GetAttribute("href");
        var date = selectors.Date is { } d ? Select(item, d) : null;
        var text = selectors.Text is { } t ? Select(item, t) : null;
        return new FeedEntry(
            null,
            href,
            title?.InnerHtml ?? "",
            text?.InnerHtml ?? "",
            ParseDate(date?.GetAttribute("datetime") ?? date?.TextContent));
    }

    /// <summary>The first match inside the item, or the item itself when it matches.</summary>
    private static IElement? Select(IElement item, string selector) =>
        item.QuerySelector(selector) ?? (item.Matches(selector) ? item : null);

    /// <summary>Feed formats first, then dates as Russian, Ukrainian and English sites write them.</summary>
    public static DateTimeOffset? ParseDate(string? value)
    {
        if (FeedDates.Parse(value) is { } parsed)
        {
            return parsed;
        }

        var text = value?.Trim();
        foreach (var culture in DateCultures)
        {
            if (DateTimeOffset.TryParse(text, culture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var local))
            {
                return local;
            }
        }

        return null;
    }
}
