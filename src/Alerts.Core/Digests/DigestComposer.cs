using System.Globalization;
using System.Net;
using System.Text;
using Alerts.Core.Alerting;
using Alerts.Core.Exchanges;

namespace Alerts.Core.Digests;

/// <summary>Subject, HTML and plain text of a message telling one or more alerts.</summary>
public sealed record ComposedMessage(string Subject, string Html, string Text);

/// <summary>
/// Composes what subscribers read: new exchanges (date, numbers each way, mediators, sources),
/// count changes (old → new, delta) and the latest statistics. HTML is mail-client safe: inline
/// styles, no scripts, every piece of source text escaped.
/// </summary>
public static class DigestComposer
{
    private const string Cell = "padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;";

    public static ComposedMessage Compose(IReadOnlyList<Alert> alerts, string unsubscribeUrl, string manageUrl)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var newExchanges = alerts.Where(a => a.Type == AlertType.ExchangeReported).Select(a => a.Exchange!.Id).ToHashSet();
        var latest = alerts.Where(a => a.Exchange is not null)
            .GroupBy(a => a.Exchange!.Id).ToDictionary(g => g.Key, g => g.MaxBy(a => a.CreatedAt)!.Exchange!);
        var exchanges = newExchanges.Select(id => latest[id]).OrderByDescending(e => e.Date).ToList();
        var changes = alerts.Where(a => a.Type == AlertType.ExchangeCountsChanged).ToList();
        var statistics = alerts.Where(a => a.Type == AlertType.StatisticChanged)
            .GroupBy(a => a.Statistic!.Key).Select(g => g.MaxBy(a => a.CreatedAt)!).ToList();

        var html = new StringBuilder("<div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;max-width:640px\">");
        var text = new StringBuilder();
        if (exchanges.Count > 0)
        {
            Heading(html, text, exchanges.Count == 1 ? "New exchange" : "New exchanges");
            foreach (var exchange in exchanges)
            {
                Exchange(html, text, exchange);
            }
        }

        if (changes.Count > 0)
        {
            Heading(html, text, "Numbers revised");
            foreach (var change in changes)
            {
                Line(html, text, AlertText.Summary(change));
            }
        }

        if (statistics.Count > 0)
        {
            Heading(html, text, "Latest statistics");
            foreach (var statistic in statistics)
            {
                Line(html, text, AlertText.Summary(statistic), statistic.Statistic!.Url);
            }
        }

        html.Append(CultureInfo.InvariantCulture, $"<p style=\"color:#666;font-size:12px;margin-top:24px\"><a href=\"{Enc(manageUrl)}\">Manage your subscription</a> · <a href=\"{Enc(unsubscribeUrl)}\">Unsubscribe</a></p></div>");
        text.Append(CultureInfo.InvariantCulture, $"\nManage your subscription: {manageUrl}\nUnsubscribe: {unsubscribeUrl}\n");
        return new ComposedMessage(Subject(alerts, exchanges, changes.Count, statistics.Count), html.ToString(), text.ToString());
    }

    private static string Subject(IReadOnlyList<Alert> alerts, List<ExchangeEvent> exchanges, int changes, int statistics)
    {
        if (alerts.Count == 1)
        {
            return AlertText.Summary(alerts[0]);
        }

        if (exchanges.Count == 1 && changes + statistics == 0)
        {
            return AlertText.Headline(exchanges[0]);
        }

        var parts = new List<string>();
        Add(exchanges.Count, "new exchange", "new exchanges");
        Add(changes, "count change", "count changes");
        Add(statistics, "statistic update", "statistic updates");
        var lead = exchanges.Count > 0 ? AlertText.Headline(exchanges[0]) + "; " : "";
        return $"{lead}Prisoner exchange digest: {string.Join(", ", parts)}";

        void Add(int n, string one, string many)
        {
            if (n > 0)
            {
                parts.Add($"{n} {(n == 1 ? one : many)}");
            }
        }
    }

    private static void Exchange(StringBuilder html, StringBuilder text, ExchangeEvent e)
    {
        var mediators = e.Mediators.Count == 0 ? "not reported" : string.Join(", ", e.Mediators.Select(AlertText.Country));
        html.Append(CultureInfo.InvariantCulture, $"<h3 style=\"font-size:15px;margin:12px 0 4px\">{Enc(AlertText.Headline(e))}</h3>")
            .Append("<table style=\"border-collapse:collapse;margin-bottom:8px\">")
            .Append(CultureInfo.InvariantCulture, $"<tr><th style=\"{Cell}\">Date</th><td style=\"{Cell}\">{Enc(AlertText.Date(e.Date))}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th style=\"{Cell}\">Returned to Russia</th><td style=\"{Cell}\">{AlertText.Number(e.ReturnedTo.RU)}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th style=\"{Cell}\">Returned to Ukraine</th><td style=\"{Cell}\">{AlertText.Number(e.ReturnedTo.UA)}{Civilians(e.CiviliansReturnedTo.UA)}</td></tr>")
            .Append(CultureInfo.InvariantCulture, $"<tr><th style=\"{Cell}\">Mediator</th><td style=\"{Cell}\">{Enc(mediators)}</td></tr></table>");
        text.Append(CultureInfo.InvariantCulture, $"* {AlertText.Headline(e)}\n  Returned to Russia: {AlertText.Number(e.ReturnedTo.RU)}; to Ukraine: {AlertText.Number(e.ReturnedTo.UA)}{Civilians(e.CiviliansReturnedTo.UA)}; mediator: {mediators}\n");
        if (e.Discrepancy)
        {
            Line(html, text, "The sides' figures differ; the numbers above are each country's own count.");
        }

        html.Append("<p style=\"margin:0 0 12px\">Sources: ");
        text.Append("  Sources:");
        foreach (var report in e.Reports.Take(10))
        {
            var label = string.IsNullOrWhiteSpace(report.Title) ? report.Url : report.Title;
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"{Enc(SafeUrl(report.Url))}\">{Enc(label)}</a> ");
            text.Append(CultureInfo.InvariantCulture, $" {report.Url}");
        }

        html.Append("</p>");
        text.Append('\n');
    }

    private static string Civilians(int? civilians) => civilians is { } c ? $" (+{AlertText.Number(c)} civilians)" : "";

    private static void Heading(StringBuilder html, StringBuilder text, string title)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"font-size:17px;margin:16px 0 8px\">{Enc(title)}</h2>");
        text.Append(CultureInfo.InvariantCulture, $"\n{title}\n{new string('=', title.Length)}\n");
    }

    private static void Line(StringBuilder html, StringBuilder text, string line, string? url = null)
    {
        var link = string.IsNullOrEmpty(url) ? "" : $" <a href=\"{Enc(SafeUrl(url))}\">source</a>";
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:4px 0\">{Enc(line)}{link}</p>");
        text.Append(CultureInfo.InvariantCulture, $"* {line}{(string.IsNullOrEmpty(url) ? "" : " " + url)}\n");
    }

    /// <summary>Only http(s) links reach a mail client; anything else (javascript:, data:) becomes "#".</summary>
    private static string SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : "#";

    private static string Enc(string value) => WebUtility.HtmlEncode(value);
}
