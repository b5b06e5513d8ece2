using System.Xml;
using System.Xml.Linq;

namespace Alerts.Core.Sources.Feeds;

/// <summary>
/// Recognises a feed from its content and reads its entries: RSS 0.9x/2.0, RSS 1.0 and 0.90 (RDF),
/// Atom 1.0 (and 0.3), JSON Feed 1.x and GDELT DOC API article lists. XML is read with DTDs
/// refused and no resolver, so no external entity is fetched and no entity is expanded.
/// Written on System.Xml rather than a feed library so those settings, the charset handling and
/// the errors stay in our hands; the formats themselves are small.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>The entries of a feed; <see cref="FormatException"/> with a one-line reason otherwise.</summary>
    public static IReadOnlyList<FeedEntry> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart(" \t\r\n\uFEFF");
        if (start.IsEmpty)
        {
            throw new FormatException("the response is empty");
        }

        return start[0] is '{' or '[' ? JsonFeedParser.Parse(text) : ParseXml(text);
    }

    private static List<FeedEntry> ParseXml(string text)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n')), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("the feed contains a DTD, which is refused (no entity expansion)", ex);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"not well-formed XML: {ex.Message}", ex);
        }

        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "feed" => root.Elements().Where(e => e.Name.LocalName == "entry").Select(FromAtom).ToList(),
            "rss" or "RDF" => FromRss(root),
            "html" => throw new FormatException("this is an HTML page, not a feed (use kind html with selectors)"),
            var other => throw new FormatException($"not a feed: the root element is <{other}>"),
        };
    }

    private static List<FeedEntry> FromRss(XElement root)
    {
        var channelLanguage = (string?)root.Descendants().FirstOrDefault(e => e.Name.LocalName == "language");
        return root.Descendants()
            .Where(e => e.Name.LocalName == "item")
            .Select(item =>
            {
                var body = (string?)item.Element(Content + "encoded") ?? Child(item, "description") ?? "";
                var date = Child(item, "pubDate") ?? (string?)item.Element(Dc + "date");
                var guid = Child(item, "guid") ?? (string?)item.Attribute(Rdf + "about");
                var language = (string?)item.Element(Dc + "language") ?? channelLanguage;
                return new FeedEntry(guid, Child(item, "link"), Child(item, "title") ?? "", body, FeedDates.Parse(date), language);
            })
            .ToList();
    }

    private static FeedEntry FromAtom(XElement entry)
    {
        var ns = entry.Name.Namespace;
        var link = entry.Elements(ns + "link")
            .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var body = AtomText(entry.Element(ns + "content")) ?? AtomText(entry.Element(ns + "summary")) ?? "";
        var date = (string?)entry.Element(ns + "published") ?? (string?)entry.Element(ns + "issued") ?? (string?)entry.Element(ns + "updated");
        var language = (string?)entry.Attribute(XNamespace.Xml + "lang") ?? (string?)entry.Parent?.Attribute(XNamespace.Xml + "lang");
        return new FeedEntry((string?)entry.Element(ns + "id"), link, AtomText(entry.Element(ns + "title")) ?? "", body, FeedDates.Parse(date), language);
    }

    /// <summary>Atom text constructs: xhtml content is markup inside a div, text and html are strings.</summary>
    private static string? AtomText(XElement? element) =>
        element is null ? null
        : (string?)element.Attribute("type") == "xhtml" ? string.Concat(element.Nodes().Select(n => n.ToString()))
        : element.Value;

    /// <summary>A child in no namespace or in the item's own (RSS 1.0 and 0.90 put items in one).</summary>
    private static string? Child(XElement item, string localName) =>
        (string?)item.Elements().FirstOrDefault(e => e.Name.LocalName == localName
            && (e.Name.Namespace == XNamespace.None || e.Name.Namespace == item.Name.Namespace));
}
