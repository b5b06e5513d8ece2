using Alerts.Core.Detection;
using Alerts.Core.Exchanges;
using Alerts.Pages.Markup;
using Alerts.Pages.Text;

namespace Alerts.Pages.Views;

/// <summary>The latest count statistics (prisoners held first), each with a sparkline and its history.</summary>
public static class StatisticsView
{
    public static Html Render(PageText text, IReadOnlyList<StatisticRecord> statistics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statistics);
        if (statistics.Count == 0)
        {
            return Html.Of($"<p>{text["stats.empty"]}</p>");
        }

        var ordered = statistics.OrderBy(s => s.Metric == StatisticMetric.Held ? 0 : 1).ThenBy(s => s.Party == Party.RU ? 0 : 1);
        return Html.Of($"<ul class=\"statistics\">{ordered.Select(s => Item(text, s))}</ul>");
    }

    /// <summary>The statistic's values over time, oldest first, ending with the current one.</summary>
    public static IReadOnlyList<StatisticPoint> Timeline(StatisticRecord statistic)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        var current = new StatisticPoint(statistic.ObservedAt, statistic.Value, statistic.Qualifier, statistic.Url);
        return [.. statistic.History.Append(current).DistinctBy(p => (p.At, p.Value)).OrderBy(p => p.At)];
    }

    private static Html Item(PageText text, StatisticRecord statistic)
    {
        var name = text["stat." + statistic.Key];
        var timeline = Timeline(statistic);
        var history = timeline.Count < 2
            ? Html.Empty
            : Html.Of($"""
                {Sparkline(timeline)}
                <details><summary>{text["stats.history"]}</summary><ol class="history">{timeline.AsEnumerable().Reverse().Select(p => Point(text, p))}</ol></details>
                """);
        return Html.Of($"""
            <li class="statistic">
            <h3>{name}</h3>
            <p class="value">{Value(text, statistic.Value, statistic.Qualifier)}</p>
            <p class="as-of">{text.Format("stats.asOf", text.Date(statistic.ObservedAt))}{Source(text, statistic.Url)}</p>
            {history}
            </li>
            """);
    }

    private static string Value(PageText text, int value, CountQualifier qualifier) =>
        text.Format("qualifier." + qualifier, text.Number(value));

    private static Html Point(PageText text, StatisticPoint point) =>
        Html.Of($"<li>{text.Date(point.At)}: {Value(text, point.Value, point.Qualifier)}{Source(text, point.Url)}</li>");

    private static Html Source(PageText text, string url) => Html.SafeUrl(url) is { } safe
        ? Html.Of($" (<a href=\"{safe}\" rel=\"noopener noreferrer nofollow\">{text["stats.source"]}</a>)")
        : Html.Empty;

    private static Html Sparkline(IReadOnlyList<StatisticPoint> timeline)
    {
        const double width = 200, height = 40;
        var min = timeline.Min(p => p.Value);
        var max = timeline.Max(p => p.Value);
        var first = timeline[0].At.ToUnixTimeSeconds();
        var span = Math.Max(1, timeline[^1].At.ToUnixTimeSeconds() - first);
        var points = string.Join(" ", timeline.Select(p => string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{4 + ((p.At.ToUnixTimeSeconds() - first) / (double)span * (width - 8)):0.##},{height - 4 - (max == min ? (height - 8) / 2 : (p.Value - min) / (double)(max - min) * (height - 8)):0.##}")));
        return Html.Of($"""<svg class="sparkline" viewBox="0 0 {width} {height}" width="{width}" height="{height}" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg"><polyline points="{points}" fill="none" stroke="#1a1a1a" stroke-width="2"/></svg>""");
    }
}
