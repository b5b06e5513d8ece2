using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Alerts.Core.Items;

namespace Alerts.Core.Sources.Feeds;

/// <summary>Parses RSS 2.0 and Atom 1.0 into items. DTDs are refused.</summary>
public static partial class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IReadOnlyList<SourceItem> Parse(string xml, Source source)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            });
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"{source.Url} is not a well-formed feed: {ex.Message}", ex);
        }

        var root = doc.Root ?? throw new FormatException($"{source.Url} is empty");
        var entries = root.Name == Atom + "feed"
            ? root.Elements(Atom + "entry").Select(e => FromAtom(e, source))
            : root.Descendants("item").Select(e => FromRss(e, source));
        return entries.ToList();
    }

    private static SourceItem FromRss(XElement e, Source source)
    {
        var link = (string?)e.Element("link") ?? "";
        var title = (string?)e.Element("title") ?? "";
        var text = (string?)e.Element("description") ?? "";
        var guid = (string?)e.Element("guid");
        var published = ParseDate((string?)e.Element("pubDate"));
        return Item(source, guid, link, title, text, published);
    }

    private static SourceItem FromAtom(XElement e, Source source)
    {
        var link = (string?)e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href") ?? string.Empty;
        var text = (string?)e.Element(Atom + "content") ?? (string?)e.Element(Atom + "summary") ?? "";
        var published = ParseDate((string?)e.Element(Atom + "published") ?? (string?)e.Element(Atom + "updated"));
        return Item(source, (string?)e.Element(Atom + "id"), link, (string?)e.Element(Atom + "title") ?? "", text, published);
    }

    private static SourceItem Item(Source source, string? guid, string link, string title, string html, DateTimeOffset? published) => new()
    {
        Id = ItemHash.Of(guid ?? link, string.IsNullOrEmpty(guid) && string.IsNullOrEmpty(link) ? title + html : ""),
        SourceId = source.Id,
        Url = link.Trim(),
        Published = published ?? DateTimeOffset.UnixEpoch,
        Language = source.Language,
        Title = ToText(title),
        Text = ToText(html),
    };

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>HTML to plain text: tags dropped, entities decoded, paragraphs kept as newlines.</summary>
    public static string ToText(string html)
    {
        var withBreaks = BlockTag().Replace(html, "\n");
        var noTags = AnyTag().Replace(withBreaks, "");
        return WebUtility.HtmlDecode(noTags).Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();
}
