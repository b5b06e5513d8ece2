using Alerts.Core.Exchanges;
using Alerts.Pages.Forms;
using Alerts.Pages.Markup;
using Alerts.Pages.Text;

namespace Alerts.Pages.Views;

/// <summary>The main page: chart, prisoners held, exchanges, the subscription form, open data links.</summary>
public static class HomeView
{
    /// <summary>How many exchanges the list shows (the chart uses them all; the JSON API pages through the rest).</summary>
    public const int ListedExchanges = 100;

    public static Html Render(PageText text, IReadOnlyList<ExchangeEvent> exchanges, IReadOnlyList<StatisticRecord> statistics, SubscriptionForm form, string formToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(exchanges);
        var sections = new (string Id, string Key)[] { ("chart", "nav.chart"), ("statistics", "nav.statistics"), ("exchanges", "nav.exchanges"), ("subscribe", "nav.subscribe") };
        var main = Html.Of($"""
            <h1>{text["site.title"]}</h1>
            <p class="tagline">{text["site.tagline"]}</p>
            <nav aria-label="{text["nav.label"]}"><ul class="sections">{sections.Select(s => Html.Of($"<li><a href=\"#{s.Id}\">{text[s.Key]}</a></li>"))}</ul></nav>
            <section id="chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{text["chart.title"]}</h2>
            {ExchangeChart.Render(text, ExchangeChart.Points(exchanges))}
            </section>
            <section id="statistics" aria-labelledby="statistics-heading">
            <h2 id="statistics-heading">{text["stats.title"]}</h2>
            {StatisticsView.Render(text, statistics)}
            </section>
            <section id="exchanges" aria-labelledby="exchanges-heading">
            <h2 id="exchanges-heading">{text["exchanges.title"]}</h2>
            {ExchangeList.Render(text, [.. exchanges.Take(ListedExchanges)])}
            </section>
            {SubscribeSection(text, form, formToken)}
            <section id="data" aria-labelledby="data-heading">
            <h2 id="data-heading">{text["data.title"]}</h2>
            <ul><li><a href="/api/alerts.atom">{text["data.atom"]}</a></li><li><a href="/api/exchanges">{text["data.json"]}</a></li></ul>
            </section>
            """);
        return Layout.Page(text, text["site.title"], main);
    }

    /// <summary>The subscription form with its heading (also the whole of GET /subscribe and a rejected POST).</summary>
    public static Html SubscribeSection(PageText text, SubscriptionForm form, string formToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Html.Of($"""
            <section id="subscribe" aria-labelledby="subscribe-heading">
            <h2 id="subscribe-heading">{text["subscribe.title"]}</h2>
            <p>{text["subscribe.intro"]}</p>
            {SubscriptionFormView.Render(text, form, formToken, "/subscribe?lang=" + text.Language, forManage: false)}
            </section>
            """);
    }

    public static Html SubscribePage(PageText text, SubscriptionForm form, string formToken) =>
        Layout.Page(text, text["subscribe.title"], SubscribeSection(text, form, formToken));
}
