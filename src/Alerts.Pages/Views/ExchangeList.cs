using Alerts.Core.Exchanges;
using Alerts.Pages.Markup;
using Alerts.Pages.Text;

namespace Alerts.Pages.Views;

/// <summary>The exchanges, newest first: date, numbers each way, civilians, mediators, sources, discrepancies.</summary>
public static class ExchangeList
{
    public static Html Render(PageText text, IReadOnlyList<ExchangeEvent> exchanges)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(exchanges);
        if (exchanges.Count == 0)
        {
            return Html.Of($"<p>{text["exchanges.empty"]}</p>");
        }

        return Html.Of($"<ol class=\"exchanges\">{exchanges.Select(e => Item(text, e))}</ol>");
    }

    private static Html Item(PageText text, ExchangeEvent exchange)
    {
        var facts = new List<Html>
        {
            Fact(text["exchanges.returnedUA"], text.Number(exchange.ReturnedTo.UA), "ua"),
            Fact(text["exchanges.returnedRU"], text.Number(exchange.ReturnedTo.RU), "ru"),
        };
        if (exchange.CiviliansReturnedTo.UA is { } civiliansUa)
        {
            facts.Add(Fact(text["exchanges.civiliansUA"], text.Number(civiliansUa), "ua"));
        }

        if (exchange.CiviliansReturnedTo.RU is { } civiliansRu)
        {
            facts.Add(Fact(text["exchanges.civiliansRU"], text.Number(civiliansRu), "ru"));
        }

        if (exchange.Mediators.Count > 0)
        {
            facts.Add(Fact(text["exchanges.mediators"], string.Join(", ", exchange.Mediators.Select(text.Country)), null));
        }

        if (exchange.Transit.Count > 0)
        {
            facts.Add(Fact(text["exchanges.transit"], string.Join(", ", exchange.Transit.Select(text.Country)), null));
        }

        var discrepancy = exchange.Discrepancy
            ? Html.Of($"<p class=\"discrepancy\"><strong>{text["exchanges.discrepancy"]}</strong></p>")
            : Html.Empty;
        var date = exchange.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
        return Html.Of($"""
            <li><article class="exchange">
            <h3><time datetime="{date}">{text.Format("exchanges.of", text.Date(exchange.Date))}</time></h3>
            <dl class="facts">{facts}</dl>
            {discrepancy}
            <p class="sources-label">{text["exchanges.sources"]}</p>
            <ul class="sources">{exchange.Reports.Select(r => Report(text, r, exchange.Discrepancy))}</ul>
            </article></li>
            """);
    }

    private static Html Fact(string label, string value, string? side) => side is null
        ? Html.Of($"<div><dt>{label}</dt><dd>{value}</dd></div>")
        : Html.Of($"<div class=\"side-{side}\"><dt>{label}</dt><dd>{value}</dd></div>");

    private static Html Report(PageText text, ExchangeReport report, bool showFigures)
    {
        var title = string.IsNullOrWhiteSpace(report.Title) ? report.SourceId : report.Title;
        var language = PageText.Languages.Contains(report.Language) ? report.Language : "";
        var url = Html.SafeUrl(report.Url);
        var link = url is null
            ? Html.Of($"<span lang=\"{language}\">{title}</span>")
            : Html.Of($"<a href=\"{url}\" lang=\"{language}\" rel=\"noopener noreferrer nofollow\">{title}</a>");
        var side = report.Side is { } s ? Html.Of($" <span class=\"side\">({text["side." + s]})</span>") : Html.Empty;
        var figures = showFigures
            ? Html.Of($": <span class=\"figures\">{text.Format("exchanges.reportFigures", text.Number(report.Facts.ReturnedTo.UA), text.Number(report.Facts.ReturnedTo.RU))}</span>")
            : Html.Empty;
        return Html.Of($"<li>{link}{side}{figures}</li>");
    }
}
