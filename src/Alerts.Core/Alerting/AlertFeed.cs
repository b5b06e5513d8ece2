using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Alerts.Core.Digests;

namespace Alerts.Core.Alerting;

/// <summary>An Atom 1.0 feed (RFC 4287) of recent alerts, newest first, for feed readers.</summary>
public static class AlertFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(IReadOnlyList<Alert> alerts, string selfUrl, string siteUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var newest = alerts.OrderByDescending(a => a.CreatedAt).ToList();
        var feed = new XElement(
            Atom + "feed",
            new XElement(Atom + "id", selfUrl),
            new XElement(Atom + "title", "Prisoner-of-war exchange alerts"),
            new XElement(Atom + "subtitle", "Exchanges of prisoners of war between Russia and Ukraine, and changes in the reported numbers."),
            new XElement(Atom + "updated", Stamp(newest.Count > 0 ? newest[0].CreatedAt : now)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", selfUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", siteUrl)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Alerts")),
            newest.Select(a => Entry(a, selfUrl)));
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            new XDocument(feed).Save(writer);
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static XElement Entry(Alert alert, string selfUrl)
    {
        var summary = AlertText.Summary(alert);
        var link = alert.Exchange?.Reports.Select(r => r.Url).FirstOrDefault(IsWebUrl) ?? (IsWebUrl(alert.Statistic?.Url) ? alert.Statistic!.Url : null);
        var sources = alert.Exchange?.Reports.Where(r => IsWebUrl(r.Url)).Select(r => r.Url).ToList() ?? [];
        return new XElement(
            Atom + "entry",
            new XElement(Atom + "id", $"{selfUrl}#{alert.Id}"),
            new XElement(Atom + "title", summary),
            new XElement(Atom + "updated", Stamp(alert.CreatedAt)),
            new XElement(Atom + "published", Stamp(alert.CreatedAt)),
            new XElement(Atom + "category", new XAttribute("term", AlertTypes.WireName(alert.Type))),
            link is null ? null : new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", link)),
            new XElement(Atom + "content", new XAttribute("type", "text"), sources.Count == 0 ? summary : $"{summary}\n\nSources:\n{string.Join('\n', sources)}"));
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
