using System.Globalization;
using Alerts.Core.Exchanges;
using Alerts.Pages.Markup;
using Alerts.Pages.Text;

namespace Alerts.Pages.Views;

/// <summary>People returned to each side on one date (servicemen and civilians), and the running totals.</summary>
public sealed record ChartPoint(DateOnly Date, int ToUkraine, int ToRussia, int TotalToUkraine, int TotalToRussia);

/// <summary>
/// The SVG chart of people returned to each side over time, drawn on the server: running totals as
/// step lines (upper panel) and each exchange as a pair of bars (lower panel). Works without scripts.
/// </summary>
public static class ExchangeChart
{
    public const string UkraineColour = "#0057b7";
    public const string RussiaColour = "#b3261e";
    private const double Width = 720, Left = 64, Right = 704;
    private const double TopY = 54, TopHeight = 150, BottomY = 250, BottomHeight = 100, AxisY = 372;

    /// <summary>Dated exchanges, oldest first, summed per date, with running totals.</summary>
    public static IReadOnlyList<ChartPoint> Points(IEnumerable<ExchangeEvent> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        var points = new List<ChartPoint>();
        int totalUa = 0, totalRu = 0;
        foreach (var day in exchanges.Where(e => e.Date is not null).GroupBy(e => e.Date!.Value).OrderBy(g => g.Key))
        {
            var ua = day.Sum(e => (e.ReturnedTo.UA ?? 0) + (e.CiviliansReturnedTo.UA ?? 0));
            var ru = day.Sum(e => (e.ReturnedTo.RU ?? 0) + (e.CiviliansReturnedTo.RU ?? 0));
            totalUa += ua;
            totalRu += ru;
            points.Add(new ChartPoint(day.Key, ua, ru, totalUa, totalRu));
        }

        return points;
    }

    public static Html Render(PageText text, IReadOnlyList<ChartPoint> points)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return Html.Of($"<p>{text["chart.empty"]}</p>");
        }

        var x = XScale(points);
        var totalAxis = Axis(points.Max(p => Math.Max(p.TotalToUkraine, p.TotalToRussia)));
        var eachAxis = Axis(points.Max(p => Math.Max(p.ToUkraine, p.ToRussia)));
        double TopScale(int v) => TopY + TopHeight - (v / (double)totalAxis.Max * TopHeight);
        double BottomScale(int v) => BottomY + BottomHeight - (v / (double)eachAxis.Max * BottomHeight);
        var barWidth = BarWidth(points, x);
        var last = points[^1];
        return Html.Of($"""
            <figure class="chart" tabindex="0" aria-labelledby="chart-title">
            <svg viewBox="0 0 {Width} 382" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg" font-size="14" font-family="system-ui, sans-serif">
            <title id="chart-title">{text["chart.title"]}</title>
            <desc id="chart-desc">{text["chart.desc"]} {text["chart.ua"]}: {text.Number(last.TotalToUkraine)}; {text["chart.ru"]}: {text.Number(last.TotalToRussia)}.</desc>
            {Legend(text)}
            <text x="{Left}" y="{TopY - 12}" font-weight="bold" fill="#1a1a1a">{text["chart.cumulative"]}</text>
            {Grid(text, totalAxis, TopScale)}
            <path d="{Step(points, x, p => TopScale(p.TotalToUkraine))}" fill="none" stroke="{UkraineColour}" stroke-width="2.5"/>
            <path d="{Step(points, x, p => TopScale(p.TotalToRussia))}" fill="none" stroke="{RussiaColour}" stroke-width="2.5" stroke-dasharray="6 3"/>
            <text x="{Left}" y="{BottomY - 12}" font-weight="bold" fill="#1a1a1a">{text["chart.perExchange"]}</text>
            {Grid(text, eachAxis, BottomScale)}
            {points.Select(p => Bars(text, p, x(p.Date), barWidth, BottomScale))}
            {DateLabels(text, points, x)}
            </svg>
            </figure>
            """);
    }

    /// <summary>An axis from 0 with four or fewer round steps (1, 2, 2.5 or 5 × 10ⁿ) reaching at least the value.</summary>
    public static (int Max, int Step) Axis(int value)
    {
        if (value <= 4)
        {
            return (4, 1);
        }

        var raw = value / 4.0;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= raw && s == Math.Floor(s));
        var steps = (int)Math.Ceiling(value / step);
        return ((int)(steps * step), (int)step);
    }

    private static Func<DateOnly, double> XScale(IReadOnlyList<ChartPoint> points)
    {
        var first = points[0].Date.DayNumber;
        var span = points[^1].Date.DayNumber - first;
        const double pad = 14;
        return span == 0
            ? _ => (Left + Right) / 2
            : d => Left + pad + ((d.DayNumber - first) / (double)span * (Right - Left - (2 * pad)));
    }

    private static double BarWidth(IReadOnlyList<ChartPoint> points, Func<DateOnly, double> x)
    {
        var gap = points.Zip(points.Skip(1), (a, b) => x(b.Date) - x(a.Date)).DefaultIfEmpty(40).Min();
        return Math.Clamp(gap / 2.5, 1.5, 12);
    }

    private static Html Legend(PageText text) => Html.Of($"""
        <g transform="translate({Left} 8)">
        <line x1="0" y1="6" x2="24" y2="6" stroke="{UkraineColour}" stroke-width="3"/><text x="30" y="10" fill="#1a1a1a">{text["chart.ua"]}</text>
        <line x1="150" y1="6" x2="174" y2="6" stroke="{RussiaColour}" stroke-width="3" stroke-dasharray="6 3"/><text x="180" y="10" fill="#1a1a1a">{text["chart.ru"]}</text>
        </g>
        """);

    private static Html Grid(PageText text, (int Max, int Step) axis, Func<int, double> y) =>
        Html.Join(Enumerable.Range(0, (axis.Max / axis.Step) + 1).Select(i =>
        {
            var value = i * axis.Step;
            return Html.Of($"<line x1=\"{Left}\" y1=\"{y(value)}\" x2=\"{Right}\" y2=\"{y(value)}\" stroke=\"#d0d0d0\" stroke-width=\"1\"/><text x=\"{Left - 6}\" y=\"{y(value) + 4}\" text-anchor=\"end\" fill=\"#4a4a4a\">{text.Number(value)}</text>");
        }));

    private static string Step(IReadOnlyList<ChartPoint> points, Func<DateOnly, double> x, Func<ChartPoint, double> y)
    {
        var parts = new List<string> { Invariant($"M{x(points[0].Date) - 10:0.##},{y(points[0] with { TotalToUkraine = 0, TotalToRussia = 0 }):0.##}") };
        foreach (var point in points)
        {
            parts.Add(Invariant($"H{x(point.Date):0.##}V{y(point):0.##}"));
        }

        parts.Add(Invariant($"H{Right:0.##}"));
        return string.Concat(parts);
    }

    private static Html Bars(PageText text, ChartPoint point, double x, double width, Func<int, double> y)
    {
        var label = $"{text.Date(point.Date)}: {text["chart.ua"]} {text.Number(point.ToUkraine)}, {text["chart.ru"]} {text.Number(point.ToRussia)}";
        var floor = BottomY + BottomHeight;
        return Html.Of($"""
            <g><title>{label}</title><rect x="{x - width}" y="{y(point.ToUkraine)}" width="{width}" height="{floor - y(point.ToUkraine)}" fill="{UkraineColour}"/><rect x="{x}" y="{y(point.ToRussia)}" width="{width}" height="{floor - y(point.ToRussia)}" fill="{RussiaColour}"/></g>
            """);
    }

    private static Html DateLabels(PageText text, IReadOnlyList<ChartPoint> points, Func<DateOnly, double> x)
    {
        var first = points[0].Date.DayNumber;
        var last = points[^1].Date.DayNumber;
        var count = last - first < 60 ? Math.Min(points.Count, 3) : 5;
        var days = Enumerable.Range(0, count)
            .Select(i => DateOnly.FromDayNumber(count == 1 ? first : first + ((last - first) * i / (count - 1))))
            .Distinct()
            .ToList();
        var format = last - first < 60 ? "d MMM" : "MMM yyyy";
        return Html.Join(days.Select((d, i) =>
        {
            var anchor = days.Count == 1 ? "middle" : i == 0 ? "start" : i == days.Count - 1 ? "end" : "middle";
            return Html.Of($"<text x=\"{x(d)}\" y=\"{AxisY}\" text-anchor=\"{anchor}\" fill=\"#4a4a4a\">{d.ToString(format, text.Culture)}</text>");
        }));
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
